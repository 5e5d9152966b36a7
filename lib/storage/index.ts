import { storage } from 'wxt/utils/storage';
import { readPolicy } from './policy';
import type { TabStatus } from '@/lib/detect/types';
import type { ScanReport } from '@/lib/enroll/preview';
import type { CookieSnapshot, PortalTrust } from '@/lib/trust';

// Every storage item the extension keeps, declared once. Secrets never go in local or
// sync storage (content scripts can read those); the vault lives in IndexedDB.

/** What was detected on each open tab, by tab id. Session only: gone with the browser. */
export const tabStatuses = storage.defineItem<Record<string, TabStatus>>('session:tabStatuses', {
  fallback: {},
});

/**
 * The unlocked data key (base64) while the vault is open. storage.session at its default
 * access level: trusted extension contexts only, never on disk, gone when the browser closes.
 */
export const unlockedKey = storage.defineItem<{ key: string; unlockedAt: number } | null>('session:unlockedKey', {
  fallback: null,
});

/** Wrong passphrases in a row, for the growing delay. Not secret. */
export const unlockFailures = storage.defineItem<{ count: number; lastAt: number }>('local:unlockFailures', {
  fallback: { count: 0, lastAt: 0 },
});

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
}

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 15, inPageButton: true, rememberOn: [], autoSubmitOn: [], reminderDays: 7, passwordIntervalDays: 90 };

export const settings = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The person's own choices, with defaults for anything an older stored copy lacks. */
export async function readOwnSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settings.getValue()) };
}

/** Settings in force: the person's, where the practice's policy (managed storage) does not say otherwise. */
export type SettingsInForce = Settings & { setByPractice: (keyof Settings | 'enabledPortals')[]; enabledPortals: string[] | null };

export async function readSettings(): Promise<SettingsInForce> {
  const mine = await readOwnSettings();
  const policy = await readPolicy();
  const setByPractice: (keyof Settings | 'enabledPortals')[] = [];
  if (policy.autoLockMaxMinutes !== undefined) {
    mine.autoLockMinutes = Math.min(mine.autoLockMinutes, policy.autoLockMaxMinutes);
    setByPractice.push('autoLockMinutes');
  }
  if (policy.reminderDays !== undefined) {
    mine.reminderDays = policy.reminderDays;
    setByPractice.push('reminderDays');
  }
  if (policy.passwordIntervalDays !== undefined) {
    mine.passwordIntervalDays = policy.passwordIntervalDays;
    setByPractice.push('passwordIntervalDays');
  }
  if (policy.enabledPortals) setByPractice.push('enabledPortals');
  return { ...mine, setByPractice, enabledPortals: policy.enabledPortals ?? null };
}

export { readPolicy, forgetPolicy, type PracticePolicy } from './policy';

/** User names typed on sign-in forms this browser session, by origin (never passwords). */
export const signInNames = storage.defineItem<Record<string, string>>('session:signInNames', {
  fallback: {},
});

/** A fill the person asked for (shortcut, menu, popup), by tab id; used once, soon after. */
export interface FillTrigger {
  at: number;
  /** The tab's origin when the person asked; the code goes to that origin only. */
  origin: string | null;
  accountId?: string;
  /** A code the person pasted (email or text message codes). */
  code?: string;
}

export const fillTriggers = storage.defineItem<Record<string, FillTrigger>>('session:fillTriggers', {
  fallback: {},
});

/**
 * The last QR scan per tab, until the person adds or dismisses it (5 minutes at most).
 * Holds setup codes, so session storage only (trusted contexts, never on disk), like the key.
 */
export const pendingScans = storage.defineItem<Record<string, { at: number; origin: string | null; uris: (string | null)[]; report: ScanReport }>>('session:pendingScans', {
  fallback: {},
});

/** Tabs where the person asked to draw a box around a code (the next selection is theirs). */
export const areaRequests = storage.defineItem<Record<string, number>>('session:areaRequests', {
  fallback: {},
});

/** Per portal: the learned remember-this-browser cookies (names and expiries, never values). */
export const portalTrust = storage.defineItem<Record<string, PortalTrust>>('local:portalTrust', {
  fallback: {},
});

/** Cookies of a portal when its challenge appeared, per tab, to compare after it is passed. */
export const challengeSnapshots = storage.defineItem<Record<string, { portalId: string; snapshot: CookieSnapshot; at: number; remember?: boolean }>>('session:challengeSnapshots', {
  fallback: {},
});
