import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';
import { vaultChanged } from './changes';
import { takeStamp } from './clock';
import type { VaultDb } from './db';
import { wallOf } from './version';

// Deleting an account: marked at once (so Undo can bring it back for ten minutes), removed for
// good at the next unlock after that, leaving a tombstone that tells other browsers.

export const UNDO_WINDOW_MS = 10 * 60_000;
/** How long a deletion is remembered for other browsers (README: sync). */
export const TOMBSTONE_DAYS = 60;
const DAY_MS = 86_400_000;

export async function deleteAccount(db: VaultDb, id: string, now = Date.now()): Promise<void> {
  const stamp = await takeStamp(db, now);
  const tx = db.transaction('accounts', 'readwrite');
  const record = await tx.store.get(id);
  if (record) await tx.store.put({ ...record, deletedAt: now, removedStamp: stamp });
  await tx.done;
  vaultChanged();
}

export async function undoDelete(db: VaultDb, id: string): Promise<void> {
  // Changed after the deletion, so every browser that saw the deletion keeps it again.
  const stamp = await takeStamp(db);
  const tx = db.transaction('accounts', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) throw new UserFacingError(i18n.t('vaultError.removedForGood'));
  delete record.deletedAt;
  delete record.removedStamp;
  record.stamps = { ...record.stamps, order: stamp };
  await tx.store.put(record);
  await tx.done;
  vaultChanged();
}

/**
 * Removes deleted accounts whose undo window has passed, leaving a tombstone so other browsers
 * learn of the deletion; tombstones older than TOMBSTONE_DAYS go.
 */
export async function purgeDeleted(db: VaultDb, now = Date.now()): Promise<void> {
  const fallback = await takeStamp(db, now);
  const tx = db.transaction(['accounts', 'tombstones'], 'readwrite');
  const accounts = tx.objectStore('accounts');
  const tombstones = tx.objectStore('tombstones');
  for (const record of await accounts.getAll()) {
    if (record.deletedAt !== undefined && now - record.deletedAt > UNDO_WINDOW_MS) {
      await accounts.delete(record.id);
      await tombstones.put({ id: record.id, removed: record.removedStamp ?? fallback });
    }
  }
  for (const tombstone of await tombstones.getAll()) {
    if (now - wallOf(tombstone.removed) > TOMBSTONE_DAYS * DAY_MS) await tombstones.delete(tombstone.id);
  }
  await tx.done;
}
