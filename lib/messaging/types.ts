// The values that cross between the background and everything else (popup, options, page
// helper, offscreen page). Type-only: this module imports nothing at run time, so any context
// may use it without pulling the vault, the QR decoder or the OTP code into its bundle. Each
// concept's values are in a file beside this one (tab-, scan-, import-, practice-types.ts), all
// re-exported here so every context imports them from one place.
import type { PortalId } from '@/lib/portals/list';
import type { Delivery } from '@/lib/portals/types';
import type { SiteBinding } from '@/lib/sites/binding';
import type { ClockForPopup } from './practice-types';

export type { Delivery, PortalId, SiteBinding };
export type * from './tab-types';
export type * from './scan-types';
export type * from './import-types';
export type * from './practice-types';
export type OtpKind = 'totp' | 'hotp';
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

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
  /** Accounts were left out (a first look was asked for): the full list is a second ask. */
  more: boolean;
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
  /** When sync was last turned on here (a removal from browser sync made before it does not count). */
  syncOnAt?: number;
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
  /** Browser sync holds a vault (this one or another), which "Remove from browser sync" takes out. */
  inSync: boolean;
  /** When another browser removed the accounts from browser sync, turning it off here. */
  offElsewhereAt: number | null;
}
