import { browser } from 'wxt/browser';
import { isSyncItemName } from './pack';

/** The browser's sync area (Chrome Sync, Firefox Sync), seen through this extension's items only. */
export const syncArea = {
  async read(): Promise<Record<string, unknown>> {
    const all = (await browser.storage.sync.get(null)) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(all).filter(([name]) => isSyncItemName(name)));
  },
  write: (items: Record<string, unknown>) => browser.storage.sync.set(items),
  remove: (names: string[]) => browser.storage.sync.remove(names),
};
