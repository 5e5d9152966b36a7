import { storage } from 'wxt/utils/storage';
import type { Door } from '@/lib/activity/entry';
import type { ScanReport, Settings, TabStatus } from '@/lib/messaging/types';
import type { CookieSnapshot } from '@/lib/trust/learn';
import type { PortalTrust } from '@/lib/trust/types';
import { defineKeyedItem, defineTabItem } from './keyed';

// Every storage item the extension keeps, declared once. Secrets never go in local or sync
// storage (content scripts can read those); the vault lives in IndexedDB.

/** What was detected on a tab. Session only: gone with the browser. */
export const tabStatus = defineTabItem<TabStatus>('status');

/** A fill the person asked for (shortcut, menu, popup) on a tab; used once, soon after. */
export interface FillTrigger {
  at: number;
  /** The tab's origin when the person asked; the code goes to that origin only. */
  origin: string | null;
  accountId?: string;
  /** A code the person pasted (email or text message codes). */
  code?: string;
  /** The person asked for the account's next recovery code instead of its code. */
  recovery?: boolean;
  /**
   * The documents of the tab when the person asked (Chrome names them): only one of these may
   * receive the code, so a page that navigated or reloaded in between gets nothing.
   */
  documents?: { frameId: number; documentId: string }[];
  /** How the person asked (for the activity record). */
  door?: Door;
  /** Where a given code came from: the person's email or texts, or typed into the popup. */
  codeFrom?: 'arrived' | 'typed';
}
export const fillTrigger = defineTabItem<FillTrigger>('fillTrigger');

/**
 * The last QR scan of a tab (-1: a picture given to the popup), until the person adds or
 * dismisses it. Holds setup codes, so session storage only (trusted contexts, never on disk).
 */
export interface PendingScan {
  at: number;
  origin: string | null;
  uris: (string | null)[];
  report: ScanReport;
}
export const pendingScan = defineTabItem<PendingScan>('pendingScan');

/** The in-page button offered to a tab's top document, and when it was used (for a rate limit). */
export interface ButtonOffer {
  documentId?: string;
  fills: number[];
}
export const buttonOffer = defineTabItem<ButtonOffer>('buttonOffer');

/** When the person asked to draw a box around a code on a tab (the next selection is theirs). */
export const areaRequest = defineTabItem<number>('areaRequest');

/** A portal's cookies when its challenge appeared on a tab, to compare after it is passed. */
export interface ChallengeSnapshot {
  portalId: string;
  snapshot: CookieSnapshot;
  at: number;
  remember?: boolean;
}
export const challengeSnapshot = defineTabItem<ChallengeSnapshot>('challengeSnapshot');

/** The user name typed on a site's sign-in form this session, by origin (never passwords). */
export const signInName = defineKeyedItem<string, string>((origin) => `session:signInName:${origin}`);

/**
 * The unlocked data key (base64) while the vault is open. storage.session at its default
 * access level: trusted extension contexts only, never on disk, gone when the browser closes.
 */
export const unlockedKey = storage.defineItem<{ key: string; unlockedAt: number } | null>(
  'session:unlockedKey',
  { fallback: null },
);

/**
 * Wrong passphrases in a row, for the growing delay. Session storage: content scripts can write
 * local storage, and must not be able to reset the count.
 */
export const unlockFailures = storage.defineItem<{ count: number; lastAt: number }>(
  'session:unlockFailures',
  {
    fallback: { count: 0, lastAt: 0 },
  },
);

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 15,
  inPageButton: true,
  rememberOn: [],
  autoSubmitOn: [],
  reminderDays: 7,
  passwordIntervalDays: 90,
  codeSources: [],
  fillArrivedCodes: false,
  sync: false,
  activityDays: 90,
};

/** The person's own choices (the practice's policy may override some: lib/settings). */
export const settings = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Per portal: the learned remember-this-browser cookies (names and expiries, never values). */
export const portalTrust = storage.defineItem<Record<string, PortalTrust>>('local:portalTrust', {
  fallback: {},
});

/** When the last backup was saved and read back (a date, no secret): the popup reminds until there is one. */
export const lastBackupAt = storage.defineItem<number | null>('local:lastBackupAt', { fallback: null });

/** How sync went on this browser: times, sizes and ids only (no names: local storage is readable by content scripts). */
export interface SyncStatus {
  lastSyncedAt: number | null;
  bytes: number;
  /** Ids of accounts the sync area has no room for. */
  leftOut: string[];
  damaged: number;
  problem: 'rate' | 'full' | 'otherVault' | 'newerPassphrase' | 'failed' | null;
  /** Which vault this browser last synced (a key check value), to know it again while locked. */
  keyId: string | null;
  retries: number;
  /** When another browser removed the accounts from browser sync, which turned sync off here. */
  offElsewhereAt?: number | null;
}
export const NO_SYNC_YET: SyncStatus = {
  lastSyncedAt: null,
  bytes: 0,
  leftOut: [],
  damaged: 0,
  problem: null,
  keyId: null,
  retries: 0,
};
export const syncStatus = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: NO_SYNC_YET });

/** What sync did to this vault since the popup last showed it (ids: names are read when shown). */
export interface SyncNotices {
  added: string[];
  removed: string[];
  kept: string[];
  /** Sync was turned off here because another browser removed the accounts from browser sync. */
  turnedOff?: boolean;
}
export const syncNotices = storage.defineItem<SyncNotices>('session:syncNotices', {
  fallback: { added: [], removed: [], kept: [] },
});
