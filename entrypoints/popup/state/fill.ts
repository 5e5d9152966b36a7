import { computed } from '@preact/signals';
import type { FillOutcome } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { AccountsState } from './accounts';
import type { Feedback } from './feedback';
import type { TabState } from './tab';

const SOURCE_WORDS = { email: 'your email', sms: 'a text message', voice: 'a phone call' } as const;

/** Filling the tab's code step: from an account, or a code the person pastes from a message. */
export function createFillState({ act, notice, error }: Feedback, tabs: TabState, accounts: AccountsState) {
  /** Where a code the portal sends arrives, when this page is waiting for one. */
  const sentCodeSource = computed(() => {
    const t = tabs.tab.value;
    if (t?.kind !== 'challenge') return null;
    // An authenticator account for this site fills the code itself: no pasting needed.
    if (accounts.list.value?.accounts.some((a) => a.forThisSite)) return null;
    const sent = t.deliveries.filter((d) => d !== 'authenticator');
    if (sent.length === 0) return null;
    return sent.map((d) => SOURCE_WORDS[d as keyof typeof SOURCE_WORDS]).join(' or ');
  });

  async function tell(outcome: FillOutcome) {
    if (outcome.filled) notice.value = outcome.message;
    else error.value = outcome.message;
    await tabs.reload();
  }

  return {
    sentCodeSource,
    fill: (item: { id: string }) =>
      act(async () => tell(await send('fill.trigger', { tabId: tabs.tabId.value!, accountId: item.id }))),
    fillTyped: (code: string) =>
      act(async () => tell(await send('fill.trigger', { tabId: tabs.tabId.value!, code }))),
  };
}
