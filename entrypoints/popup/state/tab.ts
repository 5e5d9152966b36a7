import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { TabStatus } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import { ALL_PORTALS } from '@/lib/portals/list';

/** The tab the popup speaks about: the active tab of the window it was opened in. */
async function targetTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab the popup was opened on, and what the extension found there. */
export function createTabState() {
  const tabId = signal<number | undefined>(undefined);
  const tab = signal<TabStatus | null>(null);
  const portalName = computed(() => ALL_PORTALS.find((p) => p.id === tab.value?.portalId)?.name ?? null);
  const canFill = computed(() => tab.value?.kind === 'challenge' || tab.value?.kind === 'enrollment');

  async function findTab() {
    tabId.value = await targetTabId();
  }
  async function reload() {
    if (tabId.value !== undefined) tab.value = await send('tab.status', { tabId: tabId.value });
  }
  // What the extension learns about the tab while the popup is open (a code that arrived by
  // email or text, say) shows at once.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'session') void reload().catch(() => undefined);
  });
  return { tabId, tab, portalName, canFill, findTab, reload };
}

export type TabState = ReturnType<typeof createTabState>;
