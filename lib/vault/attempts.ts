import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';
import { unlockFailures } from '@/lib/storage';

/** Seconds to wait before the next try: none for the first three, then doubling to 5 minutes. */
export function delayAfter(failures: number): number {
  return failures < 3 ? 0 : Math.min(2 ** (failures - 3), 300);
}

async function assertMayTry(now: number): Promise<void> {
  const { count, lastAt } = await unlockFailures.getValue();
  const waitMs = delayAfter(count) * 1000 - (now - lastAt);
  if (waitMs > 0) {
    throw new UserFacingError(i18n.t('vaultError.tooMany', Math.ceil(waitMs / 1000)));
  }
}

async function recordFailure(now: number): Promise<void> {
  const { count } = await unlockFailures.getValue();
  await unlockFailures.setValue({ count: count + 1, lastAt: now });
}

export async function clearFailedUnlocks(): Promise<void> {
  await unlockFailures.setValue({ count: 0, lastAt: 0 });
}

// One passphrase try at a time: tries sent in parallel wait their turn, and each sees the
// failures before it, so the growing delay cannot be skipped.
let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs one passphrase try (unlock, passphrase change): refused while the delay after wrong
 * passphrases runs, counted when the passphrase is wrong, the count cleared when it is right.
 */
export function tryPassphrase<T>(
  work: () => Promise<T>,
  isWrongPassphrase: (error: unknown) => boolean,
  now = () => Date.now(),
): Promise<T> {
  const attempt = turn.then(async () => {
    await assertMayTry(now());
    try {
      const result = await work();
      await clearFailedUnlocks();
      return result;
    } catch (error) {
      if (isWrongPassphrase(error)) await recordFailure(now());
      throw error;
    }
  });
  turn = attempt.catch(() => undefined); // the next try waits for this one, whatever its outcome
  return attempt;
}
