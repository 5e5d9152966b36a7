import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { CODE_SOURCES } from '@/lib/sent-codes/sources';
import type { PortalOverview, Settings, SettingsInForce } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Sections } from './sections';

/** Filling choices per portal and site, and the table of which portals remember this browser. */
export function createPortalsState({ act }: Sections) {
  const settings = signal<SettingsInForce | null>(null);
  const trust = signal<PortalOverview[] | null>(null);
  /** What the portals' pages said of this computer's clock. */
  const clock = signal<{ summary: string; source: string | null; setAside: string | null } | null>(null);

  return {
    settings,
    trust,
    clock,
    loadPortals: async () => {
      settings.value = await send('settings.get', {});
      trust.value = await send('trust.overview', {});
      clock.value = await send('clock.status', {});
    },
    updateSettings: (change: Partial<Omit<Settings, 'autoLockMinutes'>>) =>
      act('filling', async () => {
        settings.value = await send('settings.update', change);
        return i18n.t('settings.saved');
      }),
    setFillAtOnce: (on: boolean) =>
      act('sources', async () => {
        settings.value = await send('settings.update', { fillArrivedCodes: on });
        return i18n.t('settings.saved');
      }),
    /**
     * Turns a code source on (the browser asks the person for that site, now, while the click
     * counts) or off (its permission is given back).
     */
    setCodeSource: (id: string, on: boolean) =>
      act('sources', async () => {
        const source = CODE_SOURCES.find((s) => s.id === id)!;
        const current = settings.value?.codeSources ?? [];
        if (on && !(await browser.permissions.request({ origins: source.matches }).catch(() => false)))
          throw new Error(i18n.t('sentCode.notAllowed', [source.name]));
        if (!on) await browser.permissions.remove({ origins: source.matches }).catch(() => false);
        const codeSources = on ? [...new Set([...current, id])] : current.filter((s) => s !== id);
        settings.value = await send('settings.update', { codeSources });
        return i18n.t('settings.saved');
      }),
  };
}
