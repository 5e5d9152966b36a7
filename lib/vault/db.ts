import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SiteBinding } from '@/lib/sites';
import type { KdfParams } from './kdf';
import type { Sealed } from './aead';

export const RECORD_SCHEMA = 1;

/** The data key, wrapped by the passphrase key. One row, key 'vault'. */
export interface VaultMeta {
  kdf: KdfParams;
  salt: Uint8Array<ArrayBuffer>;
  wrappedKey: Sealed;
  createdAt: number;
}

/** One account: everything secret (secret, issuer, name) is inside `sealed`. */
export interface AccountRecord {
  id: string;
  schema: number;
  bindings: SiteBinding[];
  order: number;
  sealed: Sealed;
  createdAt: number;
  /** Set when deleted; the record stays until purged so the deletion can be undone. */
  deletedAt?: number;
}

export interface VaultSchema extends DBSchema {
  meta: { key: 'vault'; value: VaultMeta };
  accounts: { key: string; value: AccountRecord };
}

export type VaultDb = IDBPDatabase<VaultSchema>;

/** Opened by the background only (docs/threat-model.md). Each version step below runs once, in order. */
export function openVaultDb(name = 'second-factor-vault'): Promise<VaultDb> {
  return openDB<VaultSchema>(name, 1, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('accounts', { keyPath: 'id' });
      }
    },
  });
}
