import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import type { PortalOverview, Settings, SettingsInForce } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Sections } from './sections';

/** Filling choices per portal and site, and the table of which portals remember this browser. */
export function createPortalsState({ act }: Sections) {
  const settings = signal<SettingsInForce | null>(null);
  const trust = signal<PortalOverview[] | null>(null);

  return {
    settings,
    trust,
    loadPortals: async () => {
      settings.value = await send('settings.get', {});
      trust.value = await send('trust.overview', {});
    },
    updateSettings: (change: Partial<Omit<Settings, 'autoLockMinutes'>>) =>
      act('filling', async () => {
        settings.value = await send('settings.update', change);
        return i18n.t('settings.saved');
      }),
  };
}
