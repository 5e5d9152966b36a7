import { formatList, i18n } from '@/lib/i18n';
import { computed } from '@preact/signals';
import type { FillOutcome } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { AccountsState } from './accounts';
import type { Feedback } from './feedback';
import type { TabState } from './tab';

const SOURCE_WORDS = {
  email: () => i18n.t('popup.source.email'),
  sms: () => i18n.t('popup.source.sms'),
  voice: () => i18n.t('popup.source.voice'),
} as const;

/** Filling the tab's code step: from an account, or a code the person pastes from a message. */
export function createFillState({ act, notice, error }: Feedback, tabs: TabState, accounts: AccountsState) {
  /** Where a code the portal sends arrives, when this page is waiting for one. */
  const sentCodeSource = computed(() => {
    const t = tabs.tab.value;
    if (t?.kind !== 'challenge') return null;
    const sent = t.deliveries.filter((d) => d !== 'authenticator');
    // Any site may send its code instead (or besides): the paste box is on every code step.
    if (sent.length === 0) return i18n.t('popup.sourceEither');
    return formatList(
      sent.map((d) => SOURCE_WORDS[d as keyof typeof SOURCE_WORDS]()),
      'disjunction',
    );
  });
  /** An account here can fill this code step (then it, not the paste box, has the keyboard). */
  const accountCanFill = computed(() => accounts.list.value?.accounts.some((a) => a.forThisSite) ?? false);
  /** A portal wants an authenticator app's code and no account here has it yet. */
  const appAccountMissing = computed(() => {
    const t = tabs.tab.value;
    return (
      t?.kind === 'challenge' &&
      t.portalId !== null &&
      t.deliveries[0] === 'authenticator' &&
      accounts.list.value !== null &&
      !accountCanFill.value
    );
  });

  async function tell(outcome: FillOutcome) {
    if (outcome.filled) notice.value = outcome.message;
    else error.value = outcome.message;
    await tabs.reload();
  }

  return {
    sentCodeSource,
    accountCanFill,
    appAccountMissing,
    fill: (item: { id: string }) =>
      act(async () => tell(await send('fill.trigger', { tabId: tabs.tabId.value!, accountId: item.id }))),
    fillTyped: (code: string) =>
      act(async () => tell(await send('fill.trigger', { tabId: tabs.tabId.value!, code }))),
  };
}
