import { i18n } from '@/lib/i18n';
import type { Portal } from '@/lib/portals';
import type { PortalTrust } from '../types';
import type { Warning } from './types';

const DAY_MS = 86_400_000;
/** Remind a week before the practice's interval runs out. */
const AHEAD_DAYS = 7;

/** Notification: the portal password is (nearly) older than the practice's interval. */
export function passwordDueWarning(
  portal: Portal,
  trust: PortalTrust,
  nowMs: number,
  intervalDays: number,
): Warning | null {
  if (!trust.passwordChangedAt || nowMs - trust.passwordChangedAt <= (intervalDays - AHEAD_DAYS) * DAY_MS) {
    return null;
  }
  const days = Math.floor((nowMs - trust.passwordChangedAt) / DAY_MS);
  return {
    id: `password-due-${portal.id}`,
    title: i18n.t('warning.passwordDueTitle', [portal.name]),
    message: i18n.t('warning.passwordDue', [days, intervalDays]),
  };
}
