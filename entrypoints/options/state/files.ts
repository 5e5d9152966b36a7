import { signal } from '@preact/signals';
import type { ImportPreview } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Sections } from './sections';
import type { VaultState } from './vault';

export interface Preview extends ImportPreview {
  text: string;
}

function download(fileName: string, content: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Files in and out: importing from other authenticators, and the encrypted backup. */
export function createFilesState({ act }: Sections, { refresh }: VaultState) {
  const preview = signal<Preview | null>(null);
  const importFormats = signal('');

  return {
    preview,
    importFormats,
    loadFormats: async () => {
      importFormats.value = (await send('import.formats', {})).names;
    },
    previewImport: (text: string) =>
      act('import', async () => {
        preview.value = { text, ...(await send('import.preview', { text })) };
      }),
    commitImport: () =>
      act('import', async () => {
        const { added, skipped } = await send('import.commit', { text: preview.value!.text });
        preview.value = null;
        await refresh();
        const skippedText = skipped ? `, skipped ${skipped} already in the vault` : '';
        return `Imported ${added} account(s)${skippedText}. Bind each to its site below so its codes can be filled.`;
      }),
    cancelImport: () => {
      preview.value = null;
    },
    exportBackup: (passphrase: string) =>
      act('backup', async () => {
        const { fileName, content } = await send('backup.export', { passphrase });
        download(fileName, content);
        return `Saved ${fileName}. Keep it with its passphrase somewhere safe.`;
      }),
    restoreBackup: (content: string, passphrase: string) =>
      act('backup', async () => {
        const { added, skipped } = await send('backup.restore', { content, passphrase });
        await refresh();
        return `Restored ${added} account(s)${skipped ? `, ${skipped} were already here` : ''}.`;
      }),
  };
}
