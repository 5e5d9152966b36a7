import { browser } from 'wxt/browser';
import { canonicalOrigin } from '@/lib/sites';

/**
 * The origin of a tab as the browser says it now: the tab's URL, which we may see on the portals,
 * on sites the person allowed, and after a click on the toolbar button, the shortcut or the menu
 * (activeTab). Null otherwise: what a page helper reported earlier never decides anything.
 */
export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? canonicalOrigin(tab.url) : null;
  } catch {
    return null; // the tab is gone
  }
}
