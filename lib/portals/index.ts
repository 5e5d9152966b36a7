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

/**
 * The portal a look-alike address imitates ("app.practicepanther.com.secure-login.test"), so a
 * refusal can say why. Null for the real hosts and unrelated sites.
 */
export function portalImitatedBy(host: string): Portal | undefined {
  const h = host.toLowerCase();
  if (portalForHost(h)) return undefined;
  return PORTALS.find((p) => p.hosts.some((real) => h.includes(real.split('.').at(-2)!)));
}
