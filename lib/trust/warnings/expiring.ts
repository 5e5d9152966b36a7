import { formatDay, i18n } from '@/lib/i18n';
import type { Portal } from '@/lib/portals';
import { expiringSoon } from '../status';
import type { PortalTrust, TrustCookie } from '../types';
import type { Warning } from './types';

/** Notification: a learned cookie expires within the reminder days and was not reminded about. */
export function expiringWarning(
  portal: Portal,
  trust: PortalTrust,
  nowMs: number,
  reminderDays: number,
): { warning: Warning; cookies: TrustCookie[] } | null {
  const soon = expiringSoon(trust, nowMs, reminderDays);
  if (soon.length === 0) return null;
  const day = formatDay(Math.min(...soon.map((c) => c.expiresAt)) * 1000);
  return {
    cookies: soon,
    warning: {
      id: `trust-expiring-${portal.id}`,
      title: i18n.t('warning.expiringTitle', [portal.name, day]),
      message: i18n.t('warning.expiring', [portal.name]),
    },
  };
}
