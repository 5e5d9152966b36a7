import { i18n } from '@/lib/i18n';
import type { ClockForPopup } from '@/lib/messaging/types';
import { correctionLine } from './describe';
import { clockState, correctionOf, type ClockState } from './kept';

/** Within this, the clock is not why a code was refused (portals take the steps either side). */
const RIGHT_WITHIN_MS = 5_000;

/** The time codes are made for now, and what the popup says of the clock: one read of what is kept. */
export async function clockForCodes(now = Date.now()): Promise<{ at: number; clock: ClockForPopup }> {
  const state = await clockState(now);
  return { at: now + correctionOf(state), clock: describeClock(state) };
}

export async function clockForPopup(): Promise<ClockForPopup> {
  return describeClock(await clockState());
}

function describeClock({ estimate, remembered }: ClockState): ClockForPopup {
  const known = estimate ?? remembered;
  if (!known) return { line: null, known: 'unknown' };
  if (known.correctionMs !== 0) return { line: correctionLine(known.correctionMs), known: 'corrected' };
  return { line: null, known: Math.abs(known.aheadMs) <= RIGHT_WITHIN_MS ? 'right' : 'unknown' };
}

/** What to check when a site refused a code: the clock when it may be the cause, else the account. */
export async function refusedCodeHint(): Promise<string> {
  const { known } = await clockForPopup();
  if (known === 'right') return i18n.t('clock.refusedRight');
  if (known === 'corrected') return i18n.t('clock.refusedCorrected');
  return i18n.t('clock.refusedUnknown');
}
