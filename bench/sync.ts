import type { OtpAccount } from '../lib/otp';
import { keyIdOf, keyItemOf } from '../lib/sync/key';
import { applyMerged, readLocalState } from '../lib/sync/local';
import { planSync } from '../lib/sync/plan';
import { addAccounts, readAccounts, updateAccount } from '../lib/vault/accounts';
import { importAesKey } from '../lib/vault/aead';
import { takeStamp } from '../lib/vault/clock';
import { openVaultDb, type VaultDb } from '../lib/vault/db';
import { createVault, readWrapping } from '../lib/vault/keyring';
import { SimulatedSyncService } from '../tests/fixtures/sync/area';

const PBKDF2 = { name: 'pbkdf2-sha256', iterations: 600_000 } as const;
const site = [{ kind: 'origin' as const, origin: 'https://app.intakeq.com' }];

/** One round as the background runs it (lib/sync/service.ts), against a simulated sync area. */
async function syncRound(db: VaultDb, raw: Uint8Array<ArrayBuffer>, key: CryptoKey, area: SyncAreaLike) {
  const local = await readLocalState(db, key);
  const plan = await planSync(local, await area.get(), {
    key,
    keyItem: keyItemOf((await readWrapping(db))!, await keyIdOf(raw)),
    at: await takeStamp(db),
    now: Date.now(),
  });
  await applyMerged(db, key, local, plan.merged);
  if (Object.keys(plan.write).length) await area.set(plan.write);
  return plan;
}
type SyncAreaLike = {
  get(): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
};

const fastest = async (runs: number, fn: () => Promise<unknown>) => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

/**
 * Merging 500 accounts from the sync area into a browser that has none (a restore), against
 * reading the same 500 accounts from the vault; and a rename to the sync area's write, against
 * the rename alone. Also how many of these accounts the area holds.
 */
export async function measureSync(accounts: OtpAccount[]) {
  let n = 0;
  const service = new SimulatedSyncService();
  const area = service.area(() => Date.now());
  const db = await openVaultDb(`bench-sync-${n++}`);
  const raw = await createVault(db, 'bench passphrase here', PBKDF2);
  const key = await importAesKey(raw);
  const ids = await addAccounts(
    db,
    key,
    accounts.map((account) => ({ account, bindings: site })),
  );
  const first = await syncRound(db, raw, key, area);

  const readMs = await fastest(5, () => readAccounts(db, key));
  const mergeMs = await fastest(5, async () => {
    const fresh = await openVaultDb(`bench-sync-${n++}`);
    await fresh.put('meta', (await readWrapping(db))!, 'vault');
    await syncRound(fresh, raw, key, { get: () => area.get(), set: async () => undefined });
  });

  let i = 0;
  const renameMs = await fastest(5, () => updateAccount(db, key, ids[0]!, { account: `renamed ${i++}` }));
  const changeToWriteMs = await fastest(5, async () => {
    await updateAccount(db, key, ids[1]!, { account: `renamed ${i++}` });
    await syncRound(db, raw, key, { get: () => area.get(), set: (v) => area.set(v) });
  });
  // How many such accounts the area holds: three times as many offered, the rest named left out.
  const more = accounts
    .flatMap((a) => [a, a])
    .map((a, j) => ({ account: { ...a, account: `${j} ${a.account}` }, bindings: site }));
  await addAccounts(db, key, more);
  const full = await syncRound(db, raw, key, { get: () => area.get(), set: async () => undefined });
  return {
    accounts: accounts.length,
    fits: accounts.length + more.length - full.leftOut.length,
    leftOut: first.leftOut.length,
    bytes: first.bytes,
    mergeMs,
    readMs,
    changeToWriteMs,
    renameMs,
  };
}
