import { joinUsedMarks } from '@/lib/recovery/codes';
import { FIELD_NAMES, type FieldName } from '@/lib/vault/db';
import { laterOf, wallOf } from '@/lib/vault/version';
import { isLive, type SyncedAccount, type SyncedField, type SyncState } from './record';

function mergeField(name: FieldName, a?: SyncedField, b?: SyncedField): SyncedField | undefined {
  if (!a || !b) return a ?? b;
  // A counter only moves on: a code given on one browser is never given again on another.
  if (name === 'counter') {
    const v = Math.max(Number(a.v) || 0, Number(b.v) || 0);
    return { v, at: laterOf(a.at, b.at) };
  }
  // A recovery code used on one browser stays used on all: the same list's marks are joined.
  // A new list (the portal gave fresh codes) replaces the old one as any later change does.
  if (name === 'recovery') {
    const joined = joinUsedMarks(a.v, b.v);
    if (joined) return { v: joined, at: laterOf(a.at, b.at) };
  }
  return a.at >= b.at ? a : b;
}

/**
 * The two versions of one account joined: each field from the later change, the later deletion.
 * Order-free (a∪b = b∪a, (a∪b)∪c = a∪(b∪c), a∪a = a), so browsers that hear of changes in any
 * order, any number of times, end with the same account.
 */
export function mergeAccount(a: SyncedAccount, b: SyncedAccount): SyncedAccount {
  const fields: SyncedAccount['fields'] = {};
  for (const name of FIELD_NAMES) {
    const field = mergeField(name, a.fields[name], b.fields[name]);
    if (field) fields[name] = field;
  }
  const removed = laterOf(a.removed, b.removed);
  return {
    id: a.id,
    created: Math.min(a.created, b.created),
    fields,
    ...(removed !== undefined && { removed }),
  };
}

export function mergeStates(a: SyncState, b: SyncState): SyncState {
  const merged: SyncState = new Map(a);
  for (const [id, theirs] of b) {
    const ours = merged.get(id);
    merged.set(id, ours ? mergeAccount(ours, theirs) : theirs);
  }
  return merged;
}

/**
 * Drops deletions older than `days` (by the clock of the browser that deleted). A browser away
 * for longer may bring such an account back: the safe way round, since nothing is lost.
 */
export function expireTombstones(state: SyncState, now: number, days: number): SyncState {
  const limit = days * 86_400_000;
  const kept: SyncState = new Map();
  for (const [id, account] of state) {
    if (!isLive(account) && now - wallOf(account.removed ?? '') > limit) continue;
    kept.set(id, account);
  }
  return kept;
}

/** The same value whatever order its object keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameAccount(a: SyncedAccount | undefined, b: SyncedAccount | undefined): boolean {
  return a !== undefined && b !== undefined && canonical(a) === canonical(b);
}

export function sameState(a: SyncState, b: SyncState): boolean {
  if (a.size !== b.size) return false;
  for (const [id, account] of a) if (!sameAccount(account, b.get(id))) return false;
  return true;
}
