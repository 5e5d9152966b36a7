import { browser } from 'wxt/browser';
import { createRouter, originOf } from '@/lib/messaging';
import { tabStatuses } from '@/lib/storage';
import { handlers } from './handlers';

/** Wires every listener. Listeners are registered synchronously so a restarted worker gets its events. */
export function startBackground(): void {
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  const route = createRouter(handlers, self);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.tabs.onRemoved.addListener(async (tabId) => {
    const all = await tabStatuses.getValue();
    delete all[tabId];
    await tabStatuses.setValue(all);
  });
}
