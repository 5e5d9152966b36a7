// The values that cross between the background and everything else (popup, options, page
// helper, offscreen page). Type-only: this module imports nothing at run time, so any context
// may use it without pulling the vault, the QR decoder or the OTP code into its bundle.
import type { PortalId } from '@/lib/portals/list';
import type { Delivery } from '@/lib/portals/types';
import type { SiteBinding } from '@/lib/sites/binding';

export type { Delivery, PortalId, SiteBinding };
export type OtpKind = 'totp' | 'hotp';
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export type PageKind = 'sign-in' | 'challenge' | 'enrollment' | 'none';

/** What a content script found on its page. Untrusted: it comes from a page's process. */
export interface PageReport {
  kind: PageKind;
  /**
   * Where the page's words say the code comes from: for what is shown, and on a bound site
   * whether to look in the person's email and texts for it; never for who gets a code.
   */
  codeFrom?: 'app' | 'message';
  /** A code step that offers a recovery code: a box for one, or a link to it. */
  recovery?: 'box' | 'link';
  /** The code step says the code was not accepted ("That code is not right"). */
  refused?: boolean;
}

/** What the background knows about a tab, built from reports and the browser's own origin. */
export interface TabStatus {
  origin: string | null;
  portalId: PortalId | null;
  kind: PageKind;
  deliveries: Delivery[];
  /** The tab is in a private (incognito) window (nothing there is remembered by the portals). */
  incognito?: boolean;
  /** Why the last fill on this tab was refused, in words for the popup. */
  refusal?: string;
  /** When that refusal was noted (ms since 1970): a page that leaves at once does not hide it. */
  refusedAt?: number;
  /** A code step waiting for a code by email or text, read from the person's own source tab. */
  sentCode?: SentCodeState;
  /** The code step offers a recovery code (a box, or a link to one). */
  recovery?: 'box' | 'link';
  /** When a code made from the clock was last filled here (the page's answer is read after it). */
  filledAt?: number;
  /** Codes filled on this code step that the site then said were not right. */
  codesRefused?: number;
  /** What to check when the site refused a code: the clock, or the account (for the popup). */
  refusedHint?: string;
}

/**
 * Where the wait for a sent code stands. The code (and never the message) is kept in session
 * storage, which web pages and the page helper cannot read, until the step is left.
 */
export type SentCodeState =
  | { state: 'waiting'; sources: string[] }
  | { state: 'found'; code: string; source: string; portalName: string; at: number }
  /** Different codes arrived: each offered, newest first, for the person to pick. */
  | { state: 'several'; sources: string[]; choices: { code: string; source: string; at: number }[] }
  | { state: 'no-source-tab' | 'timeout'; sources: string[] }
  | { state: 'unreadable'; source: string };

/** Recovery codes left at which an account says so: the person should ask the site for new ones. */
export const RECOVERY_RUNNING_LOW = 2;

/** What the popup and options page see of an account: never the secret. */
export interface AccountSummary {
  id: string;
  issuer: string;
  account: string;
  kind: OtpKind;
  digits: number;
  period: number;
  code: string;
  /** The code after this one (TOTP), shown and copied when this one is about to run out. */
  nextCode: string | null;
  /** Milliseconds the code stays valid (TOTP), null for HOTP. */
  msLeft: number | null;
  bindings: SiteBinding[];
  /** Bound to the site of the tab the popup is about. */
  forThisSite: boolean;
  /** Recovery codes kept with it and not used yet; null when none were kept. */
  recoveryLeft: number | null;
}

export interface AccountList {
  accounts: AccountSummary[];
  /** Records that no longer decrypt (damaged on disk). */
  unreadable: number;
  /** The site of the tab asked about, if the browser told us. */
  tabOrigin: string | null;
  clock: ClockForPopup;
}

/** What the popup says of this computer's clock (codes are computed by it). */
export interface ClockForPopup {
  /** "This computer's clock is 2 minutes slow; codes are corrected.", while they are. */
  line: string | null;
  /** Whether the sites' clocks agree with this one: for a code a site refused. */
  known: 'right' | 'corrected' | 'unknown';
}

/** A new account: a pasted otpauth:// URI, or a secret typed by hand. */
export type AddRequest = { uri: string } | { secret: string; issuer: string; account: string };
export type NewAccount = AddRequest & { bindToTab?: number };

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  autoLockMinutes: number;
  /** The practice's policy caps the auto-lock time at this many minutes. */
  autoLockMaxMinutes: number | null;
  /** When a backup was last saved (and read back); null until the first. */
  backedUpAt: number | null;
}

/** What a page helper gets: the code for its own origin, and what to do after typing it. */
export interface CodeForPage {
  code: string;
  tickRemember: boolean;
  autoSubmit: boolean;
}

/** What a fill asked for by a person came to, in words for them. */
export interface FillOutcome {
  filled: boolean;
  message: string;
}

/** A frame's answer when asked to fill: typed, or why not. */
export interface FillAnswer {
  filled: boolean;
  reason?: string;
}

/** What the popup shows of a QR code found on screen: never the secret. */
export type FindingPreview =
  | {
      kind: 'account';
      issuer: string;
      account: string;
      digits: number;
      period: number;
      algorithm: OtpAlgorithm;
      otpKind: OtpKind;
      /** The saved account with this very secret, if any. */
      duplicateOf: string | null;
      /** Saved accounts with the same service and name but another secret (a re-enrollment). */
      sameName: { id: string; sites: string[] }[];
    }
  | {
      kind: 'batch';
      count: number;
      names: string[];
      /** Entries of the export left out, and why. */ problems: string[];
    }
  | { kind: 'broken'; problem: string }
  | { kind: 'other'; what: string };

export interface ScanReport {
  /** The site an added account will be bound to (the scanned page's origin), if any. */
  origin: string | null;
  /** The portal that site's address imitates (a look-alike): nothing is saved without asking. */
  imitates: string | null;
  findings: FindingPreview[];
  /** The code was partly off screen, so the page was scrolled to it first. */
  scrolled: boolean;
}

/** A rectangle in device pixels of the visible tab. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where on screen the page's own pictures that could be a QR code are. */
export interface QrTargets {
  rects: Rect[];
  /** A likely code was partly off screen and has been scrolled into view. */
  scrolled: boolean;
}

/** One account of an import file, as the preview lists it. */
export interface PreviewRow {
  issuer: string;
  account: string;
  kind: OtpKind;
  /** Already in the vault, or earlier in the same file. */
  duplicate: boolean;
}

export interface ImportPreview {
  /** Where the accounts came from, in words ("Aegis backup", "setup codes"). */
  source: string;
  rows: PreviewRow[];
  problems: string[];
  /** The file is encrypted: nothing was read; ask for its password and preview again. */
  needsPassword?: boolean;
}

/** An export as the settings page hands it over: pasted text, or a file's bytes in base64. */
export interface ImportInput {
  text?: string;
  bytes?: string;
  /** The export's own password, only for an encrypted one. */
  password?: string;
}

export interface Settings {
  /** Minutes without use before the vault locks itself. */
  autoLockMinutes: number;
  /** Show the small "Fill code" button next to code fields. */
  inPageButton: boolean;
  /** Portals (by id) whose "remember this computer" option is ticked when a code is filled. */
  rememberOn: string[];
  /** Origins where the form is submitted right after the code is filled. Off by default. */
  autoSubmitOn: string[];
  /** Days before a remember-this-browser cookie expires to remind the person. */
  reminderDays: number;
  /** Days after which a portal's password should be changed (PracticePanther admins: 90). */
  passwordIntervalDays: number;
  /** Webmail and messaging sites the person lets it read codes from (each off until turned on). */
  codeSources: string[];
  /**
   * Fill a code read from the person's email or texts as soon as it arrives, on the step that
   * asked for it (off: it is offered, and the person fills it).
   */
  fillArrivedCodes: boolean;
  /** Keep the vault in the browser's sync, end-to-end encrypted (off until turned on). */
  sync: boolean;
  /** Days the activity record keeps what the extension did (older entries are dropped). */
  activityDays: number;
}

/** Settings in force: the person's, where the practice's policy does not say otherwise. */
export type SettingsInForce = Settings & {
  setByPractice: (keyof Settings | 'enabledPortals')[];
  enabledPortals: string[] | null;
  /** Parts of the practice's policy that could not be used, said for a person. */
  policyIgnored: string[];
};

/** Is this browser remembered by a portal, judged by the learned cookies present now. */
export type Recognition =
  | { state: 'recognized'; until: number }
  | { state: 'not-recognized' }
  | { state: 'lost'; how: string; at: number };

/** One row of the options page's per-portal table. */
export interface PortalOverview {
  id: string;
  name: string;
  deliveries: Delivery[];
  recognition: Recognition;
  cookies: { name: string; expiresAt: number }[];
  passwordChangedAt: number | null;
}

/** Sync between the person's browsers, as Settings shows it (names only while unlocked). */
export interface SyncView {
  allowed: boolean;
  on: boolean;
  setByPractice: boolean;
  firefox: boolean;
  lastSyncedAt: number | null;
  bytes: number;
  quotaBytes: number;
  /** Accounts the sync area had no room for, by name. */
  leftOut: string[];
  damaged: number;
  problem: 'rate' | 'full' | 'otherVault' | 'newerPassphrase' | 'failed' | null;
}

/** One entry of the activity record, in words, for Settings (never a code or a secret). */
export interface ActivityRow {
  at: number;
  event: string;
  accountId: string | null;
  account: string;
  site: string;
  how: string;
  detail: string;
}

/** One account in the handover list (no secret, code or recovery code). */
export interface HandoverRow {
  id: string;
  account: string;
  sites: string[];
  addedAt: number | null;
  lastUsedAt: number | null;
  /** Recovery codes left, or null when it has none. */
  recoveryLeft: number | null;
  /** How to set it up again with a new secret, and where (the portal's page, or its site). */
  reEnroll: { url: string | null; how: string };
  /** Shares made of it ("for Maria, until 10/12/2026"), while the activity record keeps them. */
  sharedWith: string[];
}
