import { readSettings } from '@/lib/settings/read';
import { currentDataKey } from '@/lib/vault/session';
import type { ActivityEvent } from './entry';
import { activityDb, writeEntry } from './store';

let turn: Promise<unknown> = Promise.resolve();

/**
 * Notes what the extension just did. Never fails what it records: a record that cannot be
 * written (the vault locked in between, storage full) is left out, and the action stands.
 */
export function recordActivity(event: ActivityEvent): Promise<void> {
  const next = turn.then(async () => {
    const key = event.kind === 'unlockFailed' ? null : await currentDataKey().catch(() => null);
    const { activityDays } = await readSettings();
    await writeEntry(await activityDb(), event, key, activityDays);
  });
  turn = next.catch(() => undefined);
  return next.catch(() => undefined);
}
