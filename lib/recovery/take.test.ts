import { describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from '@/lib/backup/file';
import { parseOtpauthUri } from '@/lib/otp';
import { addAccounts, readAccount, updateAccount } from '@/lib/vault/accounts';
import { importAesKey } from '@/lib/vault/aead';
import { openVaultDb } from '@/lib/vault/db';
import { createVault } from '@/lib/vault/keyring';
import { newList } from './codes';
import { takeRecoveryCode } from './take';

let n = 0;
async function vaultWithAccount() {
  const db = await openVaultDb(`test-recovery-${n++}`);
  const key = await importAesKey(
    await createVault(db, 'correct horse battery', { name: 'pbkdf2-sha256', iterations: 600_000 }),
  );
  const account = parseOtpauthUri('otpauth://totp/Clinic:anna?secret=JBSWY3DPEHPK3PXP&issuer=Clinic');
  const [id] = await addAccounts(db, key, [{ account, bindings: [] }]);
  return { db, key, id: id! };
}

describe('recovery codes in the vault', () => {
  it('are sealed with the account, given out once each in order, and kept through renames', async () => {
    const { db, key, id } = await vaultWithAccount();
    await updateAccount(db, key, id, { recovery: newList(['aaaa-1111', 'bbbb-2222']) });
    const record = await db.get('accounts', id);
    expect(JSON.stringify(record)).not.toContain('aaaa-1111');
    expect(await takeRecoveryCode(db, key, id)).toBe('aaaa-1111');
    await updateAccount(db, key, id, { issuer: 'Clinic Example' });
    const [second, third] = await Promise.allSettled([
      takeRecoveryCode(db, key, id),
      takeRecoveryCode(db, key, id),
    ]);
    expect(second).toEqual({ status: 'fulfilled', value: 'bbbb-2222' });
    expect(third.status === 'rejected' && String(third.reason)).toMatch(/Every recovery code/);
    const { recovery, account } = await readAccount(db, key, id);
    expect(account.issuer).toBe('Clinic Example');
    expect(recovery?.every((c) => c.usedAt !== undefined)).toBe(true);
  });

  it('say so when none were kept', async () => {
    const { db, key, id } = await vaultWithAccount();
    await expect(takeRecoveryCode(db, key, id)).rejects.toThrow(/No recovery codes are kept/);
  });

  it('travel in a backup and come back with their marks', async () => {
    const { db, key, id } = await vaultWithAccount();
    await updateAccount(db, key, id, { recovery: newList(['aaaa-1111', 'bbbb-2222']) });
    await takeRecoveryCode(db, key, id);
    const { account, bindings, recovery } = await readAccount(db, key, id);
    const file = await writeBackup([{ account, bindings, recovery }], 'backup passphrase', {
      name: 'pbkdf2-sha256',
      iterations: 600_000,
    });
    expect(file).not.toContain('bbbb-2222');
    const { entries } = await readBackup(file, 'backup passphrase');
    expect(entries[0]!.recovery).toEqual(recovery);
    expect(entries[0]!.recovery![0]!.usedAt).toBeTypeOf('number');
  });
});
