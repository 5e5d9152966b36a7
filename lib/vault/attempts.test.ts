import { describe, expect, it } from 'vitest';
import { assertMayTryUnlock, clearFailedUnlocks, delayAfter, recordFailedUnlock } from './attempts';

describe('wrong passphrase delay', () => {
  it('lets three tries through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(delayAfter)).toEqual([0, 0, 0, 1, 2, 4, 8, 300]);
  });

  it('asks the person to wait after repeated failures, and forgets after a success', async () => {
    for (let i = 0; i < 5; i++) await recordFailedUnlock(1_000_000);
    await expect(assertMayTryUnlock(1_000_500)).rejects.toThrow(/Wait 4 seconds/);
    await expect(assertMayTryUnlock(1_004_001)).resolves.toBeUndefined();
    await clearFailedUnlocks();
    await expect(assertMayTryUnlock(1_000_001)).resolves.toBeUndefined();
  });
});
