import { i18n } from '@/lib/i18n';
import { injectHelper } from '@/lib/fill/helper';
import {
  isBoolean,
  isInt,
  isString,
  optional,
  sendToTab,
  shape,
  UserFacingError,
  type HandlerGroup,
} from '@/lib/messaging';
import { bindingAllows } from '@/lib/sites';
import { tabOrigin } from '@/lib/tab-status';
import { confirmBeforeTakingOut, readAccount, updateAccount, withVault } from '@/lib/vault';
import type { VaultDb } from '@/lib/vault/db';
import { newList, readRecoveryList } from './codes';
import { takeRecoveryCode } from './take';

const own = ['extension-page'] as const;
const id = isString(64);

/**
 * The codes the tab's page shows, read by its page helper; `start`: the person acted on this page
 * (added its account), so the helper may be started where it does not run (activeTab).
 */
async function codesOnPage(tabId: number, start: boolean): Promise<string[]> {
  if (start && !(await injectHelper(tabId))) return [];
  const answer = await sendToTab(tabId, 'page.recoveryCodes', {}, { frameId: 0 });
  return answer?.codes.length ? readRecoveryList(answer.codes.join('\n')) : [];
}

async function keep(db: VaultDb, key: CryptoKey, accountId: string, codes: string[]) {
  await updateAccount(db, key, accountId, { recovery: newList(codes) });
  return { kept: codes.length };
}

type RecoveryMessages =
  | 'recovery.onPage'
  | 'recovery.keepFromPage'
  | 'recovery.save'
  | 'recovery.remove'
  | 'recovery.show'
  | 'recovery.copy';

export const recoveryHandlers: HandlerGroup<RecoveryMessages> = {
  'recovery.onPage': {
    allow: own,
    validate: shape({ tabId: isInt, start: optional(isBoolean) }),
    handle: async ({ tabId, start }) => ({
      count: (await codesOnPage(tabId, start === true).catch(() => [])).length,
    }),
  },
  // Only for an account of the page's own site: another site's page cannot hand it codes.
  'recovery.keepFromPage': {
    allow: own,
    validate: shape({ tabId: isInt, id }),
    handle: ({ tabId, id: accountId }) =>
      withVault(async (db, key) => {
        const origin = await tabOrigin(tabId);
        const account = await readAccount(db, key, accountId);
        if (!origin || !bindingAllows(account.bindings, origin))
          throw new UserFacingError(i18n.t('recoveryError.otherSite'));
        const codes = await codesOnPage(tabId, true);
        if (codes.length === 0) throw new UserFacingError(i18n.t('recoveryError.noneOnPage'));
        return keep(db, key, accountId, codes);
      }),
  },
  'recovery.save': {
    allow: own,
    validate: shape({ id, text: isString(10_000) }),
    handle: ({ id: accountId, text }) =>
      withVault(async (db, key) => keep(db, key, accountId, readRecoveryList(text))),
  },
  'recovery.remove': {
    allow: own,
    validate: shape({ id }),
    handle: ({ id: accountId }) =>
      withVault(async (db, key) => {
        await updateAccount(db, key, accountId, { recovery: [] });
        return { ok: true as const };
      }),
  },
  // They get past the second factor: whoever sits at an unlocked browser must know the passphrase.
  'recovery.show': {
    allow: own,
    validate: shape({ id, vaultPassphrase: isString(1024) }),
    handle: ({ id: accountId, vaultPassphrase }) =>
      withVault(async (db, key) => {
        await confirmBeforeTakingOut(db, vaultPassphrase);
        const { recovery } = await readAccount(db, key, accountId);
        return { codes: (recovery ?? []).map((c) => ({ code: c.code, used: c.usedAt !== undefined })) };
      }),
  },
  'recovery.copy': {
    allow: own,
    validate: shape({ id }),
    handle: ({ id: accountId }) =>
      withVault(async (db, key) => ({ code: await takeRecoveryCode(db, key, accountId) })),
  },
};
