import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '@/lib/otp';
import type { KdfParams } from '@/lib/vault/kdf';
import { readBackup, writeBackup } from './index';

const kdf: KdfParams = { name: 'pbkdf2-sha256', iterations: 600_000 };
const entries = [
  {
    account: parseOtpauthUri('otpauth://totp/PracticeQ:a?secret=JBSWY3DPEHPK3PXP&issuer=PracticeQ'),
    bindings: [{ kind: 'origin' as const, origin: 'https://app.intakeq.com' }],
  },
];

describe('encrypted backup', () => {
  it('round-trips with the right passphrase and hides the secret', async () => {
    const file = await writeBackup(entries, 'backup passphrase', kdf);
    expect(file).not.toContain('JBSWY3DP');
    expect(file).not.toContain('PracticeQ');
    expect(await readBackup(file, 'backup passphrase')).toEqual(entries);
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
    await expect(
      readBackup(
        JSON.stringify({ ...JSON.parse(file), kdf: { name: 'pbkdf2-sha256', iterations: 10 } }),
        'backup passphrase',
      ),
    ).rejects.toThrow('weaker');
  });
});
