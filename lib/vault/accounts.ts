import { i18n } from '@/lib/i18n';
import { checkAccount, type OtpAccount } from '@/lib/otp';
import { readStoredList, type RecoveryCode } from '@/lib/recovery/codes';
import type { SiteBinding } from '@/lib/sites';
import { UserFacingError } from '@/lib/messaging/errors';
import { open, seal } from './aead';
import { vaultChanged } from './changes';
import { takeStamp, takeStamps } from './clock';
import { FIELD_NAMES, RECORD_SCHEMA, type AccountRecord, type FieldName, type VaultDb } from './db';
import type { Stamp } from './version';

/** An account as the background uses it, decrypted. */
export interface VaultAccount {
  id: string;
  account: OtpAccount;
  bindings: SiteBinding[];
  order: number;
  /** The portal's recovery codes kept with it, sealed with the secret (lib/recovery). */
  recovery?: RecoveryCode[];
  /** When it was added to this vault (or this browser, for one that came by sync). */
  addedAt?: number;
}

/** A record that no longer decrypts (damaged or edited on disk); the others still work. */
export interface UnreadableAccount {
  id: string;
  unreadable: true;
}

const allStamped = (stamp: Stamp) =>
  Object.fromEntries(FIELD_NAMES.map((f) => [f, stamp])) as Record<FieldName, Stamp>;

// Record id, schema and site binding are additional data: a record cannot be swapped with
// another or rebound to a different site on disk without failing to decrypt.
const contextOf = (id: string, schema: number, bindings: SiteBinding[]) =>
  JSON.stringify(['sfc-account', id, schema, bindings]);
export const recordContext = (r: Pick<AccountRecord, 'id' | 'schema' | 'bindings'>) =>
  contextOf(r.id, r.schema, r.bindings);

/** The sealed part of a record: the account, and its recovery codes beside it when it has some. */
export async function sealRecord(
  key: CryptoKey,
  id: string,
  bindings: SiteBinding[],
  account: OtpAccount,
  recovery?: RecoveryCode[],
) {
  const plaintext = new TextEncoder().encode(
    JSON.stringify(recovery?.length ? { ...account, recovery } : account),
  );
  return seal(key, plaintext, contextOf(id, RECORD_SCHEMA, bindings));
}

export async function openRecord(
  key: CryptoKey,
  record: AccountRecord,
): Promise<VaultAccount | UnreadableAccount> {
  try {
    const plain = await open(key, record.sealed, recordContext(record));
    const { recovery, ...account } = JSON.parse(new TextDecoder().decode(plain)) as OtpAccount & {
      recovery?: unknown;
    };
    const codes = readStoredList(recovery);
    return {
      id: record.id,
      account,
      bindings: record.bindings,
      order: record.order,
      ...(codes && { recovery: codes }),
      addedAt: record.createdAt,
    };
  } catch {
    return { id: record.id, unreadable: true };
  }
}

export async function readAccounts(
  db: VaultDb,
  key: CryptoKey,
): Promise<(VaultAccount | UnreadableAccount)[]> {
  const records = (await db.getAll('accounts'))
    .filter((r) => r.deletedAt === undefined)
    .sort((a, b) => a.order - b.order);
  return Promise.all(records.map((r) => openRecord(key, r)));
}

/** These accounts only, read from disk now and opened, in the order asked (gone ones left out). */
export async function readAccountsById(
  db: VaultDb,
  key: CryptoKey,
  ids: string[],
): Promise<(VaultAccount | UnreadableAccount)[]> {
  const store = db.transaction('accounts').store;
  const records = await Promise.all(ids.map((id) => store.get(id)));
  const live = records.filter((r): r is AccountRecord => r !== undefined && r.deletedAt === undefined);
  return Promise.all(live.map((r) => openRecord(key, r)));
}

/** The accounts that still decrypt, for work that only needs usable ones (fill, duplicates). */
export async function readUsableAccounts(db: VaultDb, key: CryptoKey): Promise<VaultAccount[]> {
  return (await readAccounts(db, key)).filter((a): a is VaultAccount => !('unreadable' in a));
}

export async function readAccount(db: VaultDb, key: CryptoKey, id: string): Promise<VaultAccount> {
  const record = await db.get('accounts', id);
  if (!record || record.deletedAt !== undefined) throw new UserFacingError(i18n.t('vaultError.gone'));
  const opened = await openRecord(key, record);
  if ('unreadable' in opened) throw new UserFacingError(i18n.t('vaultError.damaged'));
  return opened;
}

/** Adds accounts in one transaction: all of them or none. Returns their ids. */
export async function addAccounts(
  db: VaultDb,
  key: CryptoKey,
  items: { account: OtpAccount; bindings: SiteBinding[]; recovery?: RecoveryCode[] }[],
  now = Date.now(),
): Promise<string[]> {
  const sealed = await Promise.all(
    items.map(async (item) => {
      const id = crypto.randomUUID();
      // The last gate before disk: whatever way it came in, it meets the same limits.
      const account = checkAccount(item.account);
      return { id, item, sealed: await sealRecord(key, id, item.bindings, account, item.recovery) };
    }),
  );
  const stamps = await takeStamps(db, sealed.length, now);
  const tx = db.transaction('accounts', 'readwrite');
  const existing = await tx.store.getAll();
  let order = existing.reduce((max, r) => Math.max(max, r.order), -1);
  for (const [i, { id, item, sealed: s }] of sealed.entries()) {
    await tx.store.put({
      id,
      schema: RECORD_SCHEMA,
      bindings: item.bindings,
      order: ++order,
      sealed: s,
      createdAt: now,
      stamps: allStamped(stamps[i]!),
    });
  }
  await tx.done;
  vaultChanged();
  return sealed.map((s) => s.id);
}

/** Changes names, binding, HOTP counter or recovery codes; re-encrypts the record with a fresh IV. */
export async function updateAccount(
  db: VaultDb,
  key: CryptoKey,
  id: string,
  change: {
    issuer?: string;
    account?: string;
    counter?: number;
    bindings?: SiteBinding[];
    /** The new list; an empty one removes them. */
    recovery?: RecoveryCode[];
  },
): Promise<void> {
  const current = await readAccount(db, key, id);
  // Checked as any new account is, so a rename can never make a backup unrestorable.
  const account = checkAccount({
    ...current.account,
    ...(change.issuer !== undefined && { issuer: change.issuer }),
    ...(change.account !== undefined && { account: change.account }),
    ...(change.counter !== undefined && { counter: change.counter }),
  });
  const bindings = change.bindings ?? current.bindings;
  const recovery = change.recovery ?? current.recovery;
  const sealed = await sealRecord(key, id, bindings, account, recovery);
  const stamp = await takeStamp(db);
  const changed = (['issuer', 'account', 'counter', 'bindings', 'recovery'] as const).filter(
    (f) => change[f] !== undefined,
  );
  const tx = db.transaction('accounts', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) throw new UserFacingError(i18n.t('vaultError.gone'));
  const stamps = { ...record.stamps, ...Object.fromEntries(changed.map((f) => [f, stamp])) };
  await tx.store.put({ ...record, bindings, sealed, schema: RECORD_SCHEMA, stamps });
  await tx.done;
  vaultChanged();
}

export async function reorderAccounts(db: VaultDb, ids: string[]): Promise<void> {
  const stamp = await takeStamp(db);
  const tx = db.transaction('accounts', 'readwrite');
  for (const [order, id] of ids.entries()) {
    const record = await tx.store.get(id);
    if (record && record.order !== order)
      await tx.store.put({ ...record, order, stamps: { ...record.stamps, order: stamp } });
  }
  await tx.done;
  vaultChanged();
}
