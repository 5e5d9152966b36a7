import { browser } from 'wxt/browser';
import { readSettings } from '@/lib/settings/read';
import { pendingScan } from '@/lib/storage';
import { forgetKey } from './session';

export const AUTO_LOCK_ALARM = 'auto-lock';

/** Pushes the auto-lock back by the person's idle time; called on every use of the vault. */
export async function noteVaultUse(): Promise<void> {
  const { autoLockMinutes } = await readSettings();
  // Chrome fires alarms no sooner than 30 s after they are set.
  await browser.alarms.create(AUTO_LOCK_ALARM, { delayInMinutes: Math.max(autoLockMinutes, 0.5) });
}

/** Forgets the key and every setup code scanned but not saved yet: nothing secret stays behind. */
export async function lockVault(): Promise<void> {
  await forgetKey();
  await pendingScan.removeAll();
  await browser.alarms.clear(AUTO_LOCK_ALARM);
}
