import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/send';
import { PORTALS } from '@/lib/portals';
import type { TabStatus } from '@/lib/detect/types';

/** The tab the popup speaks about: ?tab=<id> when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createPopupState() {
  const tab = signal<TabStatus | null>(null);
  const error = signal<string | null>(null);

  async function load() {
    try {
      const tabId = await targetTabId();
      if (tabId !== undefined) tab.value = await send('tab.status', { tabId });
    } catch (e) {
      error.value = (e as Error).message;
    }
  }
  void load();

  const portalName = () => PORTALS.find((p) => p.id === tab.value?.portalId)?.name ?? null;
  return { tab, error, portalName };
}

export type PopupState = ReturnType<typeof createPopupState>;
