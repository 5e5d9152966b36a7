import type { PortalOverview } from '@/lib/messaging/types';
import { ALL_PORTALS, PORTAL_HOSTS } from '@/lib/portals';
import { portalTrust } from '@/lib/storage';
import { presentTrustCookies } from './learn';
import { cookiesOf, nowS } from './portal-trust';
import { recognition } from './status';

/** The options page's table: per portal, remembered or not, the learned cookies, password age. */
export async function trustOverview(): Promise<PortalOverview[]> {
  const all = await portalTrust.getValue();
  const rows: PortalOverview[] = [];
  for (const portal of ALL_PORTALS) {
    const trust = all[portal.id];
    if (!trust && !portal.hosts.some((h) => (PORTAL_HOSTS as readonly string[]).includes(h))) continue;
    const origin = `https://${portal.hosts[0]}`;
    // A portal whose cookies cannot be read (no permission for it) shows as not remembered.
    const cookies = await cookiesOf(origin).catch(() => []);
    const present = presentTrustCookies(trust?.cookies ?? [], cookies, nowS());
    rows.push({
      id: portal.id,
      name: portal.name,
      deliveries: [...portal.deliveries],
      recognition: recognition(trust, present),
      cookies: (trust?.cookies ?? []).map((c) => ({ name: c.name, expiresAt: c.expiresAt * 1000 })),
      passwordChangedAt: trust?.passwordChangedAt ?? null,
    });
  }
  return rows;
}
