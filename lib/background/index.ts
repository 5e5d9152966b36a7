import { browser } from 'wxt/browser';
import { createRouter, originOf } from '@/lib/messaging';
import { tabStatuses } from '@/lib/storage';
import { AUTO_LOCK_ALARM, lockVault } from '@/lib/vault';
import { refreshBoundSites } from './bound-sites';
import { triggerFill } from './fill-trigger';
import { handlers } from './handlers';

const FILL_MENU = 'fill-code';

/** The keyboard shortcut's handler, kept a plain function so tests can call it (BROWSER-TESTING.md). */
export async function onCommand(command: string, tabId: number | undefined): Promise<void> {
  if (command === 'fill-code' && tabId !== undefined) await triggerFill(tabId);
}

/** Wires every listener. Listeners are registered synchronously so a restarted worker gets its events. */
export function startBackground(): void {
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  const route = createRouter(handlers, self);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab?.id));
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: FILL_MENU, title: 'Fill two-factor code', contexts: ['editable'] });
    void refreshBoundSites();
  });
  browser.permissions.onAdded.addListener(() => refreshBoundSites());
  browser.permissions.onRemoved.addListener(() => refreshBoundSites());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FILL_MENU && tab?.id !== undefined) void triggerFill(tab.id);
  });

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
