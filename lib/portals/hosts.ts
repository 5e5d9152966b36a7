import { ALL_PORTALS } from './list';

// The static content script and host permissions cover exactly the manifest portals' hosts;
// every other site is reached through activeTab or an optional permission the person grants
// when binding an account there. (Also read by wxt.config.ts: no path aliases here.)
export const PORTAL_HOSTS: readonly string[] = ALL_PORTALS.filter((p) => p.inManifest).flatMap(
  (p) => p.hosts,
);

export const PORTAL_MATCHES = PORTAL_HOSTS.map((host) => `https://${host}/*`);
