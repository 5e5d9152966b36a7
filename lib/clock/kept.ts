import { storage } from 'wxt/utils/storage';
import { estimateClock, keepReading, READING_LIFE_MS, type ClockEstimate } from './estimate';
import { beyondSense, type ClockReading } from './reading';

// The readings name the sites the person visits, so they stay in session storage (trusted
// contexts only, gone with the browser). What they concluded, with no site in it, is kept on
// disk, so the first code after the browser starts is already right.
const readings = storage.defineItem<ClockReading[]>('session:clockReadings', { fallback: [] });
const lastEstimate = storage.defineItem<{ aheadMs: number; correctionMs: number; at: number } | null>(
  'local:clockEstimate',
  { fallback: null },
);

/** The last reading set aside as beyond sense, for Settings to say (session only: it names a site). */
const setAside = storage.defineItem<ClockReading | null>('session:clockSetAside', { fallback: null });

let turn: Promise<unknown> = Promise.resolve();

/**
 * Adds a reading (one at a time: responses arrive together) and keeps what it concludes; one
 * beyond sense (a Date years away) changes nothing and is only noted, to be said in Settings.
 */
export function noteReading(reading: ClockReading): Promise<void> {
  const next = turn.then(async () => {
    if (beyondSense(reading)) return setAside.setValue(reading);
    const kept = keepReading(await readings.getValue(), reading);
    await readings.setValue(kept);
    const estimate = estimateClock(kept, reading.at);
    if (estimate)
      await lastEstimate.setValue({
        aheadMs: estimate.aheadMs,
        correctionMs: estimate.correctionMs,
        at: estimate.lastAt,
      });
  });
  turn = next.catch(() => undefined);
  return next;
}

export interface ClockState {
  estimate: ClockEstimate | null;
  /** The last page whose time was beyond sense, set aside. */
  setAside: ClockReading | null;
  /** No readings this session yet: what the last session concluded, if recent. */
  remembered: { aheadMs: number; correctionMs: number; at: number } | null;
}

export async function clockState(now = Date.now()): Promise<ClockState> {
  const estimate = estimateClock(await readings.getValue(), now);
  const aside = await setAside.getValue();
  if (estimate) return { estimate, remembered: null, setAside: aside };
  const remembered = await lastEstimate.getValue();
  return {
    estimate: null,
    remembered: remembered && now - remembered.at < READING_LIFE_MS ? remembered : null,
    setAside: aside,
  };
}

/** How far codes are moved (ms): the estimate's correction, or the last session's. */
export async function clockCorrection(now = Date.now()): Promise<number> {
  return correctionOf(await clockState(now));
}

/** The correction a state of the clock calls for: this session's estimate, else the last one's. */
export const correctionOf = ({ estimate, remembered }: ClockState): number =>
  estimate?.correctionMs ?? remembered?.correctionMs ?? 0;

/** The time codes are computed for: this computer's clock, corrected when it is known to be off. */
export async function codeTime(now = Date.now()): Promise<number> {
  return now + (await clockCorrection(now));
}
