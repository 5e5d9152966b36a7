import { recordActivity } from '@/lib/activity/record';
import { activityDb, readEntries } from '@/lib/activity/store';
import { i18n } from '@/lib/i18n';
import { isInt, isString, shape, UserFacingError, type HandlerGroup } from '@/lib/messaging';
import { cleanName, displayName } from '@/lib/otp';
import { confirmBeforeTakingOut, readAccount, withVault } from '@/lib/vault';
import { newSharePassphrase, readShare, writeShare } from './file';

const own = ['extension-page'] as const;
const DAY_MS = 86_400_000;
/** The longest a share may wait for its colleague: a share is for now, not a second backup. */
export const LONGEST_SHARE_DAYS = 14;

export const shareHandlers: HandlerGroup<'share.create' | 'share.list'> = {
  'share.create': {
    allow: own,
    validate: shape({
      id: isString(64),
      forWhom: isString(200),
      days: isInt,
      vaultPassphrase: isString(1024),
    }),
    handle: (req) =>
      withVault(async (db, key) => {
        const forWhom = req.forWhom.trim() ? cleanName(req.forWhom, 'accountName').slice(0, 80) : '';
        if (!forWhom) throw new UserFacingError(i18n.t('share.forWhom'));
        if (req.days < 1 || req.days > LONGEST_SHARE_DAYS)
          throw new UserFacingError(i18n.t('share.days', [LONGEST_SHARE_DAYS]));
        await confirmBeforeTakingOut(db, req.vaultPassphrase);
        const entry = await readAccount(db, key, req.id);
        const passphrase = newSharePassphrase();
        const until = new Date(Date.now() + req.days * DAY_MS);
        const shared = { account: entry.account, bindings: entry.bindings };
        const content = await writeShare(shared, forWhom, until, passphrase);
        // Opened again before it is given, as a backup is: the colleague's copy will open.
        await readShare(JSON.parse(content), passphrase);
        const name = displayName(entry.account);
        await recordActivity({
          kind: 'shared',
          accountId: entry.id,
          account: name,
          detail: i18n.t('share.detail', [forWhom, until.toLocaleDateString()]),
        });
        const slug =
          forWhom
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'colleague';
        return {
          fileName: `second-factor-share-for-${slug}-${new Date().toISOString().slice(0, 10)}.json`,
          content,
          passphrase,
          until: until.getTime(),
        };
      }),
  },
  // What the account's view says of its shares (from the activity record, while it keeps them).
  'share.list': {
    allow: own,
    validate: shape({ id: isString(64) }),
    handle: (req) =>
      withVault(async (_db, key) => {
        const { entries } = await readEntries(await activityDb(), key);
        return {
          lines: entries
            .filter((e) => e.kind === 'shared' && e.accountId === req.id)
            .map((e) => i18n.t('share.noted', [new Date(e.at).toLocaleDateString(), e.detail ?? ''])),
        };
      }),
  },
};
