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
  // The tab first (the list marks the accounts of its site), then its status and the codes
  // together: each is a round trip to the background, and the person is waiting for the codes.
  void feedback.act(async () => {
    await tabs.findTab();
    await Promise.all([tabs.reload(), accounts.refresh(true)]);
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
