import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OtpUriError, parseOtpauthUri } from '@/lib/otp';
import { parseImport, previewImport } from './index';

const S = 'JBSWY3DPEHPK3PXP';

describe('importing from other authenticators', () => {
  it('a text file of otpauth URIs, with a bad line reported and the rest kept', () => {
    const r = parseImport(
      `# my codes\notpauth://totp/A:x?secret=${S}&issuer=A\n\nnot a code\notpauth://hotp/B:y?secret=${S}&counter=3`,
    );
    expect(r.accounts.map((a) => a.issuer)).toEqual(['A', 'B']);
    expect(r.problems).toEqual([expect.stringMatching(/^Line 4: This is not a two-factor setup code/)]);
  });

  it('Aegis unencrypted export', () => {
    const aegis = {
      version: 1,
      header: { slots: null, params: null },
      db: {
        version: 2,
        entries: [
          {
            type: 'totp',
            uuid: '1',
            name: 'alice',
            issuer: 'Clio',
            info: { secret: S, algo: 'SHA256', digits: 8, period: 30 },
          },
          {
            type: 'steam',
            uuid: '2',
            name: 'g',
            issuer: 'Steam',
            info: { secret: S, algo: 'SHA1', digits: 5, period: 30 },
          },
        ],
      },
    };
    const r = parseImport(JSON.stringify(aegis));
    expect(r.source).toBe('Aegis backup');
    expect(r.accounts).toEqual([
      expect.objectContaining({ issuer: 'Clio', account: 'alice', algorithm: 'SHA256', digits: 8 }),
    ]);
    expect(r.problems[0]).toMatch(/Entry 2 \(Steam\).*steam/);
    expect(() => parseImport(JSON.stringify({ ...aegis, db: 'base64ciphertext' }))).toThrow(/encrypted/);
  });

  it('2FAS unencrypted export', () => {
    const r = parseImport(
      JSON.stringify({
        schemaVersion: 4,
        services: [
          {
            name: 'MyCase',
            secret: S,
            otp: {
              account: 'bob',
              issuer: 'MyCase',
              digits: 6,
              period: 30,
              algorithm: 'SHA1',
              tokenType: 'TOTP',
            },
          },
        ],
      }),
    );
    expect(r.accounts).toEqual([expect.objectContaining({ issuer: 'MyCase', account: 'bob' })]);
  });

  it('Authenticator extension plain backup', () => {
    const r = parseImport(
      JSON.stringify({
        abc123: {
          account: 'carol',
          issuer: 'Jane',
          secret: S,
          type: 'totp',
          encrypted: false,
          hash: 'abc123',
          index: 0,
        },
      }),
    );
    expect(r.accounts).toEqual([expect.objectContaining({ issuer: 'Jane', account: 'carol' })]);
    expect(() => parseImport(JSON.stringify({ x: { secret: 'zzz', encrypted: true } }))).toThrow(/encrypted/);
  });

  it('unknown, empty, damaged and own-backup files are refused with a reason', () => {
    expect(() => parseImport('')).toThrow(/empty/);
    expect(() => parseImport('{"hello": 1}')).toThrow(/not an export this extension knows/);
    expect(() => parseImport('{"db": {"entries": [')).toThrow(/damaged or cut off/);
    expect(() => parseImport('{"format":"second-factor-companion-backup"}')).toThrow(/Restore a backup/);
  });

  it('marks duplicates of the vault and within the file', () => {
    const existing = [parseOtpauthUri(`otpauth://totp/A:x?secret=${S}`)];
    const incoming = parseImport(
      `otpauth://totp/A:renamed?secret=${S}\notpauth://totp/B:y?secret=KRSXG5CTMVRXEZLU\notpauth://totp/B:y2?secret=KRSXG5CTMVRXEZLU`,
    ).accounts;
    expect(previewImport(incoming, existing).map((r) => r.duplicate)).toEqual([true, false, true]);
  });

  it('never crashes on arbitrary input: accounts, problems, or an OtpUriError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          const r = parseImport(text);
          expect(Array.isArray(r.accounts)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(OtpUriError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
