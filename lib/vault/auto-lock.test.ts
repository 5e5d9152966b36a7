import { describe, expect, it } from 'vitest';
import { pendingScan, unlockedKey } from '@/lib/storage';
import { lockVault } from './auto-lock';

describe('locking', () => {
  it('clears everything secret from session storage, scanned setup codes not saved yet included', async () => {
    await unlockedKey.setValue({ key: 'AAAA', unlockedAt: 1 });
    const report = { origin: null, imitates: null, findings: [], scrolled: false };
    await pendingScan.set(7, {
      at: Date.now(),
      origin: null,
      uris: ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP'],
      report,
    });
    await pendingScan.set(-1, {
      at: Date.now(),
      origin: null,
      uris: ['otpauth://totp/y?secret=JBSWY3DPEHPK3PXP'],
      report,
    });
    await lockVault();
    expect(await unlockedKey.getValue()).toBeNull();
    expect(await pendingScan.get(7)).toBeNull();
    expect(await pendingScan.get(-1)).toBeNull();
  });
});
