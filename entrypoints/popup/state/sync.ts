import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import { send } from '@/lib/messaging/send';
import type { AccountsState } from './accounts';
import type { Feedback } from './feedback';

/** Sync in the popup: bringing a vault back on a browser that lost it, and what sync did here. */
export function createSyncState({ act, notice }: Feedback, accounts: AccountsState) {
  const syncOffered = signal(false);
  const syncLines = signal<string[]>([]);
  const syncRemoved = signal<string[]>([]);

  async function loadSyncNotices() {
    const seen = await send('sync.notices', {});
    syncLines.value = seen.lines;
    syncRemoved.value = seen.removed;
  }
  async function dismissSync() {
    await send('sync.dismissNotices', {});
    syncLines.value = [];
    syncRemoved.value = [];
  }

  return {
    syncOffered,
    syncLines,
    syncRemoved,
    /** Asked only when there is no vault here (never on the way to the codes). */
    checkSyncOffer: async () => {
      syncOffered.value = (await send('sync.offer', {})).available;
    },
    loadSyncNotices,
    dismissSync: () => act(dismissSync),
    restore: (passphrase: string) =>
      act(async () => {
        const { restored } = await send('sync.restore', { passphrase });
        syncOffered.value = false;
        notice.value = i18n.t('sync.restored', restored);
        await accounts.refresh();
      }),
    /** Accounts removed on another browser, kept on this one (and so everywhere again). */
    keepRemoved: () =>
      act(async () => {
        for (const id of syncRemoved.value) await send('accounts.undoDelete', { id });
        await dismissSync();
        await accounts.refresh();
      }),
  };
}
