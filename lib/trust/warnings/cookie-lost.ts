import type { Portal } from '@/lib/portals';
import type { TrustLoss } from '../types';
import type { Warning } from './types';

/** Notification: a learned remember-this-browser cookie was cleared, expired or evicted. */
export function cookieLostWarning(portal: Portal, how: TrustLoss): Warning {
  return {
    id: `trust-lost-${portal.id}`,
    title: `${portal.name} will ask for a code again`,
    message: `This browser is no longer remembered by ${portal.name} (its cookie was ${how}). Have your phone at hand next time you sign in.`,
  };
}
