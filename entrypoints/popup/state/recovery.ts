import { i18n } from '@/lib/i18n';
import { effect, signal } from '@preact/signals';
import { send } from '@/lib/messaging/send';
import type { AccountsState } from './accounts';
import type { Feedback } from './feedback';
import type { TabState } from './tab';

/** Recovery codes: keeping the ones a setup page shows, and using one on a code step. */
export function createRecoveryState(
  { act, notice, error }: Feedback,
  tabs: TabState,
  accounts: AccountsState,
) {
  /** How many recovery codes this tab's page shows (asked only where an account of the site is). */
  const onPage = signal(0);
  /** The account they were just kept with, for the line that says so. */
  const keptWith = signal<string | null>(null);

  /** `afterAdding`: the person just added an account on this page, so its helper may be started. */
  async function look(afterAdding = false) {
    const tabId = tabs.tabId.value;
    if (tabId === undefined) return;
    onPage.value = (await send('recovery.onPage', { tabId, start: afterAdding })).count;
  }
  // On opening, only where an account of this site is and the page helper already runs (the
  // portals, and sites the person allowed): a page of any other site is left alone.
  effect(() => {
    if (accounts.list.value?.accounts.some((a) => a.forThisSite)) void look().catch(() => undefined);
  });

  return {
    recoveryOnPage: onPage,
    recoveryKeptWith: keptWith,
    lookForRecoveryCodes: () => look(true).catch(() => undefined),
    keepRecoveryCodes: (id: string) =>
      act(async () => {
        const { kept } = await send('recovery.keepFromPage', { tabId: tabs.tabId.value!, id });
        keptWith.value = id;
        notice.value = i18n.t('recovery.kept', kept);
        await accounts.refresh();
      }),
    fillRecoveryCode: (id: string) =>
      act(async () => {
        const outcome = await send('fill.trigger', {
          tabId: tabs.tabId.value!,
          accountId: id,
          recovery: true,
        });
        if (outcome.filled) notice.value = i18n.t('recovery.filled');
        else error.value = outcome.message;
        await accounts.refresh();
      }),
    copyRecoveryCode: (id: string) =>
      act(async () => {
        const { code } = await send('recovery.copy', { id });
        await navigator.clipboard.writeText(code);
        notice.value = i18n.t('recovery.copied');
        await send('clipboard.copied', {});
        await accounts.refresh();
      }),
  };
}
