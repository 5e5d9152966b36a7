import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/import';
import { parseOtpauthUri, toOtpauthUri, type OtpAccount } from '@/lib/otp';
import type { KdfParams } from '@/lib/vault/kdf';
import { readBackup, verifyBackup, writeBackup, type BackupEntry } from './index';
import { anyAccount } from '../../tests/fixtures/imports/accounts';

const kdf: KdfParams = { name: 'pbkdf2-sha256', iterations: 600_000 };
const S = 'JBSWY3DPEHPK3PXP';
const entries = [
  {
    account: parseOtpauthUri(`otpauth://totp/PracticeQ:a?secret=${S}&issuer=PracticeQ`),
    bindings: [{ kind: 'origin' as const, origin: 'https://app.intakeq.com' }],
  },
];

/** A backup whose plaintext is exactly `plain`, as an older version (or a hostile file) wrote it. */
async function backupHolding(plain: unknown[]): Promise<string> {
  return writeBackup(plain as BackupEntry[], 'backup passphrase', kdf);
}

describe('encrypted backup', () => {
  it('round-trips with the right passphrase and hides the secret', async () => {
    const file = await writeBackup(entries, 'backup passphrase', kdf);
    expect(file).not.toContain('JBSWY3DP');
    expect(file).not.toContain('PracticeQ');
    expect(await readBackup(file, 'backup passphrase')).toEqual({ entries, unreadable: [], cleaned: [] });
    await expect(verifyBackup(file, 'backup passphrase', entries)).resolves.toBeUndefined();
  });

  it('wrong passphrase, damaged data, foreign files and weakened settings say so', async () => {
    const file = await writeBackup(entries, 'backup passphrase', kdf);
    await expect(readBackup(file, 'not the passphrase')).rejects.toThrow(
      'Wrong passphrase, or the backup file is damaged',
    );
    const damaged = JSON.parse(file);
    damaged.data = damaged.data.slice(0, -8) + 'AAAAAAA=';
    await expect(readBackup(JSON.stringify(damaged), 'backup passphrase')).rejects.toThrow('damaged');
    await expect(readBackup(file.slice(0, 100), 'backup passphrase')).rejects.toThrow('not readable JSON');
    await expect(readBackup('{"db":{"entries":[]}}', 'x')).rejects.toThrow('use Import');
    await expect(readBackup(JSON.stringify({ ...JSON.parse(file), version: 9 }), 'x')).rejects.toThrow(
      'newer version',
    );
    const weak = { ...JSON.parse(file), kdf: { name: 'pbkdf2-sha256', iterations: 600_000 - 1 } };
    await expect(readBackup(JSON.stringify(weak), 'backup passphrase')).rejects.toThrow('weaker');
  });

  it('a file demanding huge or malformed key settings is refused at once, not left to hang the browser', async () => {
    const file = JSON.parse(await writeBackup(entries, 'backup passphrase', kdf));
    const hostile = [
      { name: 'argon2id', memoryKiB: 64 * 1024 * 1024, iterations: 3, parallelism: 1 },
      { name: 'argon2id', memoryKiB: 65536, iterations: 1e6, parallelism: 1 },
      { name: 'pbkdf2-sha256', iterations: 1e12 },
      { name: 'pbkdf2-sha256', iterations: '600000' },
      { name: 'scrypt', iterations: 600_000 },
      null,
      'argon2id',
    ];
    for (const k of hostile) {
      const started = Date.now();
      await expect(readBackup(JSON.stringify({ ...file, kdf: k }), 'x'), JSON.stringify(k)).rejects.toThrow(
        /protection settings in this file are damaged or out of range/,
      );
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});

describe('backups that older versions could not restore', () => {
  it('an issuer with a colon, control characters in a name and a very large HOTP counter all restore', async () => {
    const colon = { ...entries[0]!.account, issuer: 'Smith: Family Law', account: 'front desk' };
    const control = { ...entries[0]!.account, account: 'name\u0007from\u0000export' };
    const counter: OtpAccount = { ...entries[0]!.account, kind: 'hotp', counter: Number.MAX_SAFE_INTEGER };
    const file = await backupHolding([colon, control, counter].map((account) => ({ account, bindings: [] })));
    const { entries: restored, unreadable, cleaned } = await readBackup(file, 'backup passphrase');
    expect(unreadable).toEqual([]);
    expect(restored.map((e) => e.account.issuer)).toEqual(['Smith: Family Law', 'PracticeQ', 'PracticeQ']);
    expect(restored[1]!.account.account).toBe('name from export');
    expect(cleaned).toEqual([
      'Entry 2 (PracticeQ – name from export): invisible characters were removed from its name.',
    ]);
    expect(restored[2]!.account.counter).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('one damaged entry is reported on its own line; the others still restore', async () => {
    const broken = {
      account: { ...entries[0]!.account, issuer: 'Clio', secret: 'not base32!' },
      bindings: [],
    };
    const badSite = {
      account: { ...entries[0]!.account, issuer: 'Jane' },
      bindings: [{ kind: 'origin', origin: 'javascript:x' }],
    };
    const file = await backupHolding([broken, entries[0], badSite]);
    const { entries: restored, unreadable } = await readBackup(file, 'backup passphrase');
    expect(restored).toEqual(entries);
    expect(unreadable).toEqual([
      expect.stringMatching(/^Entry 1 \(Clio – a\): The secret key has characters that are not allowed/),
      expect.stringMatching(/^Entry 3 \(Jane – a\): one of its sites is not a valid address/),
    ]);
  });
});

const account = anyAccount;
const binding = fc.oneof(
  fc.domain().map((d) => ({ kind: 'origin' as const, origin: `https://${d}` })),
  fc.constantFrom({ kind: 'domain' as const, domain: 'mycase.com' }),
);

describe('whatever the vault can hold comes back the same', () => {
  it('backup → restore (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ account, bindings: fc.array(binding, { maxLength: 2 }) }), { maxLength: 4 }),
        async (vault) => {
          const canonical = vault.map((e) => ({
            account: e.account,
            bindings: e.bindings.map((b) =>
              b.kind === 'origin' ? { kind: b.kind, origin: new URL(b.origin).origin } : b,
            ),
          }));
          const file = await writeBackup(canonical, 'backup passphrase', kdf);
          expect(await readBackup(file, 'backup passphrase')).toEqual({
            entries: canonical,
            unreadable: [],
            cleaned: [],
          });
        },
      ),
      { numRuns: 12 },
    );
  });

  it('export as setup links → import (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(account, { minLength: 1, maxLength: 5 }), async (accounts) => {
        const text = accounts.map(toOtpauthUri).join('\n');
        expect((await parseImport(text)).accounts).toEqual(accounts);
      }),
      { numRuns: 300 },
    );
  });
});
