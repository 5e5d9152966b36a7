import { ALL_PORTALS } from './list';
import type { Portal as AnyPortal } from './types';
import type { PortalId } from './list';

/** A portal the extension knows (one of the files in this folder). */
export type Portal = AnyPortal<PortalId>;

/**
 * The portal whose exact host this is, or a host under the registrable domain a portal owns
 * whole (never a substring match). A portal's `domain` is itself a registrable domain, so a
 * host at or under it has that registrable domain: no public-suffix list is needed here, which
 * keeps it out of the popup.
 */
export function portalForHost(host: string): Portal | undefined {
  const normalized = host.toLowerCase().replace(/\.$/, '');
  return ALL_PORTALS.find(
    (portal: Portal) =>
      portal.hosts.includes(normalized) ||
      (portal.domain !== undefined &&
        (normalized === portal.domain || normalized.endsWith(`.${portal.domain}`))),
  );
}

export function portalForUrl(url: string): Portal | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? portalForHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}

export { ALL_PORTALS, PORTALS, type PortalId } from './list';
export { PORTAL_HOSTS, PORTAL_MATCHES } from './hosts';
export type { Delivery } from './types';

/**
 * The portal a look-alike address imitates ("app.practicepanther.com.secure-login.test"), so a
 * refusal can say why. Null for the real hosts and unrelated sites.
 */
export function portalImitatedBy(host: string): Portal | undefined {
  const h = host.toLowerCase();
  if (portalForHost(h)) return undefined;
  return ALL_PORTALS.find((p: Portal) =>
    [...p.hosts, ...(p.domain ? [p.domain] : [])].some((real) => h.includes(real.split('.').at(-2)!)),
  );
}
