import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { delayAfter, tryPassphrase } from './attempts';

class Wrong extends Error {}
const isWrong = (e: unknown) => e instanceof Wrong;
const wrongTry = (calls: { n: number }) => async () => {
  calls.n++;
  await new Promise((r) => setTimeout(r, 5)); // a passphrase check takes time
  throw new Wrong('wrong');
};

describe('wrong passphrase delay', () => {
  it('lets three tries through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(delayAfter)).toEqual([0, 0, 0, 1, 2, 4, 8, 300]);
  });

  it('asks the person to wait after repeated failures, and forgets after a success', async () => {
    const calls = { n: 0 };
    let clock = 1_000_000;
    for (let i = 0; i < 5; i++) {
      await tryPassphrase(wrongTry(calls), isWrong, () => clock).catch(() => undefined);
      clock += 10_000;
    }
    clock -= 10_000 - 500;
    await expect(
      tryPassphrase(
        async () => 'open',
        isWrong,
        () => clock,
      ),
    ).rejects.toThrow(/Wait 4 seconds/);
    clock += 4_000;
    await expect(
      tryPassphrase(
        async () => 'open',
        isWrong,
        () => clock,
      ),
    ).resolves.toBe('open');
    await expect(tryPassphrase(wrongTry(calls), isWrong, () => clock)).rejects.toThrow('wrong');
  });

  it('tries sent all at once wait their turn: the delay cannot be skipped in parallel (guessing attack)', async () => {
    const calls = { n: 0 };
    const tries = Array.from({ length: 10 }, () => tryPassphrase(wrongTry(calls), isWrong));
    const outcomes = await Promise.allSettled(tries);
    expect(calls.n).toBe(3);
    expect(outcomes.filter((o) => o.status === 'rejected' && /Wait/.test(String(o.reason))).length).toBe(7);
  });

  it('keeps the count where web pages cannot reach it (session storage, trusted contexts only)', async () => {
    await tryPassphrase(wrongTry({ n: 0 }), isWrong).catch(() => undefined);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get('unlockFailures')).toMatchObject({
      unlockFailures: { count: 1 },
    });
  });
});
