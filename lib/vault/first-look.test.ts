import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '@/lib/otp';
import { openVaultDb } from './db';
import { createVault } from './keyring';
import { addAccounts, reorderAccounts } from './accounts';
import { deleteAccount } from './removal';
import { importAesKey } from './aead';
import { readFirstLook } from './summary';

const portal = 'https://app.intakeq.com';
const account = (name: string) =>
  parseOtpauthUri(`otpauth://totp/Portal:${name}?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Portal`);
let n = 0;

async function vaultOf(count: number, boundAt: number) {
  const db = await openVaultDb(`first-look-${n++}`);
  const key = await importAesKey(
    await createVault(db, 'correct horse battery', { name: 'pbkdf2-sha256', iterations: 600_000 }),
  );
  const ids = await addAccounts(
    db,
    key,
    Array.from({ length: count }, (_, i) => ({
      account: account(`staff${i}`),
      bindings: i === boundAt ? [{ kind: 'origin' as const, origin: portal }] : [],
    })),
  );
  return { db, key, ids };
}
const names = (entries: Awaited<ReturnType<typeof readFirstLook>>['entries']) =>
  entries.map((e) => ('account' in e ? e.account.account : 'unreadable'));

describe('the popup’s first look', () => {
  it('opens this site’s accounts and the first others in order, and says more are left', async () => {
    const { db, key } = await vaultOf(30, 25);
    const look = await readFirstLook(db, key, portal, 3);
    expect(names(look.entries)).toEqual(['staff0', 'staff1', 'staff2', 'staff25']);
    expect(look.more).toBe(true);
    const all = await readFirstLook(db, key, null, 40);
    expect(all.entries).toHaveLength(30);
    expect(all.more).toBe(false);
  });

  it('follows every change written since the last look: order, removal, an account added', async () => {
    const { db, key, ids } = await vaultOf(5, -1);
    expect(names((await readFirstLook(db, key, null, 2)).entries)).toEqual(['staff0', 'staff1']);
    await reorderAccounts(db, [ids[4]!, ids[3]!, ids[2]!, ids[1]!, ids[0]!]);
    expect(names((await readFirstLook(db, key, null, 2)).entries)).toEqual(['staff4', 'staff3']);
    await deleteAccount(db, ids[4]!);
    expect(names((await readFirstLook(db, key, null, 2)).entries)).toEqual(['staff3', 'staff2']);
    await addAccounts(db, key, [{ account: account('new'), bindings: [{ kind: 'origin', origin: portal }] }]);
    expect(names((await readFirstLook(db, key, portal, 1)).entries)).toEqual(['staff3', 'new']);
  });
});
