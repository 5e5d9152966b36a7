import { i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import type { HandoverRow } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import { download } from './files';
import type { Sections } from './sections';

/** The handover list: read while the vault is open, printed or saved as CSV. */
export function createHandoverState({ act, afterActions }: Sections) {
  const handover = signal<HandoverRow[] | null>(null);
  afterActions((section) => {
    if (section !== 'handover' && handover.value)
      void send('handover.list', {})
        .then((r) => (handover.value = r.rows))
        .catch(() => (handover.value = null));
  });
  return {
    handover,
    loadHandover: () =>
      act('handover', async () => {
        handover.value = (await send('handover.list', {})).rows;
      }),
    downloadHandover: () =>
      act('handover', async () => {
        const { fileName, content } = await send('handover.csv', {});
        download(fileName, content);
        return i18n.t('handover.downloaded', [fileName]);
      }),
  };
}
