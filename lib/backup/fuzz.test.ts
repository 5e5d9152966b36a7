import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/messaging/errors';
import { checkAccount } from '@/lib/otp';
import { parseKdfParams } from '@/lib/vault/kdf';
import { readBackup, writeBackup } from './index';

// Hostile files get a clear error, never a crash or a hang: every parser of what comes from a
// file fed anything at all.
const fileLike = fc.oneof(
  fc.string(),
  fc.json(),
  fc
    .record({
      format: fc.constant('second-factor-companion-backup'),
      version: fc.oneof(fc.constant(1), fc.anything()),
      kdf: fc.anything(),
      salt: fc.oneof(fc.base64String(), fc.anything()),
      iv: fc.oneof(fc.base64String(), fc.anything()),
      data: fc.oneof(fc.base64String(), fc.anything()),
    })
    .map((v) => JSON.stringify(v)),
);

describe('fuzzing the readers of hostile files', () => {
  it('the backup reader: a UserFacingError for anything that is not a good backup', async () => {
    await fc.assert(
      fc.asyncProperty(fileLike, async (text) => {
        await expect(readBackup(text, 'backup passphrase')).rejects.toBeInstanceOf(UserFacingError);
      }),
      { numRuns: 300 },
    );
  });

  it('the backup reader, on a real backup with its entries replaced by anything', async () => {
    const kdf = { name: 'pbkdf2-sha256' as const, iterations: 600_000 };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 4 }), async (entries) => {
        const file = await writeBackup(entries as never, 'backup passphrase', kdf);
        const { entries: read, unreadable } = await readBackup(file, 'backup passphrase');
        expect(read.length + unreadable.length).toBe(entries.length);
      }),
      { numRuns: 8 },
    );
  }, 30_000);

  it('key settings and account fields: parsed or refused with a reason', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const parse of [parseKdfParams, checkAccount]) {
          try {
            parse(value);
          } catch (error) {
            expect(error).toBeInstanceOf(UserFacingError);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
