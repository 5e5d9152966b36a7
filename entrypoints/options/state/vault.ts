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
        'Creating the vault…',
      ),
    unlock: (passphrase: string) =>
      act(
        'lock',
        async () => {
          await send('vault.unlock', { passphrase });
          await refresh();
        },
        'Unlocking…',
      ),
    changePassphrase: (current: string, next: string) =>
      act(
        'passphrase',
        async () => {
          await send('vault.changePassphrase', { current, next });
          return 'Passphrase changed. Use the new one from now on.';
        },
        'Changing the passphrase… This takes a few seconds.',
      ),
    setAutoLock: (minutes: number) =>
      act('autolock', async () => {
        vault.value = await send('settings.setAutoLock', { minutes });
        return `The vault now locks after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without use.`;
      }),
  };
}

export type VaultState = ReturnType<typeof createVaultState>;
