import { lastBackupAt } from '@/lib/storage';
import { withoutDuplicates } from '@/lib/import/preview';
import { isString, shape, type HandlerGroup } from '@/lib/messaging';
import { displayName } from '@/lib/otp';
import {
  addAccounts,
  confirmBeforeTakingOut,
  readAccounts,
  readUsableAccounts,
  updateAccount,
  withVault,
} from '@/lib/vault';
import { readBackup, verifyBackup, writeBackup } from './file';
import { recoveryBroughtBack } from './recovery-back';

const own = ['extension-page'] as const;
const fileText = isString(5 * 1024 * 1024);
const passphrase = isString(1024);

export const backupHandlers: HandlerGroup<'backup.export' | 'backup.restore'> = {
  'backup.export': {
    allow: own,
    validate: shape({ vaultPassphrase: passphrase, passphrase }),
    handle: (req) =>
      withVault(async (db, key) => {
        await confirmBeforeTakingOut(db, req.vaultPassphrase);
        const all = await readAccounts(db, key);
        const entries = (await readUsableAccounts(db, key)).map(({ account, bindings, recovery }) => ({
          account,
          bindings,
          ...(recovery && { recovery }),
        }));
        const content = await writeBackup(entries, req.passphrase);
        await verifyBackup(content, req.passphrase, entries);
        await lastBackupAt.setValue(Date.now());
        const date = new Date().toISOString().slice(0, 10);
        return {
          fileName: `second-factor-backup-${date}.json`,
          content,
          saved: entries.length,
          leftOut: all.length - entries.length,
        };
      }),
  },
  'backup.restore': {
    allow: own,
    validate: shape({ content: fileText, passphrase }),
    handle: ({ content, passphrase }) =>
      withVault(async (db, key) => {
        const { entries, unreadable, cleaned } = await readBackup(content, passphrase);
        const existing = await readUsableAccounts(db, key);
        const keep = new Set(
          withoutDuplicates(
            entries.map((e) => e.account),
            existing.map((a) => a.account),
          ),
        );
        const fresh = entries.filter((e) => keep.has(e.account));
        await addAccounts(db, key, fresh);
        const back = recoveryBroughtBack(
          entries.filter((e) => !keep.has(e.account)),
          existing,
        );
        for (const { id, recovery } of back) await updateAccount(db, key, id, { recovery });
        const nameOf = (id: string) => displayName(existing.find((a) => a.id === id)!.account);
        return {
          added: fresh.map((e) => displayName(e.account)),
          recoveryBack: back.map((b) => nameOf(b.id)),
          duplicates: entries.filter((e) => !keep.has(e.account)).map((e) => displayName(e.account)),
          unreadable,
          cleaned,
        };
      }),
  },
};
