import type { Settings, SettingsInForce } from '@/lib/messaging/types';
import { DEFAULT_SETTINGS, settings } from '@/lib/storage';
import { readPolicy } from './policy';

/** The person's own choices, with defaults for anything an older stored copy lacks. */
async function readOwnSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settings.getValue()) };
}

/** Settings in force: the person's, where the practice's policy (managed storage) does not say otherwise. */
export async function readSettings(): Promise<SettingsInForce> {
  const mine = await readOwnSettings();
  const policy = await readPolicy();
  const setByPractice: SettingsInForce['setByPractice'] = [];
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
  if (policy.activityDays !== undefined) {
    mine.activityDays = policy.activityDays;
    setByPractice.push('activityDays');
  }
  if (policy.enabledPortals) setByPractice.push('enabledPortals');
  return {
    ...mine,
    setByPractice,
    enabledPortals: policy.enabledPortals ?? null,
    policyIgnored: policy.ignored ?? [],
  };
}

/** Saves a change to the person's own choices. */
export async function changeSettings(change: Partial<Settings>): Promise<void> {
  await settings.setValue({ ...(await readOwnSettings()), ...change });
}
