import { browser } from 'wxt/browser';
import { portalTrust } from '@/lib/storage';
import type { CookieFacts, PortalTrust } from './types';

export const nowS = () => Date.now() / 1000;
export const cookiesOf = (origin: string) =>
  browser.cookies.getAll({ url: origin }) as Promise<CookieFacts[]>;

/** Changes what is known about one portal. */
export async function updateTrust(portalId: string, change: (t: PortalTrust) => PortalTrust): Promise<void> {
  const all = await portalTrust.getValue();
  all[portalId] = change(all[portalId] ?? { cookies: [] });
  await portalTrust.setValue(all);
}
