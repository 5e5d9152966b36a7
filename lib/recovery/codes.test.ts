import { describe, expect, it } from 'vitest';
import {
  asRecoveryCode,
  leftOf,
  markUsed,
  newList,
  nextUnused,
  readRecoveryList,
  readStoredList,
} from './codes';

describe('reading a pasted list of recovery codes', () => {
  it('takes the shapes portals give, one per line, with list marks and joins as written', () => {
    expect(readRecoveryList('1. a1b2c-3d4e5\n2. f6a7b-8c9d0\n')).toEqual(['a1b2c-3d4e5', 'f6a7b-8c9d0']);
    expect(readRecoveryList('• 1234 5678\n• 8765 4321')).toEqual(['1234 5678', '8765 4321']);
    expect(readRecoveryList('Xk3pQ9mZ2w\tR7tY1uI4oP\n')).toEqual(['Xk3pQ9mZ2w', 'R7tY1uI4oP']);
    expect(readRecoveryList('12345678, 23456789; 34567890')).toEqual(['12345678', '23456789', '34567890']);
  });

  it('keeps one of each code, in order', () => {
    expect(readRecoveryList('11112222\n33334444\n11112222')).toEqual(['11112222', '33334444']);
  });

  it('refuses what is not a list of codes, as a whole, naming what is wrong', () => {
    expect(() => readRecoveryList('Save these codes\n11112222')).toThrow(
      /"Save these codes" does not look like a recovery code/,
    );
    expect(() => readRecoveryList('otpauth://totp/X?secret=JBSWY3DPEHPK3PXP')).toThrow(/does not look like/);
    expect(() => readRecoveryList('   \n ')).toThrow(/no codes/);
    expect(() => readRecoveryList('12')).toThrow(/does not look like/);
    const many = Array.from({ length: 31 }, (_, i) => `code${1000 + i}x`).join('\n');
    expect(() => readRecoveryList(many)).toThrow(/more than 30/);
  });

  it('takes a code of letters only in a list whose other codes of its shape have digits', () => {
    // As Laravel draws them (ten letters or digits, a dash, ten more): this one has no digit.
    const list = ['Xk3pQ9mZ2w-R7tY1uI4oP', 'QwErTyUiOp-AsDfGhJkLz', 'm8N2b4V6c1-x9Z7l5K3j0'];
    expect(readRecoveryList(list.join('\n'))).toEqual(list);
    expect(() => readRecoveryList('QwErTyUiOp-AsDfGhJkLz\nAsDfGhJkLz-QwErTyUiOp')).toThrow(
      /does not look like/,
    );
    expect(() => readRecoveryList('Xk3pQ9mZ2w-R7tY1uI4oP\nBackupCodes')).toThrow(/"BackupCodes"/);
    expect(readStoredList([{ code: 'QwErTyUiOp-AsDfGhJkLz' }])).toEqual([{ code: 'QwErTyUiOp-AsDfGhJkLz' }]);
  });

  it('takes a code only when it has a digit and a code’s length', () => {
    expect(asRecoveryCode('abcdef')).toBeNull();
    expect(asRecoveryCode('abc12')).toBeNull();
    expect(asRecoveryCode(' abc-123 ')).toBe('abc-123');
    expect(asRecoveryCode('a'.repeat(40) + '1')).toBeNull();
  });
});

describe('using recovery codes', () => {
  it('gives the first unused code next, and counts what is left', () => {
    let list = newList(['aaaa-1111', 'bbbb-2222', 'cccc-3333']);
    expect(nextUnused(list)?.code).toBe('aaaa-1111');
    list = markUsed(list, 'aaaa-1111', 1000);
    expect(nextUnused(list)?.code).toBe('bbbb-2222');
    expect(leftOf(list)).toBe(2);
    expect(leftOf(undefined)).toBeNull();
  });

  it('marks a code used as the person would type it (no dash, any case), once', () => {
    const list = markUsed(newList(['ABCD-1234', 'EFGH-5678']), 'abcd1234', 5);
    expect(list[0]).toEqual({ code: 'ABCD-1234', usedAt: 5 });
    expect(markUsed(list, 'ABCD-1234', 9)[0]!.usedAt).toBe(5);
  });

  it('reads back only a well-formed stored list', () => {
    expect(readStoredList([{ code: 'abcd-1234', usedAt: 3 }, { code: 'efgh-5678' }])).toEqual([
      { code: 'abcd-1234', usedAt: 3 },
      { code: 'efgh-5678' },
    ]);
    expect(readStoredList([{ code: 'hello' }])).toBeUndefined();
    expect(readStoredList('abcd-1234')).toBeUndefined();
    expect(readStoredList([])).toBeUndefined();
  });
});
