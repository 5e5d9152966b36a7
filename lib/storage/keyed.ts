import { browser } from 'wxt/browser';
import { storage, type StorageItemKey } from 'wxt/utils/storage';

// Session state kept per tab (or per site) is one storage key per tab and item, never one map
// shared by every tab: two tabs reporting at once then cannot overwrite each other's entry.
// Changes to one key run one after another within this worker, so an update or a take is
// atomic for that key.
const queues = new Map<string, Promise<unknown>>();

function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  // The caller sees its own failure; the queue only needs to know this turn is over.
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

export interface KeyedItem<K extends string | number, T> {
  get(key: K): Promise<T | null>;
  set(key: K, value: T): Promise<void>;
  /** Reads, changes and writes one key in turn; returning null removes it. */
  update(key: K, change: (current: T | null) => T | null): Promise<T | null>;
  /** Reads and removes one key in turn (a value used once). */
  take(key: K): Promise<T | null>;
  remove(key: K): Promise<void>;
}

export function defineKeyedItem<K extends string | number, T>(
  keyOf: (key: K) => StorageItemKey,
): KeyedItem<K, T> {
  return {
    get: (key) => storage.getItem<T>(keyOf(key)),
    set: (key, value) => inTurn(keyOf(key), () => storage.setItem(keyOf(key), value)),
    update: (key, change) =>
      inTurn(keyOf(key), async () => {
        const value = change(await storage.getItem<T>(keyOf(key)));
        if (value === null) await storage.removeItem(keyOf(key));
        else await storage.setItem(keyOf(key), value);
        return value;
      }),
    take: (key) =>
      inTurn(keyOf(key), async () => {
        const value = await storage.getItem<T>(keyOf(key));
        if (value !== null) await storage.removeItem(keyOf(key));
        return value;
      }),
    remove: (key) => inTurn(keyOf(key), () => storage.removeItem(keyOf(key))),
  };
}

const tabItemNames: string[] = [];
const tabKey = (tabId: number, name: string): StorageItemKey => `session:tab:${tabId}:${name}`;

/** Session state about one tab, e.g. `session:tab:12:status`; forgotten when the tab closes. */
export function defineTabItem<T>(name: string): KeyedItem<number, T> & { removeAll(): Promise<void> } {
  tabItemNames.push(name);
  return {
    ...defineKeyedItem<number, T>((tabId) => tabKey(tabId, name)),
    /** This item on every tab at once (locking drops every scanned setup code). */
    async removeAll() {
      const pattern = new RegExp(`^tab:-?\\d+:${name}$`);
      const keys = Object.keys(await browser.storage.session.get(null)).filter((k) => pattern.test(k));
      await browser.storage.session.remove(keys);
    },
  };
}

/** Everything kept about a tab, removed at once (the tab was closed). */
export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems(tabItemNames.map((name) => tabKey(tabId, name)));
}
