import { i18n } from '@/lib/i18n';

/** How far off, in words: "40 seconds", "2 minutes", "3 hours". */
export function howFar(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 90) return i18n.t('clock.seconds', seconds);
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return i18n.t('clock.minutes', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return i18n.t('clock.hours', hours);
  const days = Math.round(hours / 24);
  if (days < 730) return i18n.t('clock.days', days);
  return i18n.t('clock.years', Math.round(days / 365));
}

/** "This computer's clock is 2 minutes slow; codes are corrected." (ahead: the sites' clocks are ahead). */
export function correctionLine(aheadMs: number): string {
  const far = howFar(aheadMs);
  return aheadMs > 0 ? i18n.t('clock.slowCorrected', [far]) : i18n.t('clock.fastCorrected', [far]);
}
