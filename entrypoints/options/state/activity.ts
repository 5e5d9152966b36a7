import { i18n } from '@/lib/i18n';
import { signal, type Signal } from '@preact/signals';
import type { ActivityRow, SettingsInForce } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import { download } from './files';
import type { Sections } from './sections';

/** The activity record: read while the vault is open, filtered here, saved as CSV. */
export function createActivityState(
  { act, afterActions }: Sections,
  settings: Signal<SettingsInForce | null>,
) {
  const activity = signal<{ rows: ActivityRow[]; unreadable: number } | null>(null);

  async function loadActivity() {
    activity.value = await send('activity.list', {});
  }
  // Once shown, the record follows what is done on this page (and the lock takes it away).
  afterActions((section) => {
    if (section !== 'activity' && activity.value) void loadActivity().catch(() => (activity.value = null));
  });

  return {
    activity,
    loadActivity: () => act('activity', loadActivity),
    downloadActivity: () =>
      act('activity', async () => {
        const { fileName, content } = await send('activity.csv', {});
        download(fileName, content);
        return i18n.t('activity.downloaded', [fileName]);
      }),
    saveActivityDays: (days: number) =>
      act('activity', async () => {
        settings.value = await send('settings.update', { activityDays: days });
        await loadActivity();
        return i18n.t('settings.saved');
      }),
  };
}
