import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import type { SyncView } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Sections } from './sections';
import type { VaultState } from './vault';

/** Sync between the person's browsers: its choice and its state, kept fresh while the page is open. */
export function createSyncState({ act }: Sections, vault: VaultState) {
  const sync = signal<SyncView | null>(null);
  const syncOffered = signal(false);
  const loadSync = async () => {
    const before = sync.value?.lastSyncedAt;
    sync.value = await send('sync.status', {});
    // Changes from other browsers came in: the accounts shown follow (open editors keep their text).
    if (before && sync.value.lastSyncedAt !== before && vault.vault.value?.unlocked) await vault.refresh();
    if (vault.vault.value && !vault.vault.value.exists)
      syncOffered.value = (await send('sync.offer', {})).available;
  };
  // Another browser's changes arrive while Settings is open: the state line follows them.
  setInterval(() => void loadSync().catch(() => undefined), 5_000);
  return {
    sync,
    syncOffered,
    loadSync,
    restoreFromSync: (passphrase: string) =>
      act(
        'lock',
        async () => {
          const { restored } = await send('sync.restore', { passphrase });
          syncOffered.value = false;
          await vault.refresh();
          await loadSync();
          return i18n.t('sync.restored', restored);
        },
        i18n.t('settings.unlocking'),
      ),
    setSync: (on: boolean) =>
      act('sync', async () => {
        sync.value = await send('sync.set', { on });
        await vault.refresh();
        return on ? i18n.t('sync.turnedOn') : i18n.t('sync.turnedOff');
      }),
    removeFromSync: () =>
      act('sync', async () => {
        sync.value = await send('sync.remove', {});
        return i18n.t('sync.removed');
      }),
    joinSynced: (passphrase: string) =>
      act(
        'sync',
        async () => {
          sync.value = await send('sync.join', { passphrase });
          await vault.refresh();
          return i18n.t('sync.joined');
        },
        i18n.t('settings.unlocking'),
      ),
    useNewPassphrase: (passphrase: string) =>
      act(
        'sync',
        async () => {
          sync.value = await send('sync.usePassphrase', { passphrase });
          return i18n.t('sync.usingNew');
        },
        i18n.t('settings.unlocking'),
      ),
  };
}
