import { activityDb, readEntries } from '@/lib/activity/store';
import { isEmpty, type HandlerGroup } from '@/lib/messaging';
import { readUsableAccounts, withVault, type VaultDb } from '@/lib/vault';
import { handoverCsv, handoverRows } from './list';

const own = ['extension-page'] as const;

async function rows(db: VaultDb, key: CryptoKey) {
  const { entries } = await readEntries(await activityDb(), key);
  return handoverRows(await readUsableAccounts(db, key), entries);
}

export const handoverHandlers: HandlerGroup<'handover.list' | 'handover.csv'> = {
  'handover.list': {
    allow: own,
    validate: isEmpty,
    handle: () => withVault(async (db, key) => ({ rows: await rows(db, key) })),
  },
  'handover.csv': {
    allow: own,
    validate: isEmpty,
    handle: () =>
      withVault(async (db, key) => ({
        fileName: `second-factor-handover-${new Date().toISOString().slice(0, 10)}.csv`,
        content: handoverCsv(await rows(db, key)),
      })),
  },
};
