import { browser } from 'wxt/browser';
import type { Handler, MessageName } from '@/lib/messaging';
import { canonicalOrigin } from '@/lib/sites';
import { tabStatuses } from '@/lib/storage';
import { openVaultDb, type VaultDb } from '@/lib/vault';

export type HandlerGroup<K extends MessageName> = { [N in K]: Handler<N> };

// Reopened lazily by each new service worker; IndexedDB connections do not survive a restart.
let db: Promise<VaultDb> | null = null;
export const vaultDb = (): Promise<VaultDb> => (db ??= openVaultDb());

/**
 * The origin of a tab, as the browser reports it: the tab's URL where we may see it (portal
 * hosts, activeTab), else what our content script's sender origin was on that tab.
 */
export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (tab.url) return canonicalOrigin(tab.url);
  } catch {
    return null; // the tab is gone
  }
  return (await tabStatuses.getValue())[tabId]?.origin ?? null;
}
