import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/import';
import { WrongPasswordError } from '@/lib/import/formats/errors';
import { parseOtpauthUri } from '@/lib/otp';
import { newSharePassphrase, readShare, writeShare } from './file';

const shared = {
  account: parseOtpauthUri(
    'otpauth://totp/PracticeQ:anna%40clinic.test?secret=JBSWY3DPEHPK3PXP&issuer=PracticeQ',
  ),
  bindings: [{ kind: 'origin' as const, origin: 'https://intakeq.com' }],
};
const NOW = Date.parse('2026-12-07T15:00:00Z');
const IN_3_DAYS = new Date(NOW + 3 * 86_400_000);

describe("a colleague's share", () => {
  it('opens with its passphrase, typed with any case or spacing, until its date', async () => {
    const passphrase = newSharePassphrase();
    expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const file = JSON.parse(await writeShare(shared, 'Maria', IN_3_DAYS, passphrase));
    expect(file).toMatchObject({ format: 'second-factor-companion-share', for: 'Maria' });
    expect(JSON.stringify(file)).not.toContain('JBSWY3DP');
    const typed = ` ${passphrase.toLowerCase().replace(/-/g, ' ')} `;
    expect(await readShare(file, typed, NOW)).toEqual(shared);
  });

  it('says "wrong passphrase" for a wrong one, and past its date says so before trying', async () => {
    const file = JSON.parse(await writeShare(shared, 'Maria', IN_3_DAYS, newSharePassphrase()));
    await expect(readShare(file, newSharePassphrase(), NOW)).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(readShare(file, 'anything', NOW + 4 * 86_400_000)).rejects.toThrow(
      /This share for Maria expired on .*: nothing was added/,
    );
  });

  it('cannot be given a later date or another name (both are sealed with it)', async () => {
    const passphrase = newSharePassphrase();
    const file = JSON.parse(await writeShare(shared, 'Maria', IN_3_DAYS, passphrase));
    const later = { ...file, expiresAt: new Date(NOW + 300 * 86_400_000).toISOString() };
    await expect(readShare(later, passphrase, NOW)).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(readShare({ ...file, for: 'Eve' }, passphrase, NOW)).rejects.toBeInstanceOf(
      WrongPasswordError,
    );
  });

  it('comes in through Import: the passphrase asked for, the account with its sites', async () => {
    const passphrase = newSharePassphrase();
    const text = await writeShare(shared, 'Maria', new Date(Date.now() + 86_400_000), passphrase);
    await expect(parseImport(text)).rejects.toThrow(/password/i);
    const parsed = await parseImport(text, passphrase);
    expect(parsed.source).toMatch(/^account shared for Maria \(until /);
    expect(parsed.accounts).toEqual([shared.account]);
    expect(parsed.sites).toEqual([shared.bindings]);
  });
});
