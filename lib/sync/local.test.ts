import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '@/lib/otp';
import { addAccounts, readAccounts, readUsableAccounts, updateAccount } from '@/lib/vault/accounts';
import { deleteAccount } from '@/lib/vault/removal';
import { importAesKey } from '@/lib/vault/aead';
import { provideWrappingElsewhere } from '@/lib/vault/changes';
import { openVaultDb, type VaultDb } from '@/lib/vault/db';
import type { KdfParams } from '@/lib/vault/kdf';
import { changePassphrase, createVault, readWrapping, unlockVault } from '@/lib/vault/keyring';
import { moveToKey } from '@/lib/vault/rekey';
import { readFirstLook } from '@/lib/vault/summary';
import { keyIdOf, keyItemOf, readKeyItem } from './key';
import { applyMerged, readLocalState } from './local';
import { mergeStates } from './merge';
import { planSync } from './plan';
import { isLive } from './record';

const PBKDF2: KdfParams = { name: 'pbkdf2-sha256', iterations: 600_000 };
const site = [{ kind: 'origin' as const, origin: 'https://app.intakeq.com' }];
const acct = (name: string) =>
  parseOtpauthUri(
    `otpauth://totp/PracticeQ:${name}?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=PracticeQ`,
  );
let n = 0;
const freshDb = (): Promise<VaultDb> => openVaultDb(`sync-vault-${n++}`);

async function browserWith(names: string[], passphrase = 'correct horse battery') {
  const db = await freshDb();
  const raw = await createVault(db, passphrase, PBKDF2);
  const key = await importAesKey(raw);
  await addAccounts(
    db,
    key,
    names.map((name) => ({ account: acct(name), bindings: site })),
  );
  return { db, raw, key };
}

/** The same vault on a second browser: its wrapping and key, and nothing else yet. */
async function sameVaultElsewhere(a: { raw: Uint8Array<ArrayBuffer>; key: CryptoKey; db: VaultDb }) {
  const db = await freshDb();
  await db.put('meta', (await readWrapping(a.db))!, 'vault');
  return { db, raw: a.raw, key: a.key };
}

/** One browser's round against a sync area held in a plain object. */
async function round(
  b: { db: VaultDb; raw: Uint8Array<ArrayBuffer>; key: CryptoKey },
  area: Record<string, unknown>,
) {
  const meta = (await readWrapping(b.db))!;
  const local = await readLocalState(b.db, b.key);
  const plan = await planSync(local, area, {
    key: b.key,
    keyItem: keyItemOf(meta, await keyIdOf(b.raw)),
    at: '00000000a-0000-x',
    now: Date.now(),
  });
  const outcome = await applyMerged(b.db, b.key, local, plan.merged);
  Object.assign(area, plan.write);
  for (const name of plan.remove) delete area[name];
  return { plan, outcome };
}

describe('the vault as sync sees it', () => {
  it('renames, sites and deletions carry versions; another browser of the same vault takes them', async () => {
    const a = await browserWith(['front desk', 'billing']);
    const area: Record<string, unknown> = {};
    await round(a, area);
    const b = await sameVaultElsewhere(a);
    const first = await round(b, area);
    expect(first.outcome.added).toHaveLength(2);
    expect((await readUsableAccounts(b.db, b.key)).map((x) => x.account.account).sort()).toEqual([
      'billing',
      'front desk',
    ]);

    const [frontDesk, billing] = await readUsableAccounts(a.db, a.key);
    await updateAccount(a.db, a.key, frontDesk!.id, { account: 'reception' });
    await deleteAccount(a.db, billing!.id);
    await round(a, area);
    const second = await round(b, area);
    expect(second.outcome.removed).toEqual([billing!.id]);
    const names = (await readUsableAccounts(b.db, b.key)).map((x) => x.account.account);
    expect(names).toEqual(['reception']);
    // Removed there, but kept for undo here (deleted, not erased).
    expect((await b.db.get('accounts', billing!.id))?.deletedAt).toBeDefined();
  });

  it('accounts a round brings are in the popup’s first look at once (the look keeps no old outline)', async () => {
    const a = await browserWith(['front desk', 'billing']);
    const area: Record<string, unknown> = {};
    await round(a, area);
    const b = await sameVaultElsewhere(a);
    expect((await readFirstLook(b.db, b.key, site[0]!.origin, 1)).entries).toEqual([]);
    await round(b, area);
    const look = await readFirstLook(b.db, b.key, site[0]!.origin, 1);
    expect(look.entries.map((e) => ('account' in e ? e.account.account : ''))).toEqual([
      'front desk',
      'billing',
    ]);
  });

  it('a rename made here while a round ran is not overwritten by what the round read before it', async () => {
    const a = await browserWith(['front desk']);
    const local = await readLocalState(a.db, a.key);
    const [read] = local.values();
    const theirs = { ...read!, fields: { ...read!.fields, bindings: { v: [], at: '0zzzzzzzz-0000-b' } } };
    const merged = mergeStates(local, new Map([[theirs.id, theirs]]));
    await updateAccount(a.db, a.key, read!.id, { account: 'renamed meanwhile' });
    await applyMerged(a.db, a.key, local, merged);
    expect((await readUsableAccounts(a.db, a.key))[0]!.account.account).toBe('renamed meanwhile');
  });

  it('an account from another browser whose contents this version cannot use is left out, not written', async () => {
    const a = await browserWith(['front desk']);
    const local = await readLocalState(a.db, a.key);
    const [only] = local.values();
    const broken = {
      ...only!,
      id: 'from-elsewhere',
      fields: { ...only!.fields, otp: { v: { secret: '!!' }, at: only!.fields.otp!.at } },
    };
    const outcome = await applyMerged(a.db, a.key, local, mergeStates(local, new Map([[broken.id, broken]])));
    expect(outcome.unusable).toEqual(['from-elsewhere']);
    expect(await a.db.get('accounts', 'from-elsewhere')).toBeUndefined();
  });

  it('two vaults joined: this one moves under the other’s key and passphrase, and keeps its accounts', async () => {
    const mine = await browserWith(['mine'], 'my own passphrase');
    const theirs = await browserWith(['theirs'], 'their passphrase');
    const theirMeta = (await readWrapping(theirs.db))!;
    await moveToKey(mine.db, mine.key, theirs.raw, theirMeta);
    const opened = await importAesKey(await unlockVault(mine.db, 'their passphrase', PBKDF2));
    expect(
      (await readAccounts(mine.db, opened)).map((x) => ('account' in x ? x.account.account : null)),
    ).toEqual(['mine']);
    await expect(unlockVault(mine.db, 'my own passphrase', PBKDF2)).rejects.toThrow(/not right/);
  });

  it('a passphrase changed on another browser opens this one once it is typed, and the old one still works until then', async () => {
    const a = await browserWith(['front desk'], 'old passphrase here');
    const db = await freshDb();
    await db.put('meta', (await readWrapping(a.db))!, 'vault');
    await db.put('accounts', (await a.db.getAll('accounts'))[0]!);
    await changePassphrase(a.db, 'old passphrase here', 'new passphrase here', PBKDF2);
    const synced = readKeyItem(JSON.parse(JSON.stringify(keyItemOf((await readWrapping(a.db))!, 'id'))))!;
    provideWrappingElsewhere(async () => synced.meta);
    await expect(unlockVault(db, 'old passphrase here', PBKDF2)).resolves.toHaveLength(32);
    await expect(unlockVault(db, 'new passphrase here', PBKDF2)).resolves.toHaveLength(32);
    // Taken: from now on the new one is this browser's passphrase.
    provideWrappingElsewhere(async () => null);
    await expect(unlockVault(db, 'new passphrase here', PBKDF2)).resolves.toHaveLength(32);
    await expect(unlockVault(db, 'old passphrase here', PBKDF2)).rejects.toThrow(/not right/);
  });

  it('a wrapping in sync of another vault is never taken at unlock, whatever passphrase opens it', async () => {
    const mine = await browserWith(['mine'], 'my own passphrase');
    const other = await browserWith(['x'], 'their passphrase');
    await changePassphrase(other.db, 'their passphrase', 'their new passphrase', PBKDF2);
    provideWrappingElsewhere(async () => (await readWrapping(other.db))!);
    await expect(unlockVault(mine.db, 'their new passphrase', PBKDF2)).rejects.toThrow(/not right/);
    provideWrappingElsewhere(async () => null);
    expect(isLive((await readLocalState(mine.db, mine.key)).values().next().value!)).toBe(true);
  });
});
