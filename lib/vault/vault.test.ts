import { describe, expect, it } from 'vitest';
import { generateCode, parseOtpauthUri } from '@/lib/otp';
import { openVaultDb, type VaultDb } from './db';
import { changePassphrase, createVault, unlockVault } from './keyring';
import { addAccounts, readAccounts, reorderAccounts, updateAccount } from './accounts';
import { deleteAccount, purgeDeleted, undoDelete, UNDO_WINDOW_MS } from './removal';
import { takeHotpCode } from './hotp';
import { importAesKey } from './aead';
import { accountsBoundTo, allBindings } from './open';
import type { KdfParams } from './kdf';

const PBKDF2: KdfParams = { name: 'pbkdf2-sha256', iterations: 600_000 };
const site = [{ kind: 'origin' as const, origin: 'https://app.intakeq.com' }];
const acct = (name: string) =>
  parseOtpauthUri(
    `otpauth://totp/PracticeQ:${name}?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=PracticeQ`,
  );
let n = 0;
const freshDb = (): Promise<VaultDb> => openVaultDb(`test-vault-${n++}`);

async function unlocked(db: VaultDb, passphrase = 'correct horse battery', kdf = PBKDF2) {
  return importAesKey(await createVault(db, passphrase, kdf));
}

describe('passphrase and data key', () => {
  it('creates with Argon2id by default, refuses a wrong passphrase, opens with the right one', async () => {
    const db = await freshDb();
    const raw = await createVault(db, 'correct horse battery');
    expect((await db.get('meta', 'vault'))!.kdf).toMatchObject({
      name: 'argon2id',
      memoryKiB: 65536,
      iterations: 3,
    });
    await expect(unlockVault(db, 'wrong horse battery')).rejects.toThrow('passphrase is not right');
    expect(await unlockVault(db, 'correct horse battery')).toEqual(raw);
  });

  it('refuses a short passphrase and a second vault', async () => {
    const db = await freshDb();
    await expect(createVault(db, 'short', PBKDF2)).rejects.toThrow('at least 8 characters');
    await createVault(db, 'long enough passphrase', PBKDF2);
    await expect(createVault(db, 'long enough passphrase', PBKDF2)).rejects.toThrow('already exists');
  });

  it('a tampered wrapped key reads as a wrong passphrase', async () => {
    const db = await freshDb();
    await createVault(db, 'correct horse battery', PBKDF2);
    const meta = (await db.get('meta', 'vault'))!;
    meta.wrappedKey.data[3]! ^= 1;
    await db.put('meta', meta, 'vault');
    await expect(unlockVault(db, 'correct horse battery', PBKDF2)).rejects.toThrow('passphrase is not right');
  });

  it('refuses KDF parameters below the floor (a downgrade on disk)', async () => {
    const db = await freshDb();
    await createVault(db, 'correct horse battery', PBKDF2);
    const meta = (await db.get('meta', 'vault'))!;
    await db.put('meta', { ...meta, kdf: { name: 'pbkdf2-sha256', iterations: 1000 } }, 'vault');
    await expect(unlockVault(db, 'correct horse battery', PBKDF2)).rejects.toThrow('weaker than allowed');
    await expect(
      createVault(await freshDb(), 'correct horse battery', {
        name: 'argon2id',
        memoryKiB: 1024,
        iterations: 1,
        parallelism: 1,
      }),
    ).rejects.toThrow('weaker than allowed');
  });

  it('raises old parameters on unlock and keeps the same data key', async () => {
    const db = await freshDb();
    const raw = await createVault(db, 'correct horse battery', PBKDF2);
    const stronger: KdfParams = { name: 'pbkdf2-sha256', iterations: 700_000 };
    expect(await unlockVault(db, 'correct horse battery', stronger)).toEqual(raw);
    expect((await db.get('meta', 'vault'))!.kdf).toEqual(stronger);
    expect(await unlockVault(db, 'correct horse battery', stronger)).toEqual(raw);
  });

  it('PBKDF2 → Argon2id on unlock: every account still readable afterwards, the same key', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    await addAccounts(db, key, [
      { account: acct('a'), bindings: site },
      { account: acct('b'), bindings: [] },
    ]);
    const raw = await unlockVault(db, 'correct horse battery'); // default target: Argon2id
    expect((await db.get('meta', 'vault'))!.kdf).toMatchObject({ name: 'argon2id', memoryKiB: 65536 });
    const accounts = await readAccounts(db, await importAesKey(raw));
    expect(accounts.map((a) => ('account' in a ? a.account.account : 'unreadable'))).toEqual(['a', 'b']);
  });

  it('an upgrade that fails in the middle leaves the unlock successful and the old wrapping intact', async () => {
    const db = await freshDb();
    const raw = await createVault(db, 'correct horse battery', PBKDF2);
    const before = await db.get('meta', 'vault');
    // A target the KDF refuses to run (above the ceiling) fails after the passphrase was checked.
    const impossible: KdfParams = { name: 'pbkdf2-sha256', iterations: 1e9 };
    expect(await unlockVault(db, 'correct horse battery', impossible)).toEqual(raw);
    expect(await db.get('meta', 'vault')).toEqual(before);
    expect(await unlockVault(db, 'correct horse battery', PBKDF2)).toEqual(raw);
  });

  it('a passphrase change and an upgrade on unlock at the same moment: the change is never undone (race)', async () => {
    for (let round = 0; round < 3; round++) {
      const db = await freshDb();
      await createVault(db, 'correct horse battery', PBKDF2);
      const stronger: KdfParams = { name: 'pbkdf2-sha256', iterations: 650_000 };
      await Promise.allSettled([
        unlockVault(db, 'correct horse battery', stronger),
        changePassphrase(db, 'correct horse battery', 'new passphrase here', PBKDF2),
      ]);
      await expect(unlockVault(db, 'new passphrase here', PBKDF2)).resolves.toBeInstanceOf(Uint8Array);
      await expect(unlockVault(db, 'correct horse battery', PBKDF2)).rejects.toThrow('not right');
    }
  });

  it('changing the passphrase re-wraps only the key; a wrong current passphrase changes nothing', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    const [id] = await addAccounts(db, key, [{ account: acct('a'), bindings: site }]);
    const before = await db.get('accounts', id!);
    const metaBefore = await db.get('meta', 'vault');
    await expect(changePassphrase(db, 'not it at all', 'new passphrase here', PBKDF2)).rejects.toThrow(
      'not right',
    );
    expect(await db.get('meta', 'vault')).toEqual(metaBefore);
    await changePassphrase(db, 'correct horse battery', 'new passphrase here', PBKDF2);
    await expect(unlockVault(db, 'correct horse battery', PBKDF2)).rejects.toThrow('not right');
    const key2 = await importAesKey(await unlockVault(db, 'new passphrase here', PBKDF2));
    expect(await db.get('accounts', id!)).toEqual(before);
    expect(await readAccounts(db, key2)).toMatchObject([{ account: { account: 'a' } }]);
  });
});

describe('account records', () => {
  it('stores nothing readable: no secret, issuer or name in the record', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    await addAccounts(db, key, [{ account: acct('alice@practice.test'), bindings: site }]);
    const dump = JSON.stringify(await db.getAll('accounts'), (_k, v) =>
      v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v,
    );
    expect(dump).not.toContain('JBSWY3DP');
    expect(dump).not.toContain('alice');
    expect(dump).not.toContain('PracticeQ');
  });

  it('a counter-based code is given once: the counter is saved moved on before the code leaves, one at a time', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    const hotp = parseOtpauthUri('otpauth://hotp/Bank:me?secret=JBSWY3DPEHPK3PXP&counter=7&issuer=Bank');
    const [id] = await addAccounts(db, key, [{ account: hotp, bindings: site }]);
    const codes = await Promise.all([takeHotpCode(db, key, id!), takeHotpCode(db, key, id!)]);
    const expected = [7, 8].map((counter) => generateCode({ ...hotp, counter }, 0));
    expect(codes).toEqual(expected);
    const [stored] = await readAccounts(db, key);
    expect(stored).toMatchObject({ account: { counter: 9 } });
    const totp = await addAccounts(db, key, [{ account: acct('t'), bindings: site }]);
    await expect(takeHotpCode(db, key, totp[0]!)).rejects.toThrow('does not use a counter');
  });

  it('a site list damaged on disk (not a list) counts for no site, and the others still do', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    const [damaged] = await addAccounts(db, key, [
      { account: acct('a'), bindings: site },
      { account: acct('b'), bindings: site },
    ]);
    const record = (await db.get('accounts', damaged!))!;
    (record as unknown as { bindings: unknown }).bindings = { 0: site[0] };
    await db.put('accounts', record);
    expect(await accountsBoundTo('https://app.intakeq.com', db)).toBe(1);
    expect(await allBindings(db)).toEqual(site);
    const list = await readAccounts(db, key);
    expect(list.find((a) => a.id === damaged)).toMatchObject({ unreadable: true });
  });

  it('a tampered IV, ciphertext, tag or binding makes only that record unreadable', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    const ids = await addAccounts(
      db,
      key,
      ['a', 'b', 'c', 'd', 'e'].map((x) => ({ account: acct(x), bindings: site })),
    );
    const edit = async (
      id: string,
      change: (r: NonNullable<Awaited<ReturnType<typeof db.get<'accounts'>>>>) => void,
    ) => {
      const r = (await db.get('accounts', id))!;
      change(r);
      await db.put('accounts', r);
    };
    await edit(ids[0]!, (r) => {
      r.sealed.iv[0]! ^= 1;
    });
    await edit(ids[1]!, (r) => {
      r.sealed.data[0]! ^= 1;
    });
    await edit(ids[2]!, (r) => {
      r.sealed.data[r.sealed.data.length - 1]! ^= 1;
    }); // the GCM tag
    await edit(ids[3]!, (r) => {
      r.bindings = [{ kind: 'origin', origin: 'https://evil.test' }];
    });
    const list = await readAccounts(db, key);
    expect(list.filter((a) => 'unreadable' in a).map((a) => a.id)).toEqual(ids.slice(0, 4));
    expect(list.find((a) => a.id === ids[4])).toMatchObject({ account: { account: 'e' } });
  });

  it('two records swapped on disk do not decrypt', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    const [a, b] = await addAccounts(db, key, [
      { account: acct('a'), bindings: site },
      { account: acct('b'), bindings: site },
    ]);
    const ra = (await db.get('accounts', a!))!;
    const rb = (await db.get('accounts', b!))!;
    await db.put('accounts', { ...ra, sealed: rb.sealed });
    expect((await readAccounts(db, key)).find((x) => x.id === a)).toEqual({ id: a, unreadable: true });
  });

  it('renames, rebinds, reorders; deletes with undo, then purges after the undo window', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    const [a, b, c] = await addAccounts(
      db,
      key,
      ['a', 'b', 'c'].map((x) => ({ account: acct(x), bindings: site })),
    );
    await updateAccount(db, key, b!, {
      account: 'Bee',
      bindings: [{ kind: 'domain', domain: 'intakeq.com' }],
    });
    await reorderAccounts(db, [c!, b!, a!]);
    expect((await readAccounts(db, key)).map((x) => ('account' in x ? x.account.account : '?'))).toEqual([
      'c',
      'Bee',
      'a',
    ]);
    await deleteAccount(db, c!, 1000);
    expect(await readAccounts(db, key)).toHaveLength(2);
    await undoDelete(db, c!);
    expect(await readAccounts(db, key)).toHaveLength(3);
    await deleteAccount(db, c!, 1000);
    await purgeDeleted(db, 1000 + UNDO_WINDOW_MS + 1);
    await expect(undoDelete(db, c!)).rejects.toThrow('removed for good');
  });

  it('concurrent adds from two popups lose nothing', async () => {
    const db = await freshDb();
    const key = await unlocked(db);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        addAccounts(db, key, [{ account: acct(`p${i}`), bindings: site }]),
      ),
    );
    const list = await readAccounts(db, key);
    expect(list).toHaveLength(10);
    expect(new Set(list.map((x) => ('order' in x ? x.order : -1))).size).toBe(10);
  });
});
