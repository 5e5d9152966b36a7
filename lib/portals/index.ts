import { practicePanther } from './practicepanther';
import { practiceQ } from './practiceq';
import { therapyAppointment } from './therapyappointment';
import type { Portal } from './types';

export const PORTALS: readonly Portal[] = [practicePanther, practiceQ, therapyAppointment];

/** The portal whose exact host this is (never a suffix or substring match). */
export function portalForHost(host: string): Portal | undefined {
  const normalized = host.toLowerCase().replace(/\.$/, '');
  return PORTALS.find((portal) => portal.hosts.includes(normalized));
}

export function portalForUrl(url: string): Portal | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? portalForHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}

export { PORTAL_HOSTS, PORTAL_MATCHES } from './hosts';
export type { Portal, PortalId, Delivery } from './types';
