import type { VaultDb } from './db';
import { laterOf, newDeviceId, nextStamp, type Stamp } from './version';

// One at a time: two changes at once must not be given the same stamp.
let turn: Promise<unknown> = Promise.resolve();

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const result = turn.then(work);
  turn = result.catch(() => undefined);
  return result;
}

/** `n` new stamps for changes made now on this browser, each after everything made or seen. */
export function takeStamps(db: VaultDb, n: number, now = Date.now()): Promise<Stamp[]> {
  return inTurn(async () => {
    const clock = (await db.get('clock', 'clock')) ?? { device: newDeviceId(), last: null };
    const stamps: Stamp[] = [];
    for (let i = 0; i < n; i++) stamps.push((clock.last = nextStamp(clock.last, now, clock.device)));
    await db.put('clock', clock, 'clock');
    return stamps;
  });
}

export const takeStamp = async (db: VaultDb, now = Date.now()): Promise<Stamp> =>
  (await takeStamps(db, 1, now))[0]!;

/** Stamps that came from another browser: this browser's next changes come after them. */
export function seeStamp(db: VaultDb, seen: Stamp): Promise<void> {
  return inTurn(async () => {
    const clock = (await db.get('clock', 'clock')) ?? { device: newDeviceId(), last: null };
    const last = laterOf<Stamp | undefined>(clock.last ?? undefined, seen);
    if (last === clock.last) return;
    await db.put('clock', { ...clock, last: last ?? null }, 'clock');
  });
}
