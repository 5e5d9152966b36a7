import { describe, expect, it } from 'vitest';
import { generateCode, msUntilNextCode } from './code';
import { secretFromBytes } from './secret';
import type { OtpAccount } from './types';

const ascii = (s: string) => secretFromBytes(new TextEncoder().encode(s));
const base: OtpAccount = {
  kind: 'totp',
  issuer: 'RFC',
  account: 'test',
  secret: '',
  algorithm: 'SHA1',
  digits: 8,
  period: 30,
  counter: 0,
};

describe('RFC 6238 appendix B (TOTP, 8 digits)', () => {
  const secrets = {
    SHA1: ascii('12345678901234567890'),
    SHA256: ascii('12345678901234567890123456789012'),
    SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
  } as const;
  const table: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  for (const [time, sha1, sha256, sha512] of table) {
    it(`T=${time}`, () => {
      expect(generateCode({ ...base, secret: secrets.SHA1, algorithm: 'SHA1' }, time * 1000)).toBe(sha1);
      expect(generateCode({ ...base, secret: secrets.SHA256, algorithm: 'SHA256' }, time * 1000)).toBe(
        sha256,
      );
      expect(generateCode({ ...base, secret: secrets.SHA512, algorithm: 'SHA512' }, time * 1000)).toBe(
        sha512,
      );
    });
  }
});

describe('RFC 4226 appendix D (HOTP)', () => {
  const expected = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];
  it('counts 0 to 9', () => {
    const secret = ascii('12345678901234567890');
    expected.forEach((code, counter) => {
      expect(generateCode({ ...base, kind: 'hotp', digits: 6, secret, counter }, 0)).toBe(code);
    });
  });
});

describe('time left on a code', () => {
  it('counts down to the next 30-second step', () => {
    expect(msUntilNextCode(30, 59_000)).toBe(1_000);
    expect(msUntilNextCode(30, 60_000)).toBe(30_000);
    expect(msUntilNextCode(60, 61_500)).toBe(58_500);
  });
});
