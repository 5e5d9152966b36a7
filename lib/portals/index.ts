import { practicePanther } from './practicepanther';
import { practiceQ } from './practiceq';
import { therapyAppointment } from './therapyappointment';
import { registrableDomain } from '@/lib/sites/binding';
import { clio, jane, myCase, simplePractice, therapyNotes } from './other-portals';
import type { Portal } from './types';

/** The three practice portals the extension is built around; the manifest covers these hosts. */
export const PORTALS: readonly Portal[] = [practicePanther, practiceQ, therapyAppointment];

/** Every portal with known facts, including those reached only through a bound account. */
export const ALL_PORTALS: readonly Portal[] = [...PORTALS, clio, myCase, simplePractice, therapyNotes, jane];

/** The portal whose exact host this is (never a suffix or substring match). */
export function portalForHost(host: string): Portal | undefined {
  const normalized = host.toLowerCase().replace(/\.$/, '');
  const domain = registrableDomain(`https://${normalized}`);
  return ALL_PORTALS.find((portal) => portal.hosts.includes(normalized) || (portal.domain !== undefined && portal.domain === domain));
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
  return ALL_PORTALS.find((p) => [...p.hosts, ...(p.domain ? [p.domain] : [])].some((real) => h.includes(real.split('.').at(-2)!)));
}
