import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOtpauthUri, toOtpauthUri } from './uri';
import { OtpUriError, type OtpAccount } from './types';

describe('otpauth:// URIs from providers', () => {
  it("Google's Key Uri Format example", () => {
    expect(
      parseOtpauthUri('otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example'),
    ).toEqual({
      kind: 'totp',
      issuer: 'Example',
      account: 'alice@google.com',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
    });
  });

  it('percent-encoded label with a space after the colon, issuer only in the parameter, lower-case padded secret', () => {
    const a = parseOtpauthUri(
      'otpauth://totp/ACME%20Co:%20john.doe%40email.com?secret=hxdmvjecjjwsrb3hwizr4ifugftmxboz===&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60',
    );
    expect(a).toMatchObject({
      issuer: 'ACME Co',
      account: 'john.doe@email.com',
      secret: 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ',
      algorithm: 'SHA256',
      digits: 8,
      period: 60,
    });
  });

  it('UTF-8 names and + as space in the query', () => {
    const a = parseOtpauthUri(
      'otpauth://totp/Cl%C3%ADnica%20Sol:mar%C3%ADa?secret=JBSWY3DPEHPK3PXP&issuer=Cl%C3%ADnica+Sol',
    );
    expect(a).toMatchObject({ issuer: 'Clínica Sol', account: 'maría' });
  });

  it('HOTP with its counter; a label without an issuer', () => {
    expect(parseOtpauthUri('otpauth://hotp/bob?secret=JBSWY3DPEHPK3PXP&counter=42')).toMatchObject({
      kind: 'hotp',
      issuer: '',
      account: 'bob',
      counter: 42,
    });
  });

  it('secret with spaces as some sites show it', () => {
    expect(parseOtpauthUri('otpauth://totp/x?secret=JBSW%20Y3DP%20EHPK%203PXP').secret).toBe(
      'JBSWY3DPEHPK3PXP',
    );
  });
});

describe('bad setup codes say what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['https://example.com/?secret=JBSWY3DPEHPK3PXP', /not a two-factor setup code/],
    ['otpauth://totp/x?issuer=A', /no secret key/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PX1', /not allowed/],
    ['otpauth://totp/x?secret=JBSWY3DP', /too short/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXPA', /cut off/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5', /MD5.*not supported/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=4', /between 6 and 8/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=six', /not a number/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0', /period/],
    ['otpauth://totp/A:x?secret=JBSWY3DPEHPK3PXP&issuer=B', /two different services/],
    ['otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP', /counter/],
    ['otpauth://steam/x?secret=JBSWY3DPEHPK3PXP', /not supported/],
    ['otpauth://totp/%E0%A4%A?secret=JBSWY3DPEHPK3PXP', /not valid text/],
    [`otpauth://totp/${'a'.repeat(300)}?secret=JBSWY3DPEHPK3PXP`, /too long/],
  ];
  for (const [uri, message] of cases) {
    it(uri.slice(0, 60), () => {
      expect(() => parseOtpauthUri(uri)).toThrow(OtpUriError);
      expect(() => parseOtpauthUri(uri)).toThrow(message);
    });
  }
});

const base32Secret = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), { minLength: 16, maxLength: 64 })
  .filter((chars) => ![1, 3, 6].includes(chars.length % 8))
  .map((chars) => chars.join(''));
// eslint-disable-next-line no-control-regex -- names without control characters
const name = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f\u007f:]/g, '').trim());

const account: fc.Arbitrary<OtpAccount> = fc
  .record({
    kind: fc.constantFrom('totp' as const, 'hotp' as const),
    issuer: name,
    account: name,
    secret: base32Secret,
    algorithm: fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 5, max: 300 }),
    counter: fc.integer({ min: 0, max: 2 ** 40 }),
  })
  .map((a) => ({
    ...a,
    period: a.kind === 'totp' ? a.period : 30,
    counter: a.kind === 'hotp' ? a.counter : 0,
  }));

describe('properties', () => {
  it('parse(serialize(account)) is the account', () => {
    fc.assert(
      fc.property(account, (a) => {
        expect(parseOtpauthUri(toOtpauthUri(a))).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on arbitrary text: an account or an OtpUriError', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string().map((s) => `otpauth://totp/${s}`),
      fc.string().map((s) => `otpauth://totp/x?secret=${s}&digits=${s}`),
    );
    fc.assert(
      fc.property(input, (text) => {
        try {
          parseOtpauthUri(text);
        } catch (error) {
          expect(error).toBeInstanceOf(OtpUriError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
