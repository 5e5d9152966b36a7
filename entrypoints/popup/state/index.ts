import { computed, effect, signal } from '@preact/signals';
import { firstCard } from '@/lib/popup/first-card';
import { browser } from 'wxt/browser';
import { createAccountsState } from './accounts';
import { createFeedback } from './feedback';
import { createFillState } from './fill';
import { createRecoveryState } from './recovery';
import { createScanState } from './scan';
import { createSyncState } from './sync';
import { createTabState } from './tab';
import { send } from '@/lib/messaging/send';

/** The popup's state: the tab it is about, the vault's accounts, filling and scanning. */
export function createPopupState() {
  const feedback = createFeedback();
  const tabs = createTabState();
  const accounts = createAccountsState(feedback, tabs);
  const fill = createFillState(feedback, tabs, accounts);
  const scan = createScanState(feedback, tabs, accounts);
  const sync = createSyncState(feedback, accounts);
  const recovery = createRecoveryState(feedback, tabs, accounts);
  const incognitoBlocked = signal(false);

  void browser.extension.isAllowedIncognitoAccess().then((allowed) => (incognitoBlocked.value = !allowed));
  // The vault's state at once (after a pause the browser has stopped the background: this
  // starts it while the tab is looked up), then the codes and the tab's status together once
  // the tab is known (the list marks the accounts of its site). The person is waiting for them.
  void feedback.act(async () => {
    const status = send('vault.status', {});
    status.catch(() => undefined); // refresh reports it
    await tabs.findTab();
    await Promise.all([tabs.reload(), accounts.refresh(true, status)]);
  });
  // Once unlocked, show what a scan by shortcut or menu found on this tab, if anything.
  effect(() => {
    // Only a convenience: if it cannot be read, Scan page still works.
    if (accounts.vault.value?.unlocked) void scan.loadPending().catch(() => undefined);
  });
  // After the codes: what sync did here; with no vault, whether one waits in browser sync.
  effect(() => {
    const vault = accounts.vault.value;
    if (vault?.unlocked) void sync.loadSyncNotices().catch(() => undefined);
    if (vault && !vault.exists) void sync.checkSyncOffer().catch(() => undefined);
  });

  /** What the popup shows first for this tab. */
  const card = computed(() =>
    firstCard({
      unlocked: accounts.vault.value?.unlocked === true && accounts.list.value !== null,
      tab: tabs.tab.value,
      accounts: accounts.list.value?.accounts ?? [],
      scanShown: scan.scan.value !== null,
      recoveryOnPage: recovery.recoveryOnPage.value,
    }),
  );

  return {
    ...feedback,
    ...tabs,
    ...accounts,
    ...fill,
    ...scan,
    ...sync,
    ...recovery,
    incognitoBlocked,
    card,
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
