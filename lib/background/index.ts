import { browser } from 'wxt/browser';
import { createRouter, originOf } from '@/lib/messaging';
import { forgetPolicy, tabStatuses } from '@/lib/storage';
import { CLEAR_CLIPBOARD_ALARM, clearClipboard } from '@/lib/clipboard';
import { AUTO_LOCK_ALARM, lockVault } from '@/lib/vault';
import { refreshBoundSites } from './bound-sites';
import { triggerFill } from './fill-trigger';
import { checkReminders, onCookieChanged } from './trust';
import { handlers } from './handlers';
import { summarize } from './qr-handlers';
import { scanImageAt, scanTab } from './qr-scan';
import type { ScanReport } from '@/lib/enroll';

const FILL_MENU = 'fill-code';
const TRUST_ALARM = 'trust-check';

const SCAN_IMAGE_MENU = 'scan-image';

/** Tells the person on the page what a shortcut or menu scan found (the popup shows the rest). */
async function announce(tabId: number, work: () => Promise<ScanReport>): Promise<void> {
  let text: string;
  try {
    text = summarize(await work());
  } catch (error) {
    text = (error as Error).message;
  }
  await browser.tabs.sendMessage(tabId, { type: 'sfc.toast', text }, { frameId: 0 }).catch(() => undefined);
  await browser.action.openPopup?.().catch(() => undefined);
}

/** The keyboard shortcuts' handler, kept a plain function so tests can call it (BROWSER-TESTING.md). */
export async function onCommand(command: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  if (command === 'fill-code') await triggerFill(tabId);
  if (command === 'scan-qr') await announce(tabId, () => scanTab(tabId));
}

/** The context menu's handler, a plain function like onCommand. */
export { checkReminders, clearClipboard };

export async function onMenu(menuItemId: string, tabId: number | undefined, srcUrl?: string): Promise<void> {
  if (tabId === undefined) return;
  if (menuItemId === FILL_MENU) await triggerFill(tabId);
  if (menuItemId === SCAN_IMAGE_MENU && srcUrl) await announce(tabId, () => scanImageAt(tabId, srcUrl));
}

/** Wires every listener. Listeners are registered synchronously so a restarted worker gets its events. */
export function startBackground(): void {
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! };
  const route = createRouter(handlers, self);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.commands.onCommand.addListener((command, tab) => onCommand(command, tab?.id));
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: FILL_MENU, title: 'Fill two-factor code', contexts: ['editable'] });
    browser.contextMenus.create({ id: SCAN_IMAGE_MENU, title: 'Add 2FA account from this QR code', contexts: ['image'] });
    void refreshBoundSites();
    void browser.alarms.create(TRUST_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
  browser.permissions.onAdded.addListener(() => refreshBoundSites());
  browser.permissions.onRemoved.addListener(() => refreshBoundSites());
  browser.contextMenus.onClicked.addListener((info, tab) => onMenu(String(info.menuItemId), tab?.id, info.srcUrl));

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) await lockVault();
    if (alarm.name === TRUST_ALARM) await checkReminders();
    if (alarm.name === CLEAR_CLIPBOARD_ALARM) await clearClipboard();
  });
  browser.cookies.onChanged.addListener((change) => onCookieChanged(change));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') forgetPolicy();
  });
  // storage.session is already empty after a browser restart; locking again is belt and braces.
  browser.runtime.onStartup.addListener(() => lockVault());

  browser.tabs.onRemoved.addListener(async (tabId) => {
    const all = await tabStatuses.getValue();
    delete all[tabId];
    await tabStatuses.setValue(all);
  });
}
