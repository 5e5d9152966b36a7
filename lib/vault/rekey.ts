import { importAesKey, open, seal } from './aead';
import { recordContext } from './accounts';
import type { AccountRecord, VaultDb, VaultMeta } from './db';
import { vaultChanged } from './changes';

/**
 * Moves this vault under another data key and its wrapping (joining a vault that was already in
 * sync): every account re-sealed, then all of them and the new wrapping in one transaction, so
 * the vault is either all old or all new. A record that no longer opens is left as it was.
 */
export async function moveToKey(
  db: VaultDb,
  oldKey: CryptoKey,
  newRawKey: Uint8Array<ArrayBuffer>,
  meta: VaultMeta,
): Promise<void> {
  const newKey = await importAesKey(newRawKey);
  const moved: AccountRecord[] = [];
  for (const record of await db.getAll('accounts')) {
    try {
      const plain = await open(oldKey, record.sealed, recordContext(record));
      moved.push({ ...record, sealed: await seal(newKey, plain, recordContext(record)) });
    } catch {
      moved.push(record);
    }
  }
  const tx = db.transaction(['accounts', 'meta'], 'readwrite');
  for (const record of moved) await tx.objectStore('accounts').put(record);
  await tx.objectStore('meta').put(meta, 'vault');
  await tx.done;
  vaultChanged();
}
