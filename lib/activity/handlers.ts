import { isEmpty, type HandlerGroup } from '@/lib/messaging';
import type { ActivityRow } from '@/lib/messaging/types';
import { withVault } from '@/lib/vault';
import { activityCsv } from './csv';
import { activityDb, readEntries } from './store';
import { doorWords, kindWords } from './words';

const own = ['extension-page'] as const;

async function readRecord(key: CryptoKey) {
  return readEntries(await activityDb(), key);
}

export const activityHandlers: HandlerGroup<'activity.list' | 'activity.csv'> = {
  // Only while the vault is open: the entries are sealed with its key.
  'activity.list': {
    allow: own,
    validate: isEmpty,
    handle: () =>
      withVault(async (_db, key) => {
        const { entries, unreadable } = await readRecord(key);
        const rows: ActivityRow[] = entries.map((e) => ({
          at: e.at,
          event: kindWords(e.kind),
          accountId: e.accountId ?? null,
          account: e.account ?? '',
          site: e.site ?? '',
          how: e.door ? doorWords(e.door) : '',
          detail: e.detail ?? '',
        }));
        return { rows, unreadable };
      }),
  },
  'activity.csv': {
    allow: own,
    validate: isEmpty,
    handle: () =>
      withVault(async (_db, key) => {
        const { entries } = await readRecord(key);
        const date = new Date().toISOString().slice(0, 10);
        return { fileName: `second-factor-activity-${date}.csv`, content: activityCsv(entries) };
      }),
  },
};
