import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SiteBinding } from '@/lib/sites';
import type { KdfParams } from './kdf';
import type { Sealed } from './aead';
import type { Stamp } from './version';

export const RECORD_SCHEMA = 1;

/** The data key, wrapped by the passphrase key. One row, key 'vault'. */
export interface VaultMeta {
  kdf: KdfParams;
  salt: Uint8Array<ArrayBuffer>;
  wrappedKey: Sealed;
  createdAt: number;
  /** When the passphrase was last set (a version: the latest change wins across browsers). */
  passphraseStamp?: Stamp;
}

/** What of an account changes on its own, and so carries its own version for sync's merge. */
export type FieldName = 'issuer' | 'account' | 'otp' | 'counter' | 'bindings' | 'order' | 'recovery';
export const FIELD_NAMES: readonly FieldName[] = [
  'issuer',
  'account',
  'otp',
  'counter',
  'bindings',
  'order',
  'recovery',
];

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
  /** When each field last changed (absent on accounts from before versions were kept). */
  stamps?: Partial<Record<FieldName, Stamp>>;
  /** The deletion's version, while `deletedAt` is set. */
  removedStamp?: Stamp;
}

/** A deleted account's id and the deletion's version, kept so other browsers learn of it. */
export interface Tombstone {
  id: string;
  removed: Stamp;
}

/** This browser's clock for versions: its id and the latest stamp made or seen. */
export interface DeviceClock {
  device: string;
  last: Stamp | null;
}

export interface VaultSchema extends DBSchema {
  meta: { key: 'vault'; value: VaultMeta };
  accounts: { key: string; value: AccountRecord };
  tombstones: { key: string; value: Tombstone };
  clock: { key: 'clock'; value: DeviceClock };
}

export type VaultDb = IDBPDatabase<VaultSchema>;

/** Opened by the background only (docs/threat-model.md). Each version step below runs once, in order. */
export function openVaultDb(name = 'second-factor-vault'): Promise<VaultDb> {
  return openDB<VaultSchema>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('accounts', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('tombstones', { keyPath: 'id' });
        db.createObjectStore('clock');
      }
    },
  });
}
