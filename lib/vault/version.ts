/**
 * A record's version: a hybrid logical clock stamp (wall-clock milliseconds, a counter for
 * changes in the same millisecond or while the clock stands still or goes back, and the browser
 * that made it). Written so that comparing two stamps as strings compares them in time, with the
 * browser's id breaking ties: every browser orders any two stamps the same way.
 */
export type Stamp = string;

const WALL_WIDTH = 9; // base 36: enough for milliseconds until the year 5188
const COUNT_WIDTH = 4;
const STAMP_FORMAT = /^([0-9a-z]{9})-([0-9a-z]{4})-([0-9a-z]{1,16})$/;

export function makeStamp(wall: number, count: number, device: string): Stamp {
  return `${wall.toString(36).padStart(WALL_WIDTH, '0')}-${count.toString(36).padStart(COUNT_WIDTH, '0')}-${device}`;
}

export function readStamp(stamp: Stamp): { wall: number; count: number; device: string } | null {
  const m = STAMP_FORMAT.exec(stamp);
  return m ? { wall: parseInt(m[1]!, 36), count: parseInt(m[2]!, 36), device: m[3]! } : null;
}

export const isStamp = (value: unknown): value is Stamp =>
  typeof value === 'string' && STAMP_FORMAT.test(value);

/** When a stamp was made, by the clock of the browser that made it. */
export const wallOf = (stamp: Stamp): number => readStamp(stamp)?.wall ?? 0;

/** The later of two stamps (either may be missing). */
export function laterOf<T extends Stamp | undefined>(a: T, b: T): T {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * The next stamp on this browser: after every stamp it has made or seen (`last`), and at the
 * wall clock when that is later. A browser whose clock runs behind still orders its change
 * after a change it has already seen from another.
 */
export function nextStamp(last: Stamp | null, now: number, device: string): Stamp {
  const prev = last ? readStamp(last) : null;
  if (!prev || now > prev.wall) return makeStamp(now, 0, device);
  // The counter's width is part of the order: when it is full, the next millisecond begins.
  if (prev.count + 1 >= 36 ** COUNT_WIDTH) return makeStamp(prev.wall + 1, 0, device);
  return makeStamp(prev.wall, prev.count + 1, device);
}

/** Makes a device id: random, short, and in the stamp's alphabet. */
export function newDeviceId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => (b % 36).toString(36)).join('');
}
