import { describe, expect, it } from 'vitest';
import { importAesKey } from '@/lib/vault/aead';
import { randomBytes } from '@/lib/vault/bytes';
import { makeStamp, nextStamp, readStamp } from '@/lib/vault/version';
import { keyIdOf, keyItemOf, readKeyItem } from './key';
import { mergeAccount, mergeStates, sameState } from './merge';
import { itemBytes, KEY_ITEM, packAccounts, SYNC_LIMITS, unpackAccounts } from './pack';
import { OtherVaultError, planSync } from './plan';
import { isLive, type SyncedAccount } from './record';

const T = Date.UTC(2026, 11, 3, 9);
const at = (seconds: number, device = 'a') => makeStamp(T + seconds * 1000, 0, device);

/** A typical practice account: a 32-character key, a portal's name, a staff address, one site. */
function typical(i: number, stamp = at(0)): SyncedAccount {
  const secret = Array.from(randomBytes(20), (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b % 32]).join('');
  return {
    id: crypto.randomUUID(),
    created: T,
    fields: {
      issuer: { v: ['PracticeQ', 'TherapyAppointment', 'PracticePanther', 'Microsoft'][i % 4], at: stamp },
      account: { v: `frontdesk${i}@practice-${i % 7}.example`, at: stamp },
      otp: { v: { kind: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 }, at: stamp },
      counter: { v: 0, at: stamp },
      bindings: { v: [{ kind: 'origin', origin: `https://portal${i % 9}.example.com` }], at: stamp },
      order: { v: i, at: stamp },
    },
  };
}

describe('versions (hybrid logical clock)', () => {
  it('orders by time, then by counter, then by browser, as strings', () => {
    expect(at(1) < at(2)).toBe(true);
    expect(makeStamp(T, 1, 'a') > makeStamp(T, 0, 'z')).toBe(true);
    expect(makeStamp(T, 0, 'b') > makeStamp(T, 0, 'a')).toBe(true);
    expect(readStamp(makeStamp(T, 5, 'dev1'))).toEqual({ wall: T, count: 5, device: 'dev1' });
  });
  it('a browser whose clock is behind still stamps its change after one it has seen', () => {
    const seen = at(120, 'fast');
    const mine = nextStamp(seen, T, 'slow');
    expect(mine > seen).toBe(true);
    expect(nextStamp(mine, T, 'slow') > mine).toBe(true);
  });
});

describe('merging two copies of an account', () => {
  const base = typical(1);
  it('takes the later change field by field: a rename here and a new site there both stay', () => {
    const renamed = { ...base, fields: { ...base.fields, account: { v: 'new name', at: at(10, 'a') } } };
    const rebound = {
      ...base,
      fields: {
        ...base.fields,
        bindings: { v: [{ kind: 'origin', origin: 'https://x.example' }], at: at(20, 'b') },
      },
    };
    const merged = mergeAccount(renamed, rebound);
    expect(merged.fields.account!.v).toBe('new name');
    expect(merged.fields.bindings!.at).toBe(at(20, 'b'));
    expect(mergeAccount(rebound, renamed)).toEqual(merged);
  });
  it('the same field changed on both: the later one, the same on every browser', () => {
    const a = { ...base, fields: { ...base.fields, account: { v: 'from a', at: at(10, 'a') } } };
    const b = { ...base, fields: { ...base.fields, account: { v: 'from b', at: at(10, 'b') } } };
    expect(mergeAccount(a, b).fields.account!.v).toBe('from b'); // same millisecond: the browser id decides
    expect(mergeAccount(b, a).fields.account!.v).toBe('from b');
  });
  it('a recovery code used on either browser stays used; a new list from the site replaces the old', () => {
    const list = (used: (number | undefined)[]) =>
      ['aaaa-1111', 'bbbb-2222'].map((code, i) => (used[i] ? { code, usedAt: used[i] } : { code }));
    const a = { ...base, fields: { ...base.fields, recovery: { v: list([5, undefined]), at: at(5, 'a') } } };
    const b = { ...base, fields: { ...base.fields, recovery: { v: list([undefined, 9]), at: at(9, 'b') } } };
    expect(mergeAccount(a, b).fields.recovery!.v).toEqual(list([5, 9]));
    expect(mergeAccount(b, a)).toEqual(mergeAccount(a, b));
    const fresh = {
      ...base,
      fields: { ...base.fields, recovery: { v: [{ code: 'cccc-3333' }], at: at(20, 'a') } },
    };
    expect(mergeAccount(b, fresh).fields.recovery!.v).toEqual([{ code: 'cccc-3333' }]);
  });
  it('a counter only moves on, whichever change is later', () => {
    const a = { ...base, fields: { ...base.fields, counter: { v: 7, at: at(5, 'a') } } };
    const b = { ...base, fields: { ...base.fields, counter: { v: 3, at: at(9, 'b') } } };
    expect(mergeAccount(a, b).fields.counter!.v).toBe(7);
  });
  it('deleted on one browser, renamed on another: the later of the two wins', () => {
    const deleted = { ...base, removed: at(30, 'a') };
    const renamedBefore = { ...base, fields: { ...base.fields, account: { v: 'x', at: at(20, 'b') } } };
    const renamedAfter = { ...base, fields: { ...base.fields, account: { v: 'x', at: at(40, 'b') } } };
    expect(isLive(mergeAccount(deleted, renamedBefore))).toBe(false);
    expect(isLive(mergeAccount(deleted, renamedAfter))).toBe(true);
  });
  it('two vaults that never met keep all their accounts', () => {
    const mine = new Map([typical(1), typical(2)].map((a) => [a.id, a]));
    const theirs = new Map([typical(3)].map((a) => [a.id, a]));
    expect(mergeStates(mine, theirs).size).toBe(3);
    expect(sameState(mergeStates(mine, theirs), mergeStates(theirs, mine))).toBe(true);
  });
});

describe('packing into the sync area', () => {
  it('fits at least 300 typical accounts, every item within the browser’s limits, and reads them back', async () => {
    const key = await importAesKey(randomBytes(32));
    const accounts = Array.from({ length: 300 }, (_, i) => typical(i));
    const packed = await packAccounts(accounts, key, 'id', at(0), 400);
    expect(packed.leftOut).toEqual([]);
    const total = Object.entries(packed.items).reduce((s, [n, v]) => s + itemBytes(n, v), 400);
    expect(total).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
    for (const [name, value] of Object.entries(packed.items))
      expect(itemBytes(name, value)).toBeLessThanOrEqual(SYNC_LIMITS.itemBytes);
    const back = await unpackAccounts(packed.items, key, 'id');
    expect(back.damaged).toEqual([]);
    expect(
      sameState(new Map(back.records.map((r) => [r.id, r])), new Map(accounts.map((a) => [a.id, a]))),
    ).toBe(true);
    // Nothing readable: no name, site or key in what the browser syncs.
    const text = JSON.stringify(packed.items);
    for (const word of ['PracticeQ', 'frontdesk', 'portal', accounts[0]!.fields.otp!.v as string]) {
      expect(text).not.toContain(word);
    }
  });

  it('a vault too big for the area: the last accounts are named as left out, the rest still sync', async () => {
    const key = await importAesKey(randomBytes(32));
    const accounts = Array.from({ length: 2500 }, (_, i) => typical(i));
    const packed = await packAccounts(accounts, key, 'id', at(0), 400);
    expect(packed.leftOut.length).toBeGreaterThan(0);
    expect(packed.leftOut).toContain(accounts[2499]!.id);
    expect(packed.leftOut).not.toContain(accounts[0]!.id);
    expect(packed.bytes).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
  });

  it('an item that was changed, moved to another name or sealed with another key is named damaged', async () => {
    const key = await importAesKey(randomBytes(32));
    const packed = await packAccounts([typical(1)], key, 'id', at(0), 400);
    const chunk = packed.items['sfc.0']!;
    const flipped = { ...chunk, d: chunk.d.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) };
    const other = await importAesKey(randomBytes(32));
    expect((await unpackAccounts({ 'sfc.0': flipped }, key, 'id')).damaged).toEqual(['sfc.0']);
    expect((await unpackAccounts({ 'sfc.1': chunk }, key, 'id')).damaged).toEqual(['sfc.1']);
    expect((await unpackAccounts({ 'sfc.0': chunk }, other, 'id')).damaged).toEqual(['sfc.0']);
    expect((await unpackAccounts({ 'sfc.0': 'nonsense' }, key, 'id')).damaged).toEqual(['sfc.0']);
  });
});

describe('a round of sync', () => {
  const meta = (raw: Uint8Array<ArrayBuffer>) => ({
    kdf: { name: 'argon2id' as const, memoryKiB: 65536, iterations: 3, parallelism: 1 },
    salt: raw.slice(0, 16),
    wrappedKey: { iv: raw.slice(0, 12), data: raw },
    createdAt: T,
  });

  it('writes nothing when the area already holds the vault', async () => {
    const raw = randomBytes(32);
    const key = await importAesKey(raw);
    const keyItem = keyItemOf(meta(raw), await keyIdOf(raw));
    const local = new Map([typical(1)].map((a) => [a.id, a]));
    const first = await planSync(local, {}, { key, keyItem, at: at(1), now: T });
    expect(Object.keys(first.write).sort()).toEqual(['sfc.0', KEY_ITEM].sort());
    const again = await planSync(first.merged, first.write, { key, keyItem, at: at(2), now: T });
    expect(again.write).toEqual({});
  });

  it('refuses to write over a sync area that holds another vault', async () => {
    const raw = randomBytes(32);
    const key = await importAesKey(raw);
    const keyItem = keyItemOf(meta(raw), await keyIdOf(raw));
    const otherRaw = randomBytes(32);
    const area = { [KEY_ITEM]: keyItemOf(meta(otherRaw), await keyIdOf(otherRaw)) };
    await expect(planSync(new Map(), area, { key, keyItem, at: at(1), now: T })).rejects.toThrow(
      OtherVaultError,
    );
  });

  it('the key item reads back, and anything else in its place is refused', async () => {
    const raw = randomBytes(32);
    const item = keyItemOf(meta(raw), await keyIdOf(raw));
    expect(readKeyItem(JSON.parse(JSON.stringify(item)))?.id).toBe(item.id);
    expect(
      readKeyItem({ ...item, kdf: { name: 'argon2id', memoryKiB: 1e12, iterations: 3, parallelism: 1 } }),
    ).toBe(null);
    expect(readKeyItem('x')).toBe(null);
    expect(await keyIdOf(raw)).toBe(await keyIdOf(raw.slice()));
    expect(await keyIdOf(randomBytes(32))).not.toBe(item.id);
  });
});
