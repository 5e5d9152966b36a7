import { browser } from 'wxt/browser';

/** What a practice can set centrally (managed storage, public/managed_schema.json). */
export interface PracticePolicy {
  autoLockMaxMinutes?: number;
  reminderDays?: number;
  passwordIntervalDays?: number;
  enabledPortals?: string[];
}

const wholeNumber = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : undefined;

// Chromium never answers storage.managed.get when no policy is installed (the usual case),
// so wait briefly, and keep the answer for this worker's life (dropped when the policy changes).
const POLICY_WAIT_MS = 300;
let cached: Promise<PracticePolicy> | null = null;

export function forgetPolicy(): void {
  cached = null;
}

/** The practice's policy, with anything malformed dropped; empty where no policy is set. */
export function readPolicy(): Promise<PracticePolicy> {
  return (cached ??= loadPolicy());
}

async function loadPolicy(): Promise<PracticePolicy> {
  let raw: Record<string, unknown> = {};
  try {
    const timeout = new Promise<Record<string, unknown>>((resolve) =>
      setTimeout(() => resolve({}), POLICY_WAIT_MS),
    );
    raw = (await Promise.race([browser.storage.managed.get(null), timeout])) ?? {};
  } catch {
    return {}; // a browser without managed storage
  }
  const portals = Array.isArray(raw.enabledPortals)
    ? raw.enabledPortals.filter((p): p is string => typeof p === 'string').slice(0, 20)
    : undefined;
  return {
    autoLockMaxMinutes: wholeNumber(raw.autoLockMaxMinutes, 1, 1440),
    reminderDays: wholeNumber(raw.reminderDays, 1, 60),
    passwordIntervalDays: wholeNumber(raw.passwordIntervalDays, 7, 730),
    enabledPortals: portals,
  };
}
