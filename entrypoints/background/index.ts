import { i18n } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { CLEAR_CLIPBOARD_ALARM, clearClipboard } from '@/lib/clipboard';
import { recordActivity } from '@/lib/activity';
import { watchSiteClocks } from '@/lib/clock';
import { scanImageAndTell, scanTabAndTell } from '@/lib/enroll';
import { triggerFill } from '@/lib/fill';
import { createRouter, ownExtension } from '@/lib/messaging';
import { forgetPolicy } from '@/lib/settings';
import { refreshBoundSites } from '@/lib/sites';
import { forgetTab } from '@/lib/storage';
import { checkReminders, onCookieChanged } from '@/lib/trust';
import { isSyncItemName, SYNC_RETRY_ALARM, syncSoon, wrappingInSync } from '@/lib/sync';
import { AUTO_LOCK_ALARM, lockVault, onVault, provideWrappingElsewhere } from '@/lib/vault';
import { handlers } from './handlers';
import { settle } from './settle';

const FILL_MENU = 'fill-code';
const SCAN_IMAGE_MENU = 'scan-image';
const TRUST_ALARM = 'trust-check';

async function onCommand(command: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  if (command === 'fill-code') await triggerFill(tabId, { door: 'shortcut' });
  if (command === 'scan-qr') await scanTabAndTell(tabId);
}

async function onMenu(menuItemId: string, tabId: number | undefined, srcUrl?: string): Promise<void> {
  if (tabId === undefined) return;
  if (menuItemId === FILL_MENU) await triggerFill(tabId, { door: 'menu' });
  if (menuItemId === SCAN_IMAGE_MENU && srcUrl) await scanImageAndTell(tabId, srcUrl);
}

// Listeners are registered synchronously, so a worker started by an event gets that event.
export default defineBackground(() => {
  const route = createRouter(handlers, ownExtension());
  // Sync: each change goes out, each unlock takes in what other browsers did meanwhile.
  onVault('changed', () => void syncSoon());
  onVault('unlocked', () => void syncSoon());
  provideWrappingElsewhere(wrappingInSync);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener(
    settle((details: { reason: string }) => {
      // First install only (not updates): what it does, pin the button, passphrase, backup.
      if (details.reason === 'install')
        void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      browser.contextMenus.create({ id: FILL_MENU, title: i18n.t('menu.fill'), contexts: ['editable'] });
      browser.contextMenus.create({
        id: SCAN_IMAGE_MENU,
        title: i18n.t('menu.scanImage'),
        contexts: ['image'],
      });
      void refreshBoundSites();
      return browser.alarms.create(TRUST_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
    }),
  );
  // storage.session is already empty after a browser restart; locking again is belt and braces.
  browser.runtime.onStartup.addListener(settle(() => lockVault()));

  browser.commands.onCommand.addListener(
    settle((command: string, tab?: { id?: number }) => onCommand(command, tab?.id)),
  );
  browser.contextMenus.onClicked.addListener(
    settle((info: { menuItemId: string | number; srcUrl?: string }, tab?: { id?: number }) =>
      onMenu(String(info.menuItemId), tab?.id, info.srcUrl),
    ),
  );

  browser.alarms.onAlarm.addListener(
    settle(async (alarm: { name: string }) => {
      if (alarm.name === AUTO_LOCK_ALARM) {
        await recordActivity({ kind: 'autoLocked' }); // while the key is still there to seal it
        await lockVault();
      }
      if (alarm.name === TRUST_ALARM) await checkReminders();
      if (alarm.name === CLEAR_CLIPBOARD_ALARM) await clearClipboard();
      if (alarm.name === SYNC_RETRY_ALARM) await syncSoon();
    }),
  );
  browser.cookies.onChanged.addListener(settle(onCookieChanged));
  browser.permissions.onAdded.addListener(settle(() => refreshBoundSites()));
  browser.permissions.onRemoved.addListener(settle(() => refreshBoundSites()));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') forgetPolicy();
    if (area === 'sync' && Object.keys(changes).some(isSyncItemName)) void syncSoon();
  });
  browser.tabs.onRemoved.addListener(settle((tabId: number) => forgetTab(tabId)));
  watchSiteClocks();
});
