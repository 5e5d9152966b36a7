import { signal } from '@preact/signals';
import { send } from '@/lib/messaging/send';
import type { AccountList, VaultStatus } from '@/lib/messaging/protocol';
import type { PreviewRow } from '@/lib/import';
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '@/lib/portals';
import { matchPatternsFor, type SiteBinding } from '@/lib/sites';
import type { Settings, SettingsInForce } from '@/lib/storage';
import type { PortalOverview } from '@/lib/background/trust';

export interface Preview {
  text: string;
  source: string;
  rows: PreviewRow[];
  problems: string[];
}

/** Settings page state: one message line per section, so each answer shows where it was asked. */
export function createOptionsState() {
  const vault = signal<VaultStatus | null>(null);
  const list = signal<AccountList | null>(null);
  const preview = signal<Preview | null>(null);
  const messages = signal<Record<string, { text: string; error: boolean }>>({});
  const deleted = signal<{ id: string; name: string } | null>(null);
  const settings = signal<SettingsInForce | null>(null);
  const trust = signal<PortalOverview[] | null>(null);

  function say(section: string, text: string, error = false) {
    messages.value = { ...messages.value, [section]: { text, error } };
  }

  async function act(section: string, work: () => Promise<string | void>) {
    say(section, '');
    try {
      const done = await work();
      if (done) say(section, done);
    } catch (e) {
      say(section, (e as Error).message, true);
    }
  }

  async function refresh() {
    vault.value = await send('vault.status', {});
    list.value = vault.value.unlocked ? await send('accounts.list', {}) : null;
    settings.value = await send('settings.get', {});
    trust.value = await send('trust.overview', {});
  }
  void act('page', refresh);

  return {
    vault, list, preview, messages, deleted, settings, trust,
    updateSettings: (change: Partial<Omit<Settings, 'autoLockMinutes'>>) => act('filling', async () => {
      settings.value = await send('settings.update', change);
      return 'Saved.';
    }),
    create: (passphrase: string) => act('lock', async () => { await send('vault.create', { passphrase }); await refresh(); }),
    unlock: (passphrase: string) => act('lock', async () => { await send('vault.unlock', { passphrase }); await refresh(); }),
    changePassphrase: (current: string, next: string) => act('passphrase', async () => {
      await send('vault.changePassphrase', { current, next });
      return 'Passphrase changed. Use the new one from now on.';
    }),
    setAutoLock: (minutes: number) => act('autolock', async () => {
      vault.value = await send('settings.setAutoLock', { minutes });
      return `The vault now locks after ${minutes} minutes without use.`;
    }),
    previewImport: (text: string) => act('import', async () => {
      preview.value = { text, ...(await send('import.preview', { text })) };
    }),
    commitImport: () => act('import', async () => {
      const { added, skipped } = await send('import.commit', { text: preview.value!.text });
      preview.value = null;
      await refresh();
      return `Imported ${added} account(s)${skipped ? `, skipped ${skipped} already in the vault` : ''}. Bind each to its site below so its codes can be filled.`;
    }),
    cancelImport: () => { preview.value = null; },
    exportBackup: (passphrase: string) => act('backup', async () => {
      const { fileName, content } = await send('backup.export', { passphrase });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(link.href);
      return `Saved ${fileName}. Keep it with its passphrase somewhere safe.`;
    }),
    restoreBackup: (content: string, passphrase: string) => act('backup', async () => {
      const { added, skipped } = await send('backup.restore', { content, passphrase });
      await refresh();
      return `Restored ${added} account(s)${skipped ? `, ${skipped} were already here` : ''}.`;
    }),
    rename: (id: string, issuer: string, account: string) => act('accounts', async () => {
      await send('accounts.update', { id, issuer, account });
      await refresh();
      return 'Saved.';
    }),
    bind: (id: string, bindings: SiteBinding[]) => act('accounts', async () => {
      // Asked now, while the click still counts as the person's gesture.
      const origins = bindings.flatMap(matchPatternsFor).filter((p) => !PORTAL_MATCHES.includes(p));
      const allowed = origins.length === 0 || (await browser.permissions.request({ origins }).catch(() => false));
      await send('accounts.update', { id, bindings });
      await refresh();
      return allowed ? 'Sites saved.' : 'Sites saved. The extension was not allowed to run there by itself, so use the toolbar button or the shortcut on those sites.';
    }),
    move: (id: string, offset: number) => act('accounts', async () => {
      const ids = list.value!.accounts.map((a) => a.id);
      const from = ids.indexOf(id);
      const to = Math.max(0, Math.min(ids.length - 1, from + offset));
      ids.splice(to, 0, ...ids.splice(from, 1));
      await send('accounts.reorder', { ids });
      await refresh();
    }),
    remove: (id: string, name: string) => act('accounts', async () => {
      await send('accounts.delete', { id });
      deleted.value = { id, name };
      await refresh();
    }),
    undo: () => act('accounts', async () => {
      await send('accounts.undoDelete', { id: deleted.value!.id });
      deleted.value = null;
      await refresh();
    }),
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
