import type {
  AccountList,
  ActivityRow,
  HandoverRow,
  CodeForPage,
  FillAnswer,
  FillOutcome,
  ImportInput,
  ImportPreview,
  NewAccount,
  PageReport,
  PortalOverview,
  QrTargets,
  ScanReport,
  Settings,
  SettingsInForce,
  SiteBinding,
  SyncView,
  TabStatus,
  VaultStatus,
} from './types';

type Empty = Record<string, never>;

// One map per direction: message name → request and response. Each concept's handlers say
// who may send each message (see router.ts); the receivers' routers check it.

/** Extension pages and the page helper → the background. */
export interface BackgroundProtocol {
  /** A content script tells the background what kind of page it is on. */
  'page.report': { request: PageReport; response: { offerButton: boolean; banner: string | null } };
  /** A portal's code form was submitted, with its remember option ticked or not. */
  'challenge.submitted': { request: { remember: boolean }; response: { ok: true } };
  /** A portal's change-password form was submitted (the date is kept, never the password). */
  'password.changed': { request: Empty; response: { ok: true } };
  /** The options page's per-portal table. */
  'trust.overview': { request: Empty; response: PortalOverview[] };
  /** A sign-in form was submitted with this user name (to pick between accounts later). */
  'signin.seen': { request: { username: string }; response: { ok: true } };
  /** The popup asks what was found on a tab. */
  'tab.status': { request: { tabId: number }; response: TabStatus };

  /** A content script with a code field asks for the code for its own origin. */
  'fill.request': { request: { boxes: number }; response: CodeForPage };
  /** A trusted click on our in-page button (checked for clickjacking in the page helper). */
  'fill.fromButton': { request: { boxes: number }; response: CodeForPage };
  /** The popup's Fill (the shortcut and context menu call the same thing in the background). */
  'fill.trigger': {
    request: { tabId: number; accountId?: string; code?: string; recovery?: boolean };
    response: FillOutcome;
  };
  'settings.get': { request: Empty; response: SettingsInForce };
  'settings.update': { request: Partial<Omit<Settings, 'autoLockMinutes'>>; response: SettingsInForce };

  /** Enrollment from the page: scan the visible tab for a QR code (needs activeTab). */
  'qr.scanTab': { request: { tabId: number }; response: ScanReport };
  /** The last scan of a tab (by shortcut, menu or area), for the popup to show. */
  'qr.pending': { request: { tabId: number }; response: ScanReport | null };
  'qr.dismiss': { request: { tabId: number }; response: { ok: true } };
  /** Save a finding: a re-enrollment may replace the saved account the person picked. */
  'qr.add': {
    request: { tabId: number; index: number; replaceId?: string; anyway?: boolean };
    response: { added: number; id: string | null; duplicate: boolean; replacedId: string | null };
  };
  'qr.undoReplace': { request: { addedId: string; replacedId: string }; response: { ok: true } };
  'qr.selectArea': { request: { tabId: number }; response: { ok: true } };
  /** The page helper: the box the person drew (device pixels). */
  'qr.areaSelected': {
    request: { x: number; y: number; width: number; height: number };
    response: { message: string };
  };
  'qr.scanImage': { request: { dataUrl: string; tabId?: number }; response: ScanReport };

  /** How many recovery codes the tab's page shows ("Save these backup codes"). */
  'recovery.onPage': { request: { tabId: number; start?: boolean }; response: { count: number } };
  /** Keep the page's recovery codes with an account of that site (they replace any kept before). */
  'recovery.keepFromPage': { request: { tabId: number; id: string }; response: { kept: number } };
  /** Keep the recovery codes the person pasted or typed in the account's view. */
  'recovery.save': { request: { id: string; text: string }; response: { kept: number } };
  'recovery.remove': { request: { id: string }; response: { ok: true } };
  /** Every kept code and whether it was used: after the vault passphrase, as for a backup. */
  'recovery.show': {
    request: { id: string; vaultPassphrase: string };
    response: { codes: { code: string; used: boolean }[] };
  };
  /** The next unused code, marked used (the popup puts it on the clipboard). */
  'recovery.copy': { request: { id: string }; response: { code: string } };

  /** The activity record, newest first (vault open). */
  'activity.list': { request: Empty; response: { rows: ActivityRow[]; unreadable: number } };
  /** The activity record as a CSV file. */
  'activity.csv': { request: Empty; response: { fileName: string; content: string } };
  /** Every account for a handover: sites, dates, recovery codes, how to re-enroll (vault open). */
  'handover.list': { request: Empty; response: { rows: HandoverRow[] } };
  'handover.csv': { request: Empty; response: { fileName: string; content: string } };
  /** One account in a file for one colleague, under a passphrase made for it, until a date. */
  'share.create': {
    request: { id: string; forWhom: string; days: number; vaultPassphrase: string };
    response: { fileName: string; content: string; passphrase: string; until: number };
  };
  'share.list': { request: { id: string }; response: { lines: string[] } };
  /** What Settings says of this computer's clock and where it was learnt. */
  'clock.status': {
    request: Empty;
    response: { summary: string; source: string | null; setAside: string | null };
  };

  /** The popup copied a code: clear the clipboard in 30 seconds. */
  'clipboard.copied': { request: { accountId?: string }; response: { ok: true } };

  'vault.status': { request: Empty; response: VaultStatus };
  'vault.create': { request: { passphrase: string }; response: VaultStatus };
  'vault.unlock': { request: { passphrase: string }; response: VaultStatus };
  'vault.lock': { request: Empty; response: VaultStatus };
  'vault.changePassphrase': { request: { current: string; next: string }; response: { ok: true } };
  'settings.setAutoLock': { request: { minutes: number }; response: VaultStatus };

  /** `first`: only this site's accounts and that many others (the popup's first paint); `more` says some were left. */
  'accounts.list': { request: { tabId?: number; first?: number }; response: AccountList };
  'accounts.add': { request: NewAccount; response: { id: string; duplicate: boolean } };
  'accounts.update': {
    request: { id: string; issuer?: string; account?: string; bindings?: SiteBinding[] };
    response: { ok: true };
  };
  'accounts.reorder': { request: { ids: string[] }; response: { ok: true } };
  'accounts.delete': { request: { id: string }; response: { ok: true } };
  'accounts.undoDelete': { request: { id: string }; response: { ok: true } };
  'accounts.nextHotp': { request: { id: string }; response: { ok: true } };
  'accounts.useHotp': { request: { id: string }; response: { code: string } };

  /** The exports the settings page can import, named for a person. */
  'import.formats': { request: Empty; response: { names: string } };
  'import.preview': { request: ImportInput; response: ImportPreview };
  'import.commit': { request: ImportInput; response: { added: number; skipped: number } };
  /** The vault passphrase again, and the backup's own; the file is read back before it is given. */
  'backup.export': {
    request: { vaultPassphrase: string; passphrase: string };
    response: { fileName: string; content: string; saved: number; leftOut: number };
  };
  /** Every account for another authenticator: an Aegis file (encrypted when a password is given) or otpauth links. */
  'export.accounts': {
    request: { vaultPassphrase: string; format: 'aegis' | 'links'; password?: string };
    response: { fileName: string; content: string; saved: number };
  };
  /** Sync between the person's browsers (storage.sync, end-to-end encrypted). */
  'sync.status': { request: Empty; response: SyncView };
  'sync.set': { request: { on: boolean }; response: SyncView };
  'sync.remove': { request: Empty; response: SyncView };
  'sync.offer': { request: Empty; response: { available: boolean } };
  'sync.restore': { request: { passphrase: string }; response: { restored: number } };
  'sync.join': { request: { passphrase: string }; response: SyncView };
  'sync.usePassphrase': { request: { passphrase: string }; response: SyncView };
  /** What sync did here since last shown; `removed`: accounts removed elsewhere that can still be kept. */
  'sync.notices': { request: Empty; response: { lines: string[]; removed: string[] } };
  'sync.dismissNotices': { request: Empty; response: { ok: true } };
  /** Per entry: what was added, what was already here, what could not be read (and why). */
  'backup.restore': {
    request: { content: string; passphrase: string };
    response: {
      added: string[];
      duplicates: string[];
      /** Accounts already here that got the backup's recovery codes (or its marks of used ones). */
      recoveryBack: string[];
      unreadable: string[];
      cleaned: string[];
    };
  };
}

/** The background → the page helper in a tab's frames. */
export interface PageProtocol {
  /** Fill the code field of this frame (a frame without one lets another frame answer). */
  'page.fill': { request: Empty; response: FillAnswer };
  /** No code field was detected: fill the field the person right-clicked or is in, if this frame has it. */
  'page.fillChosen': { request: Empty; response: FillAnswer };
  /** Where the page's own pictures that could be a QR code are (top frame). */
  'page.qrTargets': { request: Empty; response: QrTargets };
  /** Show a short note on the page (what a shortcut or menu scan found). */
  'page.toast': { request: { text: string }; response: { ok: true } };
  /** Let the person draw a box around a QR code the scan missed. */
  'page.selectArea': { request: Empty; response: { ok: true } };
  'page.reportAgain': { request: Empty; response: { ok: true } };
  /** The recovery codes the page shows (top frame). */
  'page.recoveryCodes': { request: Empty; response: { codes: string[] } };
  /** Fill the account's next recovery code into this frame's recovery-code box, if it has one. */
  'page.fillRecovery': { request: Empty; response: FillAnswer };
  /** The code asked for is held back until the next one (this one expires in under 3 s). */
  'page.nextCodeIn': { request: { ms: number }; response: { ok: true } };
}

/** The background → its hidden offscreen page (Chrome: a worker has no clipboard). */
export interface OffscreenProtocol {
  'offscreen.clearClipboard': { request: Empty; response: { cleared: boolean } };
}

export type RequestOf<N extends keyof P, P = BackgroundProtocol> = P[N] extends { request: infer R }
  ? R
  : never;
export type ResponseOf<N extends keyof P, P = BackgroundProtocol> = P[N] extends { response: infer R }
  ? R
  : never;

export interface Envelope<N extends string = string> {
  name: N;
  request: unknown;
}

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
