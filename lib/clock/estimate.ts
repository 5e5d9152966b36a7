import type { ClockReading } from './reading';

/** Readings kept, newest last: enough that one odd response does not move the estimate. */
export const KEPT_READINGS = 9;
/** No one site's clock outvotes the others (a portal whose own server clock is wrong). */
export const PER_SITE = 4;
/** Fewer readings than this say nothing yet. */
export const FEWEST_READINGS = 3;
/** Older readings are dropped: a clock that was set right since should be believed soon. */
export const READING_LIFE_MS = 24 * 3_600_000;
/**
 * Codes are corrected only beyond this: portals accept the code of the step before and after
 * (30 s each way), so a smaller error costs nothing, and the Date header is only good to a second.
 */
export const CORRECT_BEYOND_MS = 15_000;

/** The readings with a new one added, the oldest given up (its site's first, then anyone's). */
export function keepReading(readings: ClockReading[], reading: ClockReading): ClockReading[] {
  let kept = [...readings.filter((r) => reading.at - r.at < READING_LIFE_MS), reading];
  const ofSite = kept.filter((r) => r.host === reading.host);
  if (ofSite.length > PER_SITE) kept = kept.filter((r) => r !== ofSite[0]);
  return kept.slice(-KEPT_READINGS);
}

export interface ClockEstimate {
  /** How far the portals' clocks are ahead of this computer's (ms): the median of the readings. */
  aheadMs: number;
  /** What codes are computed with: the estimate when it is past CORRECT_BEYOND_MS, else 0. */
  correctionMs: number;
  readings: number;
  /** The sites the readings came from, most recent first. */
  sites: string[];
  lastAt: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What the readings say of this computer's clock, or null while there are too few of them. */
export function estimateClock(readings: ClockReading[], now = Date.now()): ClockEstimate | null {
  const recent = readings.filter((r) => now - r.at < READING_LIFE_MS);
  if (recent.length < FEWEST_READINGS) return null;
  const aheadMs = Math.round(median(recent.map((r) => r.aheadMs)));
  return {
    aheadMs,
    correctionMs: Math.abs(aheadMs) > CORRECT_BEYOND_MS ? aheadMs : 0,
    readings: recent.length,
    sites: [...new Set(recent.map((r) => r.host).reverse())],
    lastAt: Math.max(...recent.map((r) => r.at)),
  };
}
