import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAesKey } from '@/lib/vault/aead';
import { randomBytes } from '@/lib/vault/bytes';
import { nextStamp, type Stamp } from '@/lib/vault/version';
import { SimulatedSyncService, type SimulatedSyncArea } from '../../tests/fixtures/sync/area';
import { keyItemOf, type SyncKeyItem } from './key';
import { sameState } from './merge';
import { planSync } from './plan';
import { isLive, type SyncedAccount, type SyncState } from './record';

// Three browsers of one person, each with its own vault and its own copy of the sync area,
// changing accounts while the sync service passes items late, twice, out of order, or refuses a
// write. Whatever happened, once the messages are through they hold the same vault, and every
// account that was not deleted is in it.

type Op =
  | { kind: 'add'; on: number }
  | { kind: 'rename' | 'bind' | 'delete' | 'counter' | 'reorder'; on: number; pick: number }
  | { kind: 'passphrase'; on: number }
  | { kind: 'sync'; on: number }
  | { kind: 'deliver'; pick: number; duplicate: boolean }
  | { kind: 'refuse'; on: number }
  | { kind: 'wait'; seconds: number };

const browserIndex = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: browserIndex.map((on) => ({ kind: 'add' as const, on })) },
  ...(['rename', 'bind', 'delete', 'counter', 'reorder'] as const).map((kind) => ({
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant(kind), on: browserIndex, pick: fc.nat() }),
  })),
  { weight: 1, arbitrary: browserIndex.map((on) => ({ kind: 'passphrase' as const, on })) },
  { weight: 4, arbitrary: browserIndex.map((on) => ({ kind: 'sync' as const, on })) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), duplicate: fc.boolean() }),
  },
  { weight: 1, arbitrary: browserIndex.map((on) => ({ kind: 'refuse' as const, on })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 90 }).map((seconds) => ({ kind: 'wait' as const, seconds })),
  },
);

interface Browser {
  device: string;
  skew: number;
  last: Stamp | null;
  vault: SyncState;
  keyItem: SyncKeyItem;
  area: SimulatedSyncArea;
}

const KEY_ID = 'AAAAAAAAAAAAAAAA';
let time = Date.UTC(2026, 11, 1);

function world(skews: number[], service: SimulatedSyncService, baseKey: SyncKeyItem): Browser[] {
  return skews.map((skew, i) => ({
    device: `b${i}`,
    skew,
    last: null,
    vault: new Map(),
    keyItem: baseKey,
    area: service.area(() => time),
  }));
}

const stampOn = (b: Browser) => (b.last = nextStamp(b.last, time + b.skew, b.device));

function change(b: Browser, o: Op, ids: string[], deleted: Set<string>, touchedAfterDelete: Set<string>) {
  if (o.kind === 'add') {
    const id = `acct-${ids.length}`;
    ids.push(id);
    const at = stampOn(b);
    const fields: SyncedAccount['fields'] = {
      issuer: { v: `Portal ${id}`, at },
      account: { v: `staff@${id}.example`, at },
      otp: { v: { kind: 'totp', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30 }, at },
      counter: { v: 0, at },
      bindings: { v: [], at },
      order: { v: ids.length, at },
    };
    b.vault.set(id, { id, created: time, fields });
    return;
  }
  if (!('pick' in o)) return;
  const live = [...b.vault.values()].filter(isLive);
  if (!live.length) return;
  const target = live[o.pick % live.length]!;
  const at = stampOn(b);
  const fields = { ...target.fields };
  if (o.kind === 'delete') {
    b.vault.set(target.id, { ...target, removed: at });
    deleted.add(target.id);
    return;
  }
  if (deleted.has(target.id)) touchedAfterDelete.add(target.id);
  if (o.kind === 'rename') fields.account = { v: `renamed ${at}`, at };
  if (o.kind === 'bind')
    fields.bindings = { v: [{ kind: 'origin', origin: `https://${b.device}.example` }], at };
  if (o.kind === 'counter') fields.counter = { v: Number(fields.counter?.v ?? 0) + 1, at };
  if (o.kind === 'reorder') fields.order = { v: -o.pick, at };
  b.vault.set(target.id, { ...target, fields });
}

async function syncOnce(b: Browser, key: CryptoKey): Promise<boolean> {
  const plan = await planSync(b.vault, await b.area.get(), {
    key,
    keyItem: b.keyItem,
    at: stampOn(b),
    now: time + b.skew,
  });
  b.vault = plan.merged;
  // The person types the passphrase set on another browser (asked once): this one takes it.
  const theirs = (await b.area.get())['sfc.key'] as SyncKeyItem | undefined;
  if (plan.newerPassphrase && theirs) b.keyItem = theirs;
  const wrote = Object.keys(plan.write).length > 0;
  try {
    if (wrote) await b.area.set(plan.write);
    if (plan.remove.length) await b.area.remove(plan.remove);
  } catch {
    return true; // refused: still to do
  }
  return wrote || plan.remove.length > 0;
}

describe('sync between three browsers', () => {
  it('converges to the same vault, and keeps every account that was not deleted', async () => {
    const key = await importAesKey(randomBytes(32));
    const salt = randomBytes(16);
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 5, maxLength: 40 }),
        fc.array(fc.integer({ min: -120_000, max: 120_000 }), { minLength: 3, maxLength: 3 }),
        async (ops, skews) => {
          const service = new SimulatedSyncService();
          const base = keyItemOf(
            {
              kdf: { name: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 },
              salt,
              wrappedKey: { iv: salt.slice(0, 12), data: salt },
              createdAt: time,
            },
            KEY_ID,
          );
          const browsers = world(skews, service, base);
          const ids: string[] = [];
          const deleted = new Set<string>();
          const touchedAfterDelete = new Set<string>();
          for (const o of ops) {
            time += 1_000;
            if (o.kind === 'sync') await syncOnce(browsers[o.on]!, key);
            else if (o.kind === 'deliver') {
              if (service.inFlight.length) service.deliver(o.pick % service.inFlight.length, o.duplicate);
            } else if (o.kind === 'refuse') browsers[o.on]!.area.refuseNext = true;
            else if (o.kind === 'wait') time += o.seconds * 1_000;
            else if (o.kind === 'passphrase') {
              const b = browsers[o.on]!;
              b.keyItem = { ...b.keyItem, d: `${b.keyItem.d.slice(0, 8)}${b.device}`, at: stampOn(b) };
            } else change(browsers[o.on]!, o, ids, deleted, touchedAfterDelete);
          }
          // Quiet: every message arrives, each browser syncs until none has anything to write.
          for (let round = 0; round < 30; round++) {
            time += 61_000; // past the write-rate window
            service.deliverAll();
            let busy = false;
            for (const b of browsers) busy = (await syncOnce(b, key)) || busy;
            service.deliverAll();
            if (!busy && service.inFlight.length === 0) break;
          }
          const [first, ...others] = browsers;
          for (const b of others) {
            expect(sameState(b.vault, first!.vault)).toBe(true);
            expect(b.keyItem.at).toBe(first!.keyItem.at);
          }
          for (const id of ids) {
            const account = first!.vault.get(id);
            if (!deleted.has(id)) expect(account && isLive(account), `${id} kept`).toBe(true);
          }
          // The sync area holds the same vault too.
          const area = await browsers[0]!.area.get();
          for (const b of others) expect(await b.area.get()).toEqual(area);
        },
      ),
      { numRuns: 60 },
    );
  });
});
