import { accounts } from '@/components/format';
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

/** What a restore did, entry by entry, in words for the person. */
function restoreReport(added: string[], duplicates: string[], unreadable: string[]): string {
  const list = (names: string[]) => (names.length ? ` (${names.join(', ')})` : '');
  const lines = [`Restored ${accounts(added.length)}${list(added)}.`];
  const were = (n: number) => (n === 1 ? '1 was' : `${n} were`);
  if (duplicates.length) lines.push(`${were(duplicates.length)} already here${list(duplicates)}.`);
  if (unreadable.length)
    lines.push(`${accounts(unreadable.length)} could not be read: ${unreadable.join(' ')}`);
  return lines.join(' ');
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
      act(
        'import',
        async () => {
          preview.value = { text, ...(await send('import.preview', { text })) };
        },
        'Reading the file…',
      ),
    commitImport: () =>
      act(
        'import',
        async () => {
          const { added, skipped } = await send('import.commit', { text: preview.value!.text });
          preview.value = null;
          await refresh();
          const skippedText = skipped ? `, skipped ${skipped} already in the vault` : '';
          return `Imported ${accounts(added)}${skippedText}. Bind each to its site below so its codes can be filled.`;
        },
        'Importing the accounts…',
      ),
    cancelImport: () => {
      preview.value = null;
    },
    exportBackup: (vaultPassphrase: string, passphrase: string) =>
      act(
        'backup',
        async () => {
          const { fileName, content, saved, leftOut } = await send('backup.export', {
            vaultPassphrase,
            passphrase,
          });
          download(fileName, content);
          const missing = leftOut
            ? ` ${accounts(leftOut)} could not be read from this browser's storage and ${leftOut === 1 ? 'is' : 'are'} not in it.`
            : '';
          return `Saved ${fileName} with ${accounts(saved)}, and checked that it opens with its passphrase.${missing} Keep the file and its passphrase somewhere safe.`;
        },
        'Encrypting the backup and checking that it opens… This takes a few seconds.',
      ),
    restoreBackup: (content: string, passphrase: string) =>
      act(
        'backup',
        async () => {
          const { added, duplicates, unreadable, cleaned } = await send('backup.restore', {
            content,
            passphrase,
          });
          await refresh();
          return [restoreReport(added, duplicates, unreadable), ...cleaned].join(' ');
        },
        'Opening the backup and restoring… This takes a few seconds.',
      ),
  };
}
