import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMigrationUri } from './migration';
import { OtpUriError } from './types';
import { exportUri } from '../../tests/fixtures/imports/google-export';

const key = (n: number) => Uint8Array.from({ length: 20 }, (_, i) => (i * 7 + n) % 256);

describe('Google Authenticator export', () => {
  it('reads every entry: TOTP and HOTP, all algorithms, 6 and 8 digits, UTF-8 names', () => {
    const accounts = parseMigrationUri(
      exportUri([
        {
          secret: Uint8Array.from([72, 101, 108, 108, 111, 33, 0xde, 0xad, 0xbe, 0xef]),
          name: 'Practice:alice@practice.test',
          issuer: 'Practice',
        },
        { secret: key(1), name: 'Clínica:maría', algorithm: 2, digits: 2 },
        { secret: key(2), name: 'bank', issuer: 'Bank', algorithm: 3, type: 1, counter: 9 },
      ]),
    );
    expect(accounts).toHaveLength(3);
    expect(accounts[0]).toMatchObject({
      kind: 'totp',
      issuer: 'Practice',
      account: 'alice@practice.test',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
    });
    expect(accounts[1]).toMatchObject({
      issuer: 'Clínica',
      account: 'maría',
      algorithm: 'SHA256',
      digits: 8,
    });
    expect(accounts[2]).toMatchObject({
      kind: 'hotp',
      issuer: 'Bank',
      account: 'bank',
      algorithm: 'SHA512',
      counter: 9,
    });
  });

  it('reads each batch of a multi-batch export', () => {
    const one = parseMigrationUri(exportUri([{ secret: key(3), name: 'a' }], { size: 2, index: 0 }));
    const two = parseMigrationUri(exportUri([{ secret: key(4), name: 'b' }], { size: 2, index: 1 }));
    expect([...one, ...two].map((a) => a.account)).toEqual(['a', 'b']);
  });

  it('refuses damaged and unsupported exports with a reason', () => {
    expect(() => parseMigrationUri('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP')).toThrow(
      /not an authenticator export/,
    );
    expect(() => parseMigrationUri('otpauth-migration://offline?data=')).toThrow(/no data/);
    expect(() => parseMigrationUri('otpauth-migration://offline?data=%%%')).toThrow(OtpUriError);
    expect(() => parseMigrationUri('otpauth-migration://offline?data=CgZzZWNyZXQ')).toThrow(/damaged/);
    expect(() => parseMigrationUri(exportUri([{ secret: key(5), name: 'md5', algorithm: 4 }]))).toThrow(
      /MD5/,
    );
    expect(() => parseMigrationUri(exportUri([]))).toThrow(/no accounts/);
  });

  it('never crashes on arbitrary data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const uri = `otpauth-migration://offline?data=${encodeURIComponent(btoa(String.fromCharCode(...bytes)))}`;
        try {
          parseMigrationUri(uri);
        } catch (error) {
          expect(error).toBeInstanceOf(OtpUriError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
