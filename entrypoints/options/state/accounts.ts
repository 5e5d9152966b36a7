import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { SiteBinding } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import { PORTAL_MATCHES } from '@/lib/portals';
import { matchPatternsFor } from '@/lib/sites/match-patterns';
import { download } from './files';
import type { Sections } from './sections';
import type { VaultState } from './vault';

/** The accounts section: names, the sites each may fill, order, delete with undo. */
export function createAccountsState({ act }: Sections, { list, refresh }: VaultState) {
  const deleted = signal<{ id: string; name: string } | null>(null);
  const shownRecovery = signal<{ id: string; codes: { code: string; used: boolean }[] } | null>(null);

  return {
    deleted,
    shownRecovery,
    /** Whether they were kept (a text that is not a list of codes is refused, the box kept). */
    saveRecovery: async (id: string, text: string) => {
      let kept = false;
      await act('accounts', async () => {
        const result = await send('recovery.save', { id, text });
        kept = true;
        shownRecovery.value = null;
        await refresh();
        return i18n.t('recovery.kept', result.kept);
      });
      return kept;
    },
    removeRecovery: (id: string) =>
      act('accounts', async () => {
        await send('recovery.remove', { id });
        shownRecovery.value = null;
        await refresh();
        return i18n.t('recovery.removed');
      }),
    showRecovery: (id: string, vaultPassphrase: string) =>
      act(
        'accounts',
        async () => {
          shownRecovery.value = { id, ...(await send('recovery.show', { id, vaultPassphrase })) };
        },
        i18n.t('recovery.checking'),
      ),
    hideRecovery: () => (shownRecovery.value = null),
    share: async (id: string, forWhom: string, days: number, vaultPassphrase: string) => {
      let made = false;
      await act(
        'accounts',
        async () => {
          const r = await send('share.create', { id, forWhom, days, vaultPassphrase });
          download(r.fileName, r.content);
          made = true;
          return i18n.t('share.made', [
            r.fileName,
            forWhom.trim(),
            r.passphrase,
            new Date(r.until).toLocaleString(),
          ]);
        },
        i18n.t('share.making'),
      );
      return made;
    },
    listShares: async (id: string) => (await send('share.list', { id })).lines,
    rename: (id: string, issuer: string, account: string) =>
      act('accounts', async () => {
        await send('accounts.update', { id, issuer, account });
        await refresh();
        return i18n.t('settings.saved');
      }),
    bind: (id: string, bindings: SiteBinding[]) =>
      act('accounts', async () => {
        // Asked now, while the click still counts as the person's gesture. A refusal (or a browser
        // that cannot ask) saves the sites all the same and says what that means.
        const origins = bindings.flatMap(matchPatternsFor).filter((p) => !PORTAL_MATCHES.includes(p));
        const allowed =
          origins.length === 0 || (await browser.permissions.request({ origins }).catch(() => false));
        await send('accounts.update', { id, bindings });
        await refresh();
        return allowed ? i18n.t('settings.sitesSaved') : i18n.t('settings.sitesSavedNoAccess');
      }),
    move: (id: string, offset: number) =>
      act('accounts', async () => {
        const ids = list.value!.accounts.map((a) => a.id);
        const from = ids.indexOf(id);
        const to = Math.max(0, Math.min(ids.length - 1, from + offset));
        ids.splice(to, 0, ...ids.splice(from, 1));
        await send('accounts.reorder', { ids });
        await refresh();
      }),
    remove: (id: string, name: string) =>
      act('accounts', async () => {
        await send('accounts.delete', { id });
        deleted.value = { id, name };
        await refresh();
      }),
    undo: () =>
      act('accounts', async () => {
        await send('accounts.undoDelete', { id: deleted.value!.id });
        deleted.value = null;
        await refresh();
      }),
  };
}
