import { withoutDuplicates } from '@/lib/import/preview';
import { isString, shape, type HandlerGroup } from '@/lib/messaging';
import { addAccounts, readUsableAccounts, withVault } from '@/lib/vault';
import { readBackup, writeBackup } from './file';

const own = ['extension-page'] as const;
const fileText = isString(5 * 1024 * 1024);

export const backupHandlers: HandlerGroup<'backup.export' | 'backup.restore'> = {
  'backup.export': {
    allow: own,
    validate: shape({ passphrase: isString(1024) }),
    handle: ({ passphrase }) =>
      withVault(async (db, key) => {
        const entries = (await readUsableAccounts(db, key)).map(({ account, bindings }) => ({
          account,
          bindings,
        }));
        const date = new Date().toISOString().slice(0, 10);
        return {
          fileName: `second-factor-backup-${date}.json`,
          content: await writeBackup(entries, passphrase),
        };
      }),
  },
  'backup.restore': {
    allow: own,
    validate: shape({ content: fileText, passphrase: isString(1024) }),
    handle: ({ content, passphrase }) =>
      withVault(async (db, key) => {
        const entries = await readBackup(content, passphrase);
        const existing = (await readUsableAccounts(db, key)).map((a) => a.account);
        const keep = new Set(
          withoutDuplicates(
            entries.map((e) => e.account),
            existing,
          ),
        );
        const fresh = entries.filter((e) => keep.has(e.account));
        await addAccounts(db, key, fresh);
        return { added: fresh.length, skipped: entries.length - fresh.length };
      }),
  },
};
