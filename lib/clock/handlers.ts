import { i18n } from '@/lib/i18n';
import { isEmpty, type HandlerGroup } from '@/lib/messaging';
import { correctionLine, howFar } from './describe';
import { clockState, type ClockState } from './kept';

const own = ['extension-page'] as const;

/** What Settings says of the clock: the offset, and where it was learnt. */
async function clockStatus(): Promise<{ summary: string; source: string | null; setAside: string | null }> {
  const { estimate, remembered, setAside } = await clockState();
  const aside = setAside && i18n.t('clock.setAside', [setAside.host, howFar(setAside.aheadMs)]);
  return { ...(await known(estimate, remembered)), setAside: aside };
}

async function known(estimate: ClockState['estimate'], remembered: ClockState['remembered']) {
  const known = estimate ?? remembered;
  if (!known) return { summary: i18n.t('clock.notKnown'), source: null };
  const summary =
    known.correctionMs !== 0
      ? correctionLine(known.correctionMs)
      : Math.abs(known.aheadMs) < 1_500
        ? i18n.t('clock.rightToASecond')
        : i18n.t('clock.rightWithin', [howFar(known.aheadMs)]);
  if (!estimate) return { summary, source: i18n.t('clock.fromLastTime') };
  const last = new Date(estimate.lastAt).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
  });
  return {
    summary,
    source: i18n.t('clock.source', [String(estimate.readings), estimate.sites.join(', '), last]),
  };
}

export const clockHandlers: HandlerGroup<'clock.status'> = {
  'clock.status': { allow: own, validate: isEmpty, handle: clockStatus },
};
