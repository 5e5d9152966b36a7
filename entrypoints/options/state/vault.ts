import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import type { AccountList, VaultStatus } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Sections } from './sections';

/** The vault's lock, passphrase and auto-lock, and the accounts list the other sections use. */
export function createVaultState({ act }: Sections) {
  const vault = signal<VaultStatus | null>(null);
  const list = signal<AccountList | null>(null);

  async function refresh() {
    vault.value = await send('vault.status', {});
    list.value = vault.value.unlocked ? await send('accounts.list', {}) : null;
  }

  return {
    vault,
    list,
    refresh,
    create: (passphrase: string) =>
      act(
        'lock',
        async () => {
          await send('vault.create', { passphrase });
          await refresh();
        },
        i18n.t('settings.creating'),
      ),
    unlock: (passphrase: string) =>
      act(
        'lock',
        async () => {
          await send('vault.unlock', { passphrase });
          await refresh();
        },
        i18n.t('settings.unlocking'),
      ),
    changePassphrase: (current: string, next: string) =>
      act(
        'passphrase',
        async () => {
          await send('vault.changePassphrase', { current, next });
          return i18n.t('settings.passphraseChanged');
        },
        i18n.t('settings.changingPassphrase'),
      ),
    setAutoLock: (minutes: number) =>
      act('autolock', async () => {
        vault.value = await send('settings.setAutoLock', { minutes });
        return i18n.t('settings.autoLockSet', minutes);
      }),
  };
}

export type VaultState = ReturnType<typeof createVaultState>;
