import { beforeEach, describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '@/lib/otp';
import type { VaultAccount } from '@/lib/vault';
import { handoverCsv, handoverRows } from './list';

const SECRET = 'JBSWY3DPEHPK3PXP';
const account = (
  name: string,
  bindings: VaultAccount['bindings'],
  extra: Partial<VaultAccount> = {},
): VaultAccount => ({
  id: name,
  account: parseOtpauthUri(`otpauth://totp/${name}?secret=${SECRET}`),
  bindings,
  order: 0,
  addedAt: Date.parse('2026-11-02T10:00:00Z'),
  ...extra,
});

const iq = account('PracticeQ:anna', [{ kind: 'origin', origin: 'https://intakeq.com' }], {
  recovery: [{ code: 'aaaa-bbbb', usedAt: 1 }, { code: 'cccc-dddd' }],
});
const clinic = account('Clinic:desk', [{ kind: 'origin', origin: 'https://www.clinic-example.test' }]);
const loose = account('Bank:me', []);

describe('the handover list', () => {
  const list = () =>
    handoverRows(
      [iq, clinic, loose],
      [
        { kind: 'filled', accountId: 'PracticeQ:anna', at: Date.parse('2026-12-01T09:00:00Z') },
        { kind: 'copied', accountId: 'PracticeQ:anna', at: Date.parse('2026-12-05T09:00:00Z') },
        { kind: 'renamed', accountId: 'Clinic:desk', at: Date.parse('2026-12-06T09:00:00Z') }, // not a use
        { kind: 'shared', accountId: 'Clinic:desk', at: 5, detail: 'for Maria, until 12/10/2026' },
      ],
    );

  let rows: ReturnType<typeof handoverRows>;
  beforeEach(() => {
    rows = list();
  });

  it('says per account its sites, when it was added and last used, and its recovery codes', () => {
    expect(rows[0]).toMatchObject({
      account: 'PracticeQ – anna',
      sites: ['intakeq.com'],
      addedAt: Date.parse('2026-11-02T10:00:00Z'),
      lastUsedAt: Date.parse('2026-12-05T09:00:00Z'),
      recoveryLeft: 1,
    });
    expect(rows[1]).toMatchObject({
      lastUsedAt: null,
      recoveryLeft: null,
      sharedWith: ['for Maria, until 12/10/2026'],
    });
  });

  it("links the portal's own setup page where it is known, else the site", () => {
    expect(rows[0]!.reEnroll).toEqual({
      url: 'https://intakeq.com/signin',
      how: 'Sign in, then More → Account → Two-Factor Authentication (2FA): turn it off and on again and scan the new QR code.',
    });
    expect(rows[1]!.reEnroll.url).toBe('https://www.clinic-example.test');
    expect(rows[2]!.reEnroll).toMatchObject({ url: null });
  });

  it('saves as CSV with no secret and no recovery code in it', () => {
    const csv = handoverCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      'Account,Sites,Added,Last used,Recovery codes left,Shared,To re-enroll,Where',
    );
    expect(csv.split('\r\n')[1]).toMatch(/^PracticeQ – anna,intakeq\.com,2026-11-02,2026-12-05,1,/);
    expect(csv).not.toContain(SECRET);
    expect(csv).not.toContain('cccc-dddd');
  });
});
