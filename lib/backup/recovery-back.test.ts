import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '@/lib/otp';
import type { VaultAccount } from '@/lib/vault';
import { recoveryBroughtBack } from './recovery-back';

const account = (secret: string) =>
  parseOtpauthUri(`otpauth://totp/PracticeQ:front?secret=${secret}&issuer=PracticeQ`);
const A = 'JBSWY3DPEHPK3PXP';
const B = 'KRSXG5CTMVRXEZLU';
const list = (used: (number | undefined)[]) =>
  used.map((usedAt, i) =>
    usedAt === undefined ? { code: `code-000${i}` } : { code: `code-000${i}`, usedAt },
  );
const here = (id: string, secret: string, recovery?: VaultAccount['recovery']): VaultAccount => ({
  id,
  account: account(secret),
  bindings: [],
  order: 0,
  ...(recovery && { recovery }),
});

describe('a restore over accounts already here', () => {
  it('brings the backup’s recovery codes to an account that has none', () => {
    const codes = list([undefined, 5, undefined, undefined, undefined]);
    expect(
      recoveryBroughtBack([{ account: account(A), bindings: [], recovery: codes }], [here('a', A)]),
    ).toEqual([{ id: 'a', recovery: codes }]);
  });

  it('joins the uses of the same list (a code used before the backup stays used), and keeps a different list here', () => {
    const mine = list([undefined, undefined, 9, undefined, undefined]);
    const theirs = list([4, undefined, undefined, undefined, undefined]);
    const other = [
      { code: 'zzzz-1111' },
      { code: 'zzzz-2222' },
      { code: 'zzzz-3333' },
      { code: 'zzzz-4444' },
      { code: 'zzzz-5555' },
    ];
    const back = recoveryBroughtBack(
      [
        { account: account(A), bindings: [], recovery: theirs },
        { account: account(B), bindings: [], recovery: other },
      ],
      [here('a', A, mine), here('b', B, list([undefined, undefined, undefined, undefined, undefined]))],
    );
    expect(back).toEqual([{ id: 'a', recovery: list([4, undefined, 9, undefined, undefined]) }]);
  });

  it('changes nothing when the backup knows no more than the vault', () => {
    const mine = list([1, undefined, undefined, undefined, undefined]);
    expect(
      recoveryBroughtBack([{ account: account(A), bindings: [], recovery: mine }], [here('a', A, mine)]),
    ).toEqual([]);
    expect(recoveryBroughtBack([{ account: account(A), bindings: [] }], [here('a', A)])).toEqual([]);
  });
});
