import { browser } from 'wxt/browser';
import { canonicalOrigin } from '@/lib/sites';
import { tabStatus } from '@/lib/storage';

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
  return (await tabStatus.get(tabId))?.origin ?? null;
}
