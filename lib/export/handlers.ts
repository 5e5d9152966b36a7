import { isString, optional, shape, type HandlerGroup } from '@/lib/messaging';
import {
  confirmPassphrase,
  readUsableAccounts,
  tryPassphrase,
  withVault,
  WrongPassphraseError,
} from '@/lib/vault';
import { writeAegis } from './aegis';
import { writeLinks } from './links';

const own = ['extension-page'] as const;
const isFormat = (v: unknown) => v === 'aegis' || v === 'links';

export const exportHandlers: HandlerGroup<'export.accounts'> = {
  'export.accounts': {
    allow: own,
    validate: shape({
      vaultPassphrase: isString(1024),
      format: isFormat,
      password: optional(isString(1024)),
    }),
    handle: (req) =>
      withVault(async (db, key) => {
        // Every secret leaves in the clear or under another app's password: the person must
        // know the vault passphrase, as for a backup; wrong tries count like wrong unlocks.
        await tryPassphrase(
          () => confirmPassphrase(db, req.vaultPassphrase),
          (e) => e instanceof WrongPassphraseError,
        );
        const accounts = (await readUsableAccounts(db, key)).map((a) => a.account);
        const date = new Date().toISOString().slice(0, 10);
        if (req.format === 'links') {
          return {
            fileName: `authenticator-links-${date}.txt`,
            content: writeLinks(accounts),
            saved: accounts.length,
          };
        }
        return {
          fileName: `aegis-export-${date}.json`,
          content: await writeAegis(accounts, req.password || undefined),
          saved: accounts.length,
        };
      }),
  },
};
