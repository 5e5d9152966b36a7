import { i18n } from '@/lib/i18n';
import type { Portal } from '@/lib/portals';
import type { TrustLoss } from '../types';
import type { Warning } from './types';

/** Notification: a learned remember-this-browser cookie was cleared, expired or evicted. */
export function cookieLostWarning(portal: Portal, how: TrustLoss): Warning {
  return {
    id: `trust-lost-${portal.id}`,
    title: i18n.t('warning.lostTitle', [portal.name]),
    message:
      how === 'expired'
        ? i18n.t('warning.lostExpired', [portal.name])
        : how === 'evicted'
          ? i18n.t('warning.lostEvicted', [portal.name])
          : i18n.t('warning.lostCleared', [portal.name]),
  };
}
