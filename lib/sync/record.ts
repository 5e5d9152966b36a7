import type { FieldName } from '@/lib/vault/db';
import { laterOf, type Stamp } from '@/lib/vault/version';

/** One field of a synced account: its value and the version of its last change. */
export interface SyncedField {
  v: unknown;
  at: Stamp;
}

/**
 * An account as it travels between browsers (inside sealed items only): each field versioned
 * on its own, and a deletion's version when it was deleted.
 */
export interface SyncedAccount {
  id: string;
  created: number;
  fields: Partial<Record<FieldName, SyncedField>>;
  removed?: Stamp;
}

/** A vault as sync sees it: every account and tombstone, by id. */
export type SyncState = Map<string, SyncedAccount>;

/** The version of the account's latest change to any field. */
export function newestChange(account: SyncedAccount): Stamp | undefined {
  let newest: Stamp | undefined;
  for (const field of Object.values(account.fields)) newest = laterOf(newest, field?.at);
  return newest;
}

/**
 * Whether an account is in the vault. A deletion and a change made on two browsers: the later
 * one wins. A change made after the deletion keeps the account (someone was still using it, and
 * keeping it loses nothing: it can be deleted again), a deletion after the last change removes it.
 */
export function isLive(account: SyncedAccount): boolean {
  const newest = newestChange(account);
  if (newest === undefined) return false; // a tombstone alone
  return account.removed === undefined || newest > account.removed;
}
