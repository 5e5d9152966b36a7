import { computed, signal } from '@preact/signals';
import type { AccountList, AccountSummary, AddRequest, VaultStatus } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Feedback } from './feedback';
import type { TabState } from './tab';

/** The vault and its accounts: lock state, the codes with their countdowns, search, add, copy. */
export function createAccountsState({ act, notice }: Feedback, { tabId }: TabState) {
  const vault = signal<VaultStatus | null>(null);
  const list = signal<AccountList | null>(null);
  const fetchedAt = signal(0);
  const now = signal(Date.now());
  const query = signal('');
  const adding = signal(false);
  const copiedId = signal<string | null>(null);

  const visible = computed(() => {
    const q = query.value.trim().toLowerCase();
    const all = list.value?.accounts ?? [];
    return q ? all.filter((a) => `${a.issuer} ${a.account}`.toLowerCase().includes(q)) : all;
  });
  const siteHost = computed(() => (list.value?.tabOrigin ? new URL(list.value.tabOrigin).host : null));

  function msLeft(item: AccountSummary): number | null {
    return item.msLeft === null ? null : item.msLeft - (now.value - fetchedAt.value);
  }

  async function refresh() {
    vault.value = await send('vault.status', {});
    list.value = vault.value.unlocked ? await send('accounts.list', { tabId: tabId.value }) : null;
    fetchedAt.value = Date.now();
    now.value = fetchedAt.value;
  }

  // Codes change on the period boundary: fetch new ones when any shown code runs out.
  setInterval(() => {
    now.value = Date.now();
    // A failed refresh leaves the old codes up; the next tick tries again.
    if (list.value?.accounts.some((a) => (msLeft(a) ?? 1) <= 0)) void refresh().catch(() => undefined);
  }, 250);

  return {
    vault,
    list,
    query,
    adding,
    copiedId,
    visible,
    siteHost,
    msLeft,
    refresh,
    create: (passphrase: string) =>
      act(async () => {
        await send('vault.create', { passphrase });
        await refresh();
      }),
    unlock: (passphrase: string) =>
      act(async () => {
        await send('vault.unlock', { passphrase });
        await refresh();
      }),
    lock: () =>
      act(async () => {
        await send('vault.lock', {});
        await refresh();
      }),
    add: (request: AddRequest, bindToSite: boolean) =>
      act(async () => {
        const result = await send('accounts.add', {
          ...request,
          bindToTab: bindToSite ? tabId.value : undefined,
        });
        notice.value = result.duplicate ? 'That account is already in your vault.' : 'Account added.';
        adding.value = false;
        await refresh();
      }),
    copy: (item: AccountSummary) =>
      act(async () => {
        await navigator.clipboard.writeText(item.code);
        copiedId.value = item.id;
        await send('clipboard.copied', {}); // the background clears it in 30 s, popup open or not
      }),
  };
}

export type AccountsState = ReturnType<typeof createAccountsState>;
