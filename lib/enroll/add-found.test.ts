import { beforeEach, describe, expect, it } from 'vitest';
import { parseOtpauthUri, toOtpauthUri } from '@/lib/otp';
import { addAccounts, createVault, keepUnlocked, readAccounts, vaultDb } from '@/lib/vault';
import { importAesKey } from '@/lib/vault/aead';
import { addFound, undoReplace } from './add-found';
import { rememberScan } from './pending';

const OLD = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const NEW = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';
const OTHER = 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK';
const uri = (secret: string) =>
  `otpauth://totp/PracticeQ:front%40smithlaw.test?secret=${secret}&issuer=PracticeQ`;
const PRACTICE_A = 'https://intakeq.com';
const PRACTICE_B = 'https://app.practiceq.com';
let key: CryptoKey;

beforeEach(async () => {
  const db = await vaultDb();
  await db.clear('meta');
  await db.clear('accounts');
  const raw = await createVault(db, 'correct horse battery', { name: 'pbkdf2-sha256', iterations: 600_000 });
  await keepUnlocked(raw);
  key = await importAesKey(raw);
});

async function saved() {
  const all = await readAccounts(await vaultDb(), key);
  return all.flatMap((a) =>
    'account' in a ? [{ id: a.id, secret: a.account.secret, sites: a.bindings }] : [],
  );
}

describe('replacing an account from a new scan (re-enrollment)', () => {
  it('replaces exactly the one picked: the same e-mail at another practice is untouched; sites are kept', async () => {
    const db = await vaultDb();
    const [atA, atB] = await addAccounts(db, key, [
      {
        account: parseOtpauthUri(uri(OLD)),
        bindings: [
          { kind: 'origin', origin: PRACTICE_A },
          { kind: 'domain', domain: 'clio.com' },
        ],
      },
      { account: parseOtpauthUri(uri(OTHER)), bindings: [{ kind: 'origin', origin: PRACTICE_B }] },
    ]);
    await rememberScan(3, PRACTICE_A, [uri(NEW)], {
      origin: PRACTICE_A,
      imitates: null,
      findings: [],
      scrolled: false,
    });
    const result = await addFound(3, 0, { replaceId: atA });
    expect(result).toMatchObject({ added: 1, replacedId: atA });
    const now = await saved();
    expect(now.map((a) => a.secret).sort()).toEqual([NEW, OTHER].sort());
    expect(now.find((a) => a.secret === NEW)!.sites).toEqual([
      { kind: 'origin', origin: PRACTICE_A },
      { kind: 'domain', domain: 'clio.com' },
    ]);
    expect(now.find((a) => a.id === atB)!.secret).toBe(OTHER);

    await undoReplace(result.id!, atA!);
    expect((await saved()).map((a) => a.secret).sort()).toEqual([OLD, OTHER].sort());
  });

  it('without a pick nothing is removed; a pick that is not the same name is refused', async () => {
    const db = await vaultDb();
    const [other] = await addAccounts(db, key, [
      { account: { ...parseOtpauthUri(uri(OTHER)), account: 'someone else' }, bindings: [] },
    ]);
    await rememberScan(4, PRACTICE_A, [uri(NEW)], {
      origin: PRACTICE_A,
      imitates: null,
      findings: [],
      scrolled: false,
    });
    await expect(addFound(4, 0, { replaceId: other! })).rejects.toThrow('no longer there to replace');
    await addFound(4, 0);
    expect((await saved()).length).toBe(2);
  });

  it('a setup code scanned on a look-alike of a portal is not saved unless the person insists', async () => {
    const lookAlike = 'https://app.intakeq.com.secure-login.test';
    await rememberScan(5, lookAlike, [toOtpauthUri(parseOtpauthUri(uri(NEW)))], {
      origin: lookAlike,
      imitates: 'PracticeQ (IntakeQ)',
      findings: [],
      scrolled: false,
    });
    await expect(addFound(5, 0)).rejects.toThrow(/is not PracticeQ \(IntakeQ\).*Nothing was saved/);
    expect(await saved()).toEqual([]);
    await addFound(5, 0, { anyway: true });
    expect((await saved()).length).toBe(1);
  });
});
