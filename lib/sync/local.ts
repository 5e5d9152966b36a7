import { checkAccount, type OtpAccount } from '@/lib/otp';
import { readBinding, type SiteBinding } from '@/lib/sites/binding';
import { readStoredList, type RecoveryCode } from '@/lib/recovery/codes';
import { openRecord, sealRecord, type VaultAccount } from '@/lib/vault/accounts';
import { seeStamp } from '@/lib/vault/clock';
import { forgetOutline } from '@/lib/vault/outline';
import { FIELD_NAMES, RECORD_SCHEMA, type AccountRecord, type FieldName, type VaultDb } from '@/lib/vault/db';
import { makeStamp, type Stamp } from '@/lib/vault/version';
import { sameAccount } from './merge';
import { isLive, newestChange, type SyncedAccount, type SyncState } from './record';

/** What a merge did to this browser's vault, for the popup's notices (names are read there). */
export interface MergeOutcome {
  added: string[];
  changed: string[];
  removed: string[];
  /** Deleted on another browser, kept because it was changed later (here or elsewhere). */
  kept: string[];
  /** Came from another browser in a form this version cannot use; left as it was here. */
  unusable: string[];
}

// Fields from before versions were kept count as changed when the account was added.
const versionsOf = (record: AccountRecord) => {
  const legacy = makeStamp(record.createdAt, 0, '0');
  return {
    at: (f: FieldName): Stamp => record.stamps?.[f] ?? legacy,
    removed: record.deletedAt !== undefined ? (record.removedStamp ?? legacy) : undefined,
  };
};

/** Whether a record on disk is still the version sync read (it was not changed here meanwhile). */
function unchangedSince(record: AccountRecord | undefined, read: SyncedAccount): boolean {
  if (!record) return Object.keys(read.fields).length === 0; // a tombstone, still one
  const v = versionsOf(record);
  return v.removed === read.removed && FIELD_NAMES.every((f) => v.at(f) === read.fields[f]?.at);
}

function toSynced(record: AccountRecord, { account, recovery }: VaultAccount): SyncedAccount {
  const { at, removed } = versionsOf(record);
  const { issuer, account: name, counter, ...otp } = account;
  return {
    id: record.id,
    created: record.createdAt,
    fields: {
      issuer: { v: issuer, at: at('issuer') },
      account: { v: name, at: at('account') },
      otp: { v: otp, at: at('otp') },
      counter: { v: counter, at: at('counter') },
      bindings: { v: record.bindings, at: at('bindings') },
      order: { v: record.order, at: at('order') },
      recovery: { v: recovery ?? [], at: at('recovery') },
    },
    ...(removed !== undefined && { removed }),
  };
}

/** This browser's vault as sync sees it. Records that no longer open stay out of it. */
export async function readLocalState(db: VaultDb, key: CryptoKey): Promise<SyncState> {
  const state: SyncState = new Map();
  for (const record of await db.getAll('accounts')) {
    const opened = await openRecord(key, record);
    if (!('unreadable' in opened)) state.set(record.id, toSynced(record, opened));
  }
  for (const t of await db.getAll('tombstones'))
    if (!state.has(t.id)) state.set(t.id, { id: t.id, created: 0, fields: {}, removed: t.removed });
  return state;
}

/** The account a synced record describes, checked as any account coming in is; or null. */
function fromSynced(
  s: SyncedAccount,
): { account: OtpAccount; bindings: SiteBinding[]; order: number; recovery?: RecoveryCode[] } | null {
  const f = s.fields;
  try {
    const bindings = Array.isArray(f.bindings?.v) ? (f.bindings.v as unknown[]).map(readBinding) : null;
    if (!bindings || bindings.some((b) => b === null)) return null;
    const account = checkAccount({
      ...(f.otp?.v as object),
      issuer: f.issuer?.v,
      account: f.account?.v,
      counter: f.counter?.v,
    } as OtpAccount);
    const order = Number(f.order?.v);
    return {
      account,
      bindings: bindings as SiteBinding[],
      order: Number.isFinite(order) ? order : 0,
      recovery: readStoredList(f.recovery?.v),
    };
  } catch {
    return null;
  }
}

const stampsOf = (s: SyncedAccount) =>
  Object.fromEntries(Object.entries(s.fields).map(([name, field]) => [name, field!.at])) as Partial<
    Record<FieldName, Stamp>
  >;

/**
 * Writes what the merge changed into this browser's vault. An account deleted elsewhere is
 * marked deleted here (the person can still undo it for a while), never erased at once.
 */
export async function applyMerged(
  db: VaultDb,
  key: CryptoKey,
  before: SyncState,
  merged: SyncState,
  now = Date.now(),
): Promise<MergeOutcome> {
  const outcome: MergeOutcome = { added: [], changed: [], removed: [], kept: [], unusable: [] };
  const writes: AccountRecord[] = [];
  const tombstones: { id: string; removed: Stamp }[] = [];
  let newest: Stamp | undefined;
  for (const [id, m] of merged) {
    const mine = before.get(id);
    if (sameAccount(m, mine)) continue;
    const change = newestChange(m);
    if (change && (!newest || change > newest)) newest = change;
    const wasLive = mine !== undefined && isLive(mine);
    if (isLive(m)) {
      const usable = fromSynced(m);
      if (!usable) {
        outcome.unusable.push(id);
        continue;
      }
      writes.push({
        id,
        schema: RECORD_SCHEMA,
        bindings: usable.bindings,
        order: usable.order,
        sealed: await sealRecord(key, id, usable.bindings, usable.account, usable.recovery),
        createdAt: m.created,
        stamps: stampsOf(m),
      });
      if (!wasLive) outcome.added.push(id);
      else outcome.changed.push(id);
      if (m.removed !== undefined && mine?.removed !== m.removed) outcome.kept.push(id);
    } else if (wasLive) {
      const record = await db.get('accounts', id);
      if (record) writes.push({ ...record, deletedAt: now, removedStamp: m.removed });
      outcome.removed.push(id);
    } else if (m.removed !== undefined) {
      const record = await db.get('accounts', id);
      if (record) writes.push({ ...record, removedStamp: m.removed });
      else tombstones.push({ id, removed: m.removed });
    }
  }
  const tx = db.transaction(['accounts', 'tombstones'], 'readwrite');
  for (const record of writes) {
    const read = before.get(record.id);
    // Changed on this browser while the round ran: left for the next round (already asked for by
    // that change), never overwritten with what was read before it.
    if (read && !unchangedSince(await tx.objectStore('accounts').get(record.id), read)) continue;
    await tx.objectStore('accounts').put(record);
    if (record.deletedAt === undefined) await tx.objectStore('tombstones').delete(record.id);
  }
  for (const t of tombstones) await tx.objectStore('tombstones').put(t);
  await tx.done;
  // Not a change of this browser's own (sync would send it back), but the accounts changed.
  forgetOutline();
  // This browser's next change comes after everything it has now seen.
  if (newest) await seeStamp(db, newest);
  return outcome;
}
