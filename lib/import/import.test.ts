import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OtpUriError, parseOtpauthUri } from '@/lib/otp';
import { parseImport, previewImport } from './index';
import { NeedsPasswordError, WrongPasswordError } from './formats/errors';
import { exportUri } from '../../tests/fixtures/imports/google-export';

const S = 'JBSWY3DPEHPK3PXP';
const T = 'KRSXG5CTMVRXEZLU';

describe('the way in', () => {
  it('a text file of otpauth URIs, with a bad line reported and the rest kept', async () => {
    const r = await parseImport(
      `# my codes\notpauth://totp/A:x?secret=${S}&issuer=A\n\nnot a code\notpauth://hotp/B:y?secret=${S}&counter=3`,
    );
    expect(r.accounts.map((a) => a.issuer)).toEqual(['A', 'B']);
    expect(r.problems).toEqual([expect.stringMatching(/^Line 4: This is not a two-factor setup code/)]);
  });

  it('unknown, empty, damaged, binary and own-backup files are refused with a reason', async () => {
    await expect(parseImport('')).rejects.toThrow(/empty/);
    await expect(parseImport('{"hello": 1}')).rejects.toThrow(/not an export this extension knows/);
    await expect(parseImport('<?xml version="1.0"?><map><string name="x">y</string></map>')).rejects.toThrow(
      /not an export this extension knows/,
    );
    await expect(parseImport(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2]))).rejects.toThrow(
      /not an export this extension knows/,
    );
    await expect(parseImport('{"db": {"entries": [')).rejects.toThrow(/damaged or cut off/);
    await expect(parseImport('{"format":"second-factor-companion-backup"}')).rejects.toThrow(
      /Restore a backup/,
    );
  });

  it('a text file handed over as bytes reads the same as the text', async () => {
    const text = `otpauth://totp/A:x?secret=${S}&issuer=A`;
    expect(await parseImport(new TextEncoder().encode(text))).toEqual(await parseImport(text));
  });

  it('an encrypted file asks for its password, and a wrong one says so (not "damaged")', async () => {
    const { writeAegis } = await import('@/lib/export');
    const file = await writeAegis(
      [parseOtpauthUri(`otpauth://totp/A:x?secret=${S}&issuer=A`)],
      'right horse',
    );
    await expect(parseImport(file)).rejects.toBeInstanceOf(NeedsPasswordError);
    await expect(parseImport(file, 'wrong horse')).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(parseImport(file, 'wrong horse')).rejects.toThrow(
      /That password does not open this Aegis backup/,
    );
    expect((await parseImport(file, 'right horse')).accounts).toHaveLength(1);
  });
});

describe('the same account, not a copy', () => {
  it('marks duplicates of the vault and within the file: same secret and same way of making codes', async () => {
    const existing = [parseOtpauthUri(`otpauth://totp/A:x?secret=${S}`)];
    const { accounts } = await parseImport(
      [
        `otpauth://totp/A:renamed?secret=${S}`,
        `otpauth://totp/B:y?secret=${T}`,
        `otpauth://totp/B:y2?secret=${T}`,
        `otpauth://totp/A:eight?secret=${S}&digits=8`,
        `otpauth://totp/A:sha256?secret=${S}&algorithm=SHA256`,
        `otpauth://totp/A:sixty?secret=${S}&period=60`,
      ].join('\n'),
    );
    expect(previewImport(accounts, existing).map((r) => r.duplicate)).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });
});

const key = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

describe('Google Authenticator export links', () => {
  it('one entry that cannot be used leaves the rest of its batch, and says which', async () => {
    const link = exportUri([
      { secret: key(20, 1), name: 'Clio:front desk' },
      { secret: key(20, 2), name: 'MD5:old', algorithm: 4 },
      { secret: key(20, 3), name: 'MyCase:me' },
    ]);
    const r = await parseImport(link);
    expect(r.accounts.map((a) => a.issuer)).toEqual(['Clio', 'MyCase']);
    expect(r.problems).toEqual([expect.stringMatching(/^Line 1: .*\b2\b/)]);
  });

  it('a raw "+" in data= (as some QR readers give the link) is a "+", not a space', async () => {
    // Secrets chosen so the base64 of the payload holds a "+".
    for (let fill = 0; fill < 256; fill++) {
      const link = exportUri([{ secret: key(20, fill), name: 'Clio:me' }]);
      const raw = decodeURIComponent(link.slice(link.indexOf('=') + 1));
      if (!raw.includes('+')) continue;
      const r = await parseImport(`otpauth-migration://offline?data=${raw}`);
      expect(r.accounts).toHaveLength(1);
      return;
    }
    throw new Error('no secret gave a "+"');
  });
});

describe('never a crash, never a hang', () => {
  it('arbitrary text, JSON or bytes: accounts and problems, or a typed error', async () => {
    const anything = fc.oneof(
      fc.string(),
      fc.json(),
      fc.uint8Array({ maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify({ db: v })),
      fc.jsonValue().map((v) => JSON.stringify({ services: [v], servicesEncrypted: 'a:b:c' })),
      fc
        .jsonValue()
        .map((v) => JSON.stringify({ encrypted: true, passwordProtected: true, salt: 's', data: v })),
      fc.jsonValue().map((v) => JSON.stringify({ Authenticators: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ tokens: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ entries: [{ content: v }] })),
      fc.jsonValue().map((v) => JSON.stringify({ x: { secret: v, type: v } })),
    );
    await fc.assert(
      fc.asyncProperty(anything, fc.option(fc.string({ maxLength: 8 })), async (content, password) => {
        try {
          const r = await parseImport(content, password ?? undefined);
          expect(Array.isArray(r.accounts)).toBe(true);
          expect(Array.isArray(r.problems)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(OtpUriError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
