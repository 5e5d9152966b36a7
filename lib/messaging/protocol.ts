import type { PageReport, TabStatus } from '@/lib/detect/types';
import type { ScanReport } from '@/lib/enroll/preview';
import type { PortalOverview } from '@/lib/background/trust';
import type { PreviewRow } from '@/lib/import';
import type { SiteBinding } from '@/lib/sites';
import type { Settings, SettingsInForce } from '@/lib/storage';
import type { AccountSummary } from '@/lib/vault/summary';

/** What a page helper gets: the code for its own origin, and what to do after typing it. */
export interface CodeForPage {
  code: string;
  tickRemember: boolean;
  autoSubmit: boolean;
}

export interface FillOutcome {
  filled: boolean;
  /** What happened, in words for the person. */
  message: string;
}

export interface VaultStatus {
  exists: boolean;
  unlocked: boolean;
  autoLockMinutes: number;
  /** The practice's policy caps the auto-lock time at this many minutes. */
  autoLockMaxMinutes: number | null;
}

export interface AccountList {
  accounts: AccountSummary[];
  /** Records that no longer decrypt (damaged on disk). */
  unreadable: number;
  /** The site of the tab asked about, if the browser told us. */
  tabOrigin: string | null;
}

/** A new account: a pasted otpauth:// URI, or a secret typed by hand. */
export type NewAccount =
  | { uri: string; bindToTab?: number }
  | { secret: string; issuer: string; account: string; bindToTab?: number };

// The one map of every message the extension sends: name → request and response.
// Each handler in lib/background/ says who may send it (see router.ts).
export interface Protocol {
  /** A content script tells the background what kind of page it is on. */
  'page.report': { request: PageReport; response: { offerButton: boolean; banner: string | null } };
  /** A portal's code form was submitted, with its remember option ticked or not. */
  'challenge.submitted': { request: { remember: boolean }; response: { ok: true } };
  /** A portal's change-password form was submitted (the date is kept, never the password). */
  'password.changed': { request: Record<string, never>; response: { ok: true } };
  /** The options page's per-portal table. */
  'trust.overview': { request: Record<string, never>; response: PortalOverview[] };
  /** A sign-in form was submitted with this user name (to pick between accounts later). */
  'signin.seen': { request: { username: string }; response: { ok: true } };
  /** The popup asks what was found on a tab. */
  'tab.status': { request: { tabId: number }; response: TabStatus };

  /** A content script with a code field asks for the code for its own origin. */
  'fill.request': { request: { boxes: number }; response: CodeForPage };
  /** A trusted click on our in-page button (checked for clickjacking in the page helper). */
  'fill.fromButton': { request: { boxes: number }; response: CodeForPage };
  /** The popup's Fill (the shortcut and context menu call the same thing in the background). */
  'fill.trigger': { request: { tabId: number; accountId?: string; code?: string }; response: FillOutcome };
  'settings.get': { request: Record<string, never>; response: SettingsInForce };
  'settings.update': { request: Partial<Omit<Settings, 'autoLockMinutes'>>; response: SettingsInForce };

  /** Enrollment from the page: scan the visible tab for a QR code (needs activeTab). */
  'qr.scanTab': { request: { tabId: number }; response: ScanReport };
  /** The last scan of a tab (by shortcut, menu or area), for the popup to show. */
  'qr.pending': { request: { tabId: number }; response: ScanReport | null };
  'qr.dismiss': { request: { tabId: number }; response: { ok: true } };
  'qr.add': { request: { tabId: number; index: number; replace?: boolean }; response: { added: number; id: string | null; duplicate: boolean } };
  'qr.selectArea': { request: { tabId: number }; response: { ok: true } };
  /** The page helper: the box the person drew (device pixels). */
  'qr.areaSelected': { request: { x: number; y: number; width: number; height: number }; response: { message: string } };
  'qr.scanImage': { request: { dataUrl: string; tabId?: number }; response: ScanReport };

  /** The popup copied a code: clear the clipboard in 30 seconds. */
  'clipboard.copied': { request: Record<string, never>; response: { ok: true } };

  'vault.status': { request: Record<string, never>; response: VaultStatus };
  'vault.create': { request: { passphrase: string }; response: VaultStatus };
  'vault.unlock': { request: { passphrase: string }; response: VaultStatus };
  'vault.lock': { request: Record<string, never>; response: VaultStatus };
  'vault.changePassphrase': { request: { current: string; next: string }; response: { ok: true } };
  'settings.setAutoLock': { request: { minutes: number }; response: VaultStatus };

  'accounts.list': { request: { tabId?: number }; response: AccountList };
  'accounts.add': { request: NewAccount; response: { id: string; duplicate: boolean } };
  'accounts.update': { request: { id: string; issuer?: string; account?: string; bindings?: SiteBinding[] }; response: { ok: true } };
  'accounts.reorder': { request: { ids: string[] }; response: { ok: true } };
  'accounts.delete': { request: { id: string }; response: { ok: true } };
  'accounts.undoDelete': { request: { id: string }; response: { ok: true } };
  'accounts.nextHotp': { request: { id: string }; response: { ok: true } };

  'import.preview': { request: { text: string }; response: { source: string; rows: PreviewRow[]; problems: string[] } };
  'import.commit': { request: { text: string }; response: { added: number; skipped: number } };
  'backup.export': { request: { passphrase: string }; response: { fileName: string; content: string } };
  'backup.restore': { request: { content: string; passphrase: string }; response: { added: number; skipped: number } };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  request: RequestOf<N>;
}

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
