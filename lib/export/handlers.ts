import { isString, optional, shape, type HandlerGroup } from '@/lib/messaging';
import { confirmBeforeTakingOut, readUsableAccounts, withVault } from '@/lib/vault';
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
        await confirmBeforeTakingOut(db, req.vaultPassphrase);
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
