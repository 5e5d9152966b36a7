import { UserFacingError } from '@/lib/messaging/errors';
import { unlockFailures } from '@/lib/storage';

/** Seconds to wait before the next try: none for the first three, then doubling to 5 minutes. */
export function delayAfter(failures: number): number {
  return failures < 3 ? 0 : Math.min(2 ** (failures - 3), 300);
}

export async function assertMayTryUnlock(now = Date.now()): Promise<void> {
  const { count, lastAt } = await unlockFailures.getValue();
  const waitMs = delayAfter(count) * 1000 - (now - lastAt);
  if (waitMs > 0) {
    throw new UserFacingError(
      `Too many wrong passphrases. Wait ${Math.ceil(waitMs / 1000)} seconds, then try again.`,
    );
  }
}

export async function recordFailedUnlock(now = Date.now()): Promise<void> {
  const { count } = await unlockFailures.getValue();
  await unlockFailures.setValue({ count: count + 1, lastAt: now });
}

export async function clearFailedUnlocks(): Promise<void> {
  await unlockFailures.setValue({ count: 0, lastAt: 0 });
}
