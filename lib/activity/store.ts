import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { open, seal, type Sealed } from '@/lib/vault/aead';
import { utf8 } from '@/lib/vault/bytes';
import type { ActivityEntry, ActivityEvent } from './entry';

// The record lives in its own database beside the vault: each entry sealed on its own with the
// vault's data key (it names the practice's portals and clients' accounts), the time left in
// the clear so old entries can be dropped while the vault is locked. An unlock that failed has
// no key to seal with, and names nothing: it is kept as its kind and time only.
interface ActivitySchema extends DBSchema {
  entries: {
    key: number;
    value: { id?: number; at: number; sealed?: Sealed; unlockFailed?: true };
    indexes: { at: number };
  };
}
export type ActivityDb = IDBPDatabase<ActivitySchema>;

export const ACTIVITY_DB = 'second-factor-activity';
const DAY_MS = 86_400_000;
const context = (at: number) => `activity:${at}`;

let db: Promise<ActivityDb> | null = null;
export function activityDb(): Promise<ActivityDb> {
  return (db ??= openDB<ActivitySchema>(ACTIVITY_DB, 1, {
    upgrade(d) {
      d.createObjectStore('entries', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
    },
  }));
}

/** Writes one entry (sealed with `key`; only a failed unlock goes without), then drops the old ones. */
export async function writeEntry(
  d: ActivityDb,
  event: ActivityEvent,
  key: CryptoKey | null,
  keepDays: number,
  at = Date.now(),
): Promise<void> {
  if (event.kind === 'unlockFailed') await d.add('entries', { at, unlockFailed: true });
  else if (key)
    await d.add('entries', { at, sealed: await seal(key, utf8(JSON.stringify(event)), context(at)) });
  await dropOlderThan(d, at - keepDays * DAY_MS);
}

export async function dropOlderThan(d: ActivityDb, before: number): Promise<void> {
  const tx = d.transaction('entries', 'readwrite');
  let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(before, true));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** Every entry, newest first; entries sealed under another key (a vault replaced since) are counted, not shown. */
export async function readEntries(
  d: ActivityDb,
  key: CryptoKey,
): Promise<{ entries: ActivityEntry[]; unreadable: number }> {
  const entries: ActivityEntry[] = [];
  let unreadable = 0;
  for (const row of await d.getAllFromIndex('entries', 'at')) {
    if (row.unlockFailed) {
      entries.push({ at: row.at, kind: 'unlockFailed' });
      continue;
    }
    try {
      const plain = await open(key, row.sealed!, context(row.at));
      entries.push({ ...(JSON.parse(new TextDecoder().decode(plain)) as ActivityEvent), at: row.at });
    } catch {
      unreadable++;
    }
  }
  return { entries: entries.reverse(), unreadable };
}
