import { openVaultDb, type VaultDb } from './db';
import { noteVaultUse } from './auto-lock';
import { bindingAllows } from '@/lib/sites/binding';
import { currentDataKey } from './session';

// Reopened lazily by each new service worker; IndexedDB connections do not survive a restart.
let db: Promise<VaultDb> | null = null;
export const vaultDb = (): Promise<VaultDb> =>
  (db ??= openVaultDb().then((opened) => {
    // The database is being deleted (the browser repairing the extension, say): let it go, and
    // open a new one at the next request instead of holding the deletion up.
    opened.addEventListener('versionchange', () => {
      opened.close();
      db = null;
    });
    return opened;
  }));

/** Opens the vault for one request, pushing the auto-lock back. Throws when it is locked. */
export async function withVault<T>(work: (db: VaultDb, key: CryptoKey) => Promise<T>): Promise<T> {
  const key = await currentDataKey();
  await noteVaultUse();
  return work(await vaultDb(), key);
}

/**
 * Records not deleted, with a site list that is a list: one damaged on disk counts for no site
 * (unlocking then shows it as unreadable, since the list is sealed with it).
 */
async function liveRecords(db?: VaultDb) {
  const records = await (db ?? (await vaultDb())).getAll('accounts');
  return records.filter((r) => r.deletedAt === undefined && Array.isArray(r.bindings));
}

/** Accounts bound to an origin. Bindings are stored beside the ciphertext: no unlock needed. */
export async function accountsBoundTo(origin: string, db?: VaultDb): Promise<number> {
  return (await liveRecords(db)).filter((r) => bindingAllows(r.bindings, origin)).length;
}

/** Every site binding in the vault (readable without unlocking). */
export async function allBindings(db?: VaultDb) {
  return (await liveRecords(db)).flatMap((r) => r.bindings);
}
