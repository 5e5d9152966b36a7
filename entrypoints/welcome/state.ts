import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { i18n } from '@/lib/i18n';
import type { SyncView, VaultStatus } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';

/** The first-run page: is there a vault yet, and creating it right here. */
export function createWelcomeState() {
  const vault = signal<VaultStatus | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  const synced = signal(false);
  const sync = signal<SyncView | null>(null);
  const refresh = async () => {
    vault.value = await send('vault.status', {});
    if (!vault.value.exists) synced.value = (await send('sync.offer', {})).available;
    sync.value = await send('sync.status', {});
  };
  /** Runs one of the person's steps, showing its error in their words. */
  const step = async (work: () => Promise<void>) => {
    busy.value = true;
    error.value = null;
    try {
      await work();
      await refresh();
    } catch (e) {
      error.value = (e as Error).message || i18n.t('messageError.internal');
    } finally {
      busy.value = false;
    }
  };
  void refresh().catch((e: Error) => (error.value = e.message));
  // Back from Settings after the first backup: the last step shows it done.
  addEventListener('focus', () => void refresh().catch(() => undefined));
  return {
    vault,
    busy,
    error,
    firefox: typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function',
    synced,
    sync,
    create: (passphrase: string) => step(async () => void (await send('vault.create', { passphrase }))),
    restore: (passphrase: string) => step(async () => void (await send('sync.restore', { passphrase }))),
    setSync: (on: boolean) => step(async () => void (await send('sync.set', { on }))),
  };
}

export type WelcomeState = ReturnType<typeof createWelcomeState>;
