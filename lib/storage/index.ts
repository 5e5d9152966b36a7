import { storage } from 'wxt/utils/storage';
import type { TabStatus } from '@/lib/detect/types';

// Every storage item the extension keeps, declared once. Secrets never go in local or
// sync storage (content scripts can read those); the vault lives in IndexedDB.

/** What was detected on each open tab, by tab id. Session only: gone with the browser. */
export const tabStatuses = storage.defineItem<Record<string, TabStatus>>('session:tabStatuses', {
  fallback: {},
});
