import { browser } from 'wxt/browser';

/** What a practice can set centrally (managed storage, public/managed_schema.json). */
export interface PracticePolicy {
  autoLockMaxMinutes?: number;
  reminderDays?: number;
  passwordIntervalDays?: number;
  enabledPortals?: string[];
}

const wholeNumber = (v: unknown, min: number, max: number) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : undefined);

/** The practice's policy, with anything malformed dropped; empty where no policy is set. */
export async function readPolicy(): Promise<PracticePolicy> {
  let raw: Record<string, unknown> = {};
  try {
    raw = (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {}; // no policy installed (the usual case), or a browser without managed storage
  }
  const portals = Array.isArray(raw.enabledPortals) ? raw.enabledPortals.filter((p): p is string => typeof p === 'string').slice(0, 20) : undefined;
  return {
    autoLockMaxMinutes: wholeNumber(raw.autoLockMaxMinutes, 1, 1440),
    reminderDays: wholeNumber(raw.reminderDays, 1, 60),
    passwordIntervalDays: wholeNumber(raw.passwordIntervalDays, 7, 730),
    enabledPortals: portals,
  };
}
