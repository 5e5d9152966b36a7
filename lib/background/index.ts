import { browser } from 'wxt/browser';
import { createRouter, originOf } from '@/lib/messaging';
import { tabStatuses } from '@/lib/storage';
import { AUTO_LOCK_ALARM, lockVault } from '@/lib/vault';
import { handlers } from './handlers';

/** Wires every listener. Listeners are registered synchronously so a restarted worker gets its events. */
export function startBackground(): void {
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  const route = createRouter(handlers, self);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) await lockVault();
  });
  // storage.session is already empty after a browser restart; locking again is belt and braces.
  browser.runtime.onStartup.addListener(() => lockVault());

  browser.tabs.onRemoved.addListener(async (tabId) => {
    const all = await tabStatuses.getValue();
    delete all[tabId];
    await tabStatuses.setValue(all);
  });
}
