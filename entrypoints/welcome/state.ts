import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { i18n } from '@/lib/i18n';
import type { VaultStatus } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';

/** The first-run page: is there a vault yet, and creating it right here. */
export function createWelcomeState() {
  const vault = signal<VaultStatus | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  const refresh = async () => {
    vault.value = await send('vault.status', {});
  };
  void refresh().catch((e: Error) => (error.value = e.message));
  // Back from Settings after the first backup: the last step shows it done.
  addEventListener('focus', () => void refresh().catch(() => undefined));
  return {
    vault,
    busy,
    error,
    firefox: typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function',
    create: async (passphrase: string) => {
      busy.value = true;
      error.value = null;
      try {
        await send('vault.create', { passphrase });
        await refresh();
      } catch (e) {
        error.value = (e as Error).message || i18n.t('messageError.internal');
      } finally {
        busy.value = false;
      }
    },
  };
}

export type WelcomeState = ReturnType<typeof createWelcomeState>;
