import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeAegis, writeLinks } from '@/lib/export';
import { generateCode, type OtpAccount } from '@/lib/otp';
import {
  andOtpEncrypted,
  bitwardenWithPassword,
  enteEncrypted,
  stratumEncrypted,
  twoFasWithPassword,
} from '../../tests/fixtures/imports/sealed';
import { WrongPasswordError } from './formats/errors';
import { anyAccount } from '../../tests/fixtures/imports/accounts';
import { parseImport } from './parse';

// Each format from a file written here from its documented structure: plain ones as JSON/CSV,
// encrypted ones sealed by tests/fixtures/imports/sealed.ts with the format's own parameters.

const S = 'JBSWY3DPEHPK3PXP';
const T = 'KRSXG5CTMVRXEZLU';
const brief = (a: OtpAccount) =>
  [a.kind, a.issuer, a.account, a.secret, a.algorithm, a.digits, a.period].join(' ');

describe('Aegis', () => {
  const entries = [
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
      info: { secret: T, algo: 'SHA1', digits: 5, period: 30 },
    },
  ];
  it('plain: accounts, and Steam refused by name', async () => {
    const r = await parseImport(
      JSON.stringify({ version: 1, header: { slots: null, params: null }, db: { version: 2, entries } }),
    );
    expect(r.accounts.map(brief)).toEqual([`totp Clio alice ${S} SHA256 8 30`]);
    expect(r.problems).toEqual([expect.stringMatching(/^Entry 2 \(Steam\): is a Steam Guard account/)]);
  });
  it('encrypted (its automatic backups always are), and a damaged vault is called damaged', async () => {
    const account = (await parseImport(`otpauth://totp/Clio:alice?secret=${S}&issuer=Clio`)).accounts;
    const file = await writeAegis(account, 'correct horse');
    expect((await parseImport(file, 'correct horse')).accounts).toEqual(account);
    const damaged = JSON.parse(file);
    damaged.db = damaged.db.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
    await expect(parseImport(JSON.stringify(damaged), 'correct horse')).rejects.toThrow(/damaged or cut off/);
  });
});

describe('2FAS', () => {
  const services = [
    {
      name: 'MyCase',
      secret: S,
      otp: { account: 'bob', issuer: 'MyCase', digits: 6, period: 30, algorithm: 'SHA1', tokenType: 'TOTP' },
    },
    { name: 'Steam', secret: T, otp: { account: 'g', tokenType: 'STEAM', digits: 5 } },
  ];
  it('without a password', async () => {
    const r = await parseImport(JSON.stringify({ schemaVersion: 4, services }));
    expect(r.accounts.map(brief)).toEqual([`totp MyCase bob ${S} SHA1 6 30`]);
    expect(r.problems).toEqual([expect.stringMatching(/Steam Guard/)]);
  });
  it('with a password: right opens, wrong says wrong', async () => {
    const file = await twoFasWithPassword(services, 'pass phrase');
    expect((await parseImport(file, 'pass phrase')).accounts).toHaveLength(1);
    await expect(parseImport(file, 'pass frase')).rejects.toBeInstanceOf(WrongPasswordError);
  });
});

describe('Bitwarden and Bitwarden Authenticator', () => {
  const items = [
    {
      type: 1,
      name: 'Clio',
      login: {
        username: 'front@desk',
        totp: `otpauth://totp/Clio:front%40desk?secret=${S}&issuer=Clio&digits=8`,
      },
    },
    { type: 1, name: 'MyCase', login: { username: 'me', totp: T } },
    { type: 1, name: 'Game', login: { username: 'me', totp: `steam://${T}` } },
    { type: 1, name: 'Email only', login: { username: 'x', password: 'y', totp: null } },
    { type: 2, name: 'A note' },
  ];
  it('JSON: a link, a bare key (30 s, 6 digits, SHA-1), Steam refused, logins without a key not accounts', async () => {
    const r = await parseImport(JSON.stringify({ encrypted: false, folders: [], items }));
    expect(r.accounts.map(brief)).toEqual([
      `totp Clio front@desk ${S} SHA1 8 30`,
      `totp MyCase me ${T} SHA1 6 30`,
    ]);
    expect(r.problems).toEqual([expect.stringMatching(/^Entry 3 \(Game\): is a Steam Guard account/)]);
  });
  it('CSV with its login_totp column, a quoted name with a comma', async () => {
    const csv = [
      'folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp',
      `,,login,"Smith, Jones & Co",,,https://clio.com,partner,pw,${S}`,
      ',,login,No key,,,,,,',
    ].join('\n');
    const r = await parseImport(csv);
    expect(r.accounts.map(brief)).toEqual([`totp Smith, Jones & Co partner ${S} SHA1 6 30`]);
  });
  it('password-protected JSON (PBKDF2 and Argon2id), a wrong password, and an account-locked export', async () => {
    const content = { encrypted: false, items };
    const pbkdf2 = await bitwardenWithPassword(content, 'export pass', { type: 0, iterations: 600_000 });
    expect((await parseImport(pbkdf2, 'export pass')).accounts).toHaveLength(2);
    await expect(parseImport(pbkdf2, 'export pas')).rejects.toBeInstanceOf(WrongPasswordError);
    const argon = await bitwardenWithPassword(content, 'export pass', {
      type: 1,
      iterations: 3,
      memory: 64,
      parallelism: 4,
    });
    expect((await parseImport(argon, 'export pass')).accounts).toHaveLength(2);
    await expect(
      parseImport(
        JSON.stringify({ encrypted: true, encKeyValidation_DO_NOT_EDIT: '2.a|b|c', data: '2.a|b|c' }),
      ),
    ).rejects.toThrow(/locked to your Bitwarden account/);
  });
});

describe('andOTP', () => {
  const entries = [
    {
      secret: `${S}======`,
      issuer: 'Clio',
      label: 'me',
      digits: 6,
      type: 'TOTP',
      algorithm: 'SHA1',
      period: 30,
    },
    { secret: T, issuer: 'Door', label: 'me', digits: 6, type: 'HOTP', algorithm: 'SHA1', counter: 5 },
    { secret: T, issuer: 'Steam', label: 'me', digits: 5, type: 'STEAM', algorithm: 'SHA1', period: 30 },
  ];
  it('plain and encrypted', async () => {
    const plain = await parseImport(JSON.stringify(entries));
    expect(plain.accounts.map(brief)).toEqual([`totp Clio me ${S} SHA1 6 30`, `hotp Door me ${T} SHA1 6 30`]);
    expect(plain.problems).toEqual([expect.stringMatching(/Steam Guard/)]);
    const sealed = await andOtpEncrypted(entries, 'andotp pass');
    expect(await parseImport(sealed, 'andotp pass')).toEqual(plain);
    await expect(parseImport(sealed, 'nope')).rejects.toBeInstanceOf(WrongPasswordError);
  });
});

describe('Ente Auth', () => {
  // Its plain export is setup links (the way in for text files); its encrypted one is sealed
  // by libsodium (the fixture maker's output was checked by hand to open with libsodium itself).
  const links = `otpauth://totp/Clio:me?secret=${S}&issuer=Clio&codeDisplay=%7B%7D\notpauth://steam/Steam:me?secret=${T}&issuer=Steam\n`;
  it('plain and encrypted, the same accounts and the same Steam line', async () => {
    const plain = await parseImport(links);
    expect(plain.accounts.map(brief)).toEqual([`totp Clio me ${S} SHA1 6 30`]);
    const sealed = await enteEncrypted(links, 'ente pass');
    const opened = await parseImport(sealed, 'ente pass');
    expect(opened).toEqual({ ...plain, source: 'Ente Auth export' });
    await expect(parseImport(sealed, 'ente pas')).rejects.toBeInstanceOf(WrongPasswordError);
    const file = JSON.parse(sealed);
    await expect(
      parseImport(
        JSON.stringify({ ...file, kdfParams: { ...file.kdfParams, memLimit: 2 ** 40 } }),
        'ente pass',
      ),
    ).rejects.toThrow(/damaged/);
  });
});

describe('FreeOTP+, Authenticator Pro, Proton Authenticator, LastPass', () => {
  it('FreeOTP+ secrets as Java signed bytes', async () => {
    const secret = [-19, 64, -59, -18, -5, -20, -50, 34, 6, -79]; // 10 bytes; base32 worked out apart
    const r = await parseImport(
      JSON.stringify({
        tokenOrder: ['A:me'],
        tokens: [
          {
            algo: 'SHA256',
            counter: 0,
            digits: 7,
            issuerExt: 'A',
            label: 'me',
            period: 20,
            secret,
            type: 'TOTP',
          },
        ],
      }),
    );
    expect(r.accounts.map(brief)).toEqual(['totp A me 5VAML3X35THCEBVR SHA256 7 20']);
  });
  it('Authenticator Pro plain and encrypted, its numbered kinds and algorithms', async () => {
    const file = {
      Authenticators: [
        {
          Type: 2,
          Issuer: 'Clio',
          Username: 'me',
          Secret: S,
          Algorithm: 1,
          Digits: 6,
          Period: 30,
          Counter: 0,
        },
        {
          Type: 1,
          Issuer: 'Door',
          Username: 'me',
          Secret: T,
          Algorithm: 0,
          Digits: 6,
          Period: 30,
          Counter: 9,
        },
        {
          Type: 4,
          Issuer: 'Steam',
          Username: 'me',
          Secret: T,
          Algorithm: 0,
          Digits: 5,
          Period: 30,
          Counter: 0,
        },
        {
          Type: 3,
          Issuer: 'Old',
          Username: 'me',
          Secret: T,
          Algorithm: 0,
          Digits: 6,
          Period: 10,
          Counter: 0,
        },
      ],
    };
    const plain = await parseImport(JSON.stringify(file));
    expect(plain.accounts.map(brief)).toEqual([
      `totp Clio me ${S} SHA256 6 30`,
      `hotp Door me ${T} SHA1 6 30`,
    ]);
    expect(plain.problems).toEqual([
      expect.stringMatching(/Steam Guard/),
      expect.stringMatching(/"mOTP" account/),
    ]);
    const sealed = await stratumEncrypted(file, 'pro pass');
    expect(await parseImport(sealed, 'pro pass')).toEqual(plain);
    await expect(parseImport(sealed, 'con pass')).rejects.toBeInstanceOf(WrongPasswordError);
  });
  it('Proton Authenticator and LastPass Authenticator', async () => {
    const proton = await parseImport(
      JSON.stringify({
        version: 1,
        entries: [
          {
            id: '1',
            content: {
              uri: `otpauth://totp/Clio:me?secret=${S}&issuer=Clio`,
              entry_type: 'Totp',
              name: 'me',
            },
            note: null,
          },
        ],
      }),
    );
    expect(proton.accounts.map(brief)).toEqual([`totp Clio me ${S} SHA1 6 30`]);
    const lastPass = await parseImport(
      JSON.stringify({
        deviceName: 'Pixel',
        version: 3,
        accounts: [
          { issuerName: 'MyCase', userName: 'me', secret: T, timeStep: 60, digits: 8, algorithm: 'SHA512' },
        ],
      }),
    );
    expect(lastPass.accounts.map(brief)).toEqual([`totp MyCase me ${T} SHA512 8 60`]);
  });
});

describe('the Authenticator extension, read as it reads itself', () => {
  const backup = (entry: object) =>
    JSON.stringify({ e1: { account: 'me', issuer: 'X', encrypted: false, hash: 'e1', index: 0, ...entry } });
  it('a "blz-" Battle.net key is an 8-digit code from the key after the prefix, never the prefix read as base32', async () => {
    const r = await parseImport(backup({ secret: `blz-${S}`, type: 'totp' }));
    expect(r.accounts.map(brief)).toEqual([`totp X me ${S} SHA1 8 30`]);
    // Blizzard's authenticator: RFC 6238 with 8 digits (the extension's own generator does the same).
    expect(await generateCode(r.accounts[0]!, 59_000)).toMatch(/^\d{8}$/);
  });
  it('a Steam entry ("stm-" or its type) is refused by name, never a 6-digit code', async () => {
    for (const entry of [
      { secret: `stm-${S}`, type: 'totp' },
      { secret: S, type: 'steam' },
    ]) {
      const r = await parseImport(backup(entry));
      expect(r.accounts).toEqual([]);
      expect(r.problems).toEqual([expect.stringMatching(/Steam Guard/)]);
    }
  });
  it('hex keys where the backup says hex (hex, hhex, or a TOTP key that is not base32 but is hex)', async () => {
    // 20 bytes; their base32, worked out apart (Python's base64.b32encode).
    const hex = '48656c6c6f21deadbeef48656c6c6f21deadbeef';
    for (const entry of [
      { secret: hex, type: 'hex' },
      { secret: hex, type: 'totp' },
      { secret: hex, type: 'hhex', counter: 3 },
    ]) {
      const [account] = (await parseImport(backup(entry))).accounts;
      expect(account!.secret).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    }
    // A key that is valid base32 stays base32, as the extension reads it.
    expect((await parseImport(backup({ secret: S, type: 'totp' }))).accounts[0]!.secret).toBe(S);
  });
  it('its numbered algorithms', async () => {
    const r = await parseImport(backup({ secret: S, type: 'totp', algorithm: 2 }));
    expect(r.accounts[0]!.algorithm).toBe('SHA256');
  });
});

const account = anyAccount;

describe('going the other way: nobody is locked in', () => {
  it('any vault → Aegis file or setup links → import gives the same accounts (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(account, { minLength: 1, maxLength: 5 }), async (accounts) => {
        expect((await parseImport(await writeAegis(accounts))).accounts).toEqual(accounts);
        expect((await parseImport(writeLinks(accounts))).accounts).toEqual(accounts);
      }),
      { numRuns: 200 },
    );
  });
  it('an encrypted Aegis export comes back with its password', async () => {
    const accounts = fc.sample(fc.array(account, { minLength: 3, maxLength: 3 }), 1)[0]!;
    expect((await parseImport(await writeAegis(accounts, 'out and back'), 'out and back')).accounts).toEqual(
      accounts,
    );
  });
});
