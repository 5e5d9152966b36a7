import { i18n } from '@/lib/i18n';
import { computed, signal } from '@preact/signals';
import type { AccountList, AccountSummary, AddRequest, VaultStatus } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Feedback } from './feedback';
import type { TabState } from './tab';

/** A code with less time than this left may run out before the site checks it (as filling does). */
const ABOUT_TO_EXPIRE_MS = 3_000;
/** Rows asked for before the rest, a screenful: the codes show as fast with 500 accounts as with one. */
const FIRST_LOOK = 10;
/** How long "Copied" stays beside a code. */
const COPIED_SHOWN_MS = 2_000;

/**
 * Resolves once the frame now being drawn is on screen (a task queued from inside it runs
 * after), or after a tenth of a second on a page out of sight, which draws no frames.
 */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

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

  /** The code to show and copy: the next one when this one runs out before it could be used. */
  function usableCode(item: AccountSummary): string {
    const left = msLeft(item);
    return left !== null && left <= ABOUT_TO_EXPIRE_MS && item.nextCode ? item.nextCode : item.code;
  }

  /**
   * `firstLook`: this site's accounts and a screenful of the others first, then the whole list
   * (for the search and the scroll) once those are on screen. `asked`: the status, if already
   * asked for.
   */
  async function refresh(firstLook = false, asked?: Promise<VaultStatus>) {
    // Asked together (the person is waiting for the codes): while locked the list is refused,
    // which the status explains; unlocked, a refused list is an error to show.
    const first = firstLook ? FIRST_LOOK : undefined;
    const listing = send('accounts.list', { tabId: tabId.value, first }).then(
      (accounts) => ({ accounts }),
      (error: unknown) => ({ error }),
    );
    const status = await (asked ?? send('vault.status', {}));
    const listed = await listing;
    if (status.unlocked && 'error' in listed) throw listed.error;
    vault.value = status;
    list.value = status.unlocked && 'accounts' in listed ? listed.accounts : null;
    fetchedAt.value = Date.now();
    now.value = fetchedAt.value;
    if (list.value?.more) {
      await nextFrame();
      await refresh();
    }
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
    usableCode,
    refresh,
    create: (passphrase: string) =>
      act(async () => {
        await send('vault.create', { passphrase });
        await refresh();
      }),
    unlock: (passphrase: string) =>
      act(async () => {
        await send('vault.unlock', { passphrase });
        await refresh(true);
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
        notice.value = result.duplicate ? i18n.t('popup.alreadyInVault') : i18n.t('popup.added');
        adding.value = false;
        await refresh();
      }),
    copy: (item: AccountSummary) =>
      act(async () => {
        // A counter-based code is used up by copying: the background moves the counter on first.
        const code =
          item.kind === 'hotp' ? (await send('accounts.useHotp', { id: item.id })).code : usableCode(item);
        await navigator.clipboard.writeText(code);
        copiedId.value = item.id;
        notice.value = i18n.t('popup.copied'); // said by the live region

        setTimeout(() => {
          if (copiedId.value === item.id) copiedId.value = null;
        }, COPIED_SHOWN_MS);
        await send('clipboard.copied', { accountId: item.id }); // the background clears it in 30 s, popup open or not
        if (item.kind === 'hotp') await refresh();
      }),
    nextHotp: (item: AccountSummary) =>
      act(async () => {
        await send('accounts.nextHotp', { id: item.id });
        await refresh();
      }),
  };
}

export type AccountsState = ReturnType<typeof createAccountsState>;
