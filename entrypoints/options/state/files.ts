import { formatList, i18n } from '@/lib/i18n';
import { signal } from '@preact/signals';
import type { ImportInput, ImportPreview } from '@/lib/messaging/types';
import { send } from '@/lib/messaging/send';
import type { Sections } from './sections';
import type { VaultState } from './vault';

export interface Preview extends ImportPreview {
  /** The file as it was handed over (and its password), read again when the import is confirmed. */
  input: ImportInput;
}

/** Saves a file the background wrote, through the browser's own download. */
export function download(fileName: string, content: string) {
  const link = document.createElement('a');
  const type = fileName.endsWith('.txt')
    ? 'text/plain'
    : fileName.endsWith('.csv')
      ? 'text/csv'
      : 'application/json';
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** What a restore did, entry by entry, in words for the person. */
function restoreReport(added: string[], duplicates: string[], unreadable: string[]): string {
  const lines = [
    added.length
      ? i18n.t('settings.restored', added.length, [added.length, formatList(added)])
      : i18n.t('settings.restoredNone'),
  ];
  if (duplicates.length)
    lines.push(
      i18n.t('settings.alreadyHere', duplicates.length, [duplicates.length, formatList(duplicates)]),
    );
  if (unreadable.length)
    lines.push(i18n.t('settings.unreadable', unreadable.length, [unreadable.length, unreadable.join(' ')]));
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
    previewImport: (input: ImportInput) =>
      act(
        'import',
        async () => {
          preview.value = { input, ...(await send('import.preview', input)) };
        },
        i18n.t('settings.readingFile'),
      ),
    commitImport: () =>
      act(
        'import',
        async () => {
          const { added, skipped } = await send('import.commit', preview.value!.input);
          preview.value = null;
          await refresh();
          return skipped
            ? i18n.t('settings.importedSkipped', added, [added, skipped])
            : i18n.t('settings.imported', added);
        },
        i18n.t('settings.importing'),
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
          await refresh(); // the popup's reminder and the first-run page see the backup
          return [
            i18n.t('settings.backupSaved', saved, [saved, fileName]),
            ...(leftOut ? [i18n.t('settings.backupLeftOut', leftOut)] : []),
            i18n.t('settings.backupKeep'),
          ].join(' ');
        },
        i18n.t('settings.backingUp'),
      ),
    exportAccounts: (vaultPassphrase: string, format: 'aegis' | 'links', password: string) =>
      act(
        'export',
        async () => {
          const { fileName, content, saved } = await send('export.accounts', {
            vaultPassphrase,
            format,
            ...(password ? { password } : {}),
          });
          download(fileName, content);
          return i18n.t('settings.exported', saved, [saved, fileName]);
        },
        i18n.t('settings.exporting'),
      ),
    restoreBackup: (content: string, passphrase: string) =>
      act(
        'backup',
        async () => {
          const { added, duplicates, recoveryBack, unreadable, cleaned } = await send('backup.restore', {
            content,
            passphrase,
          });
          await refresh();
          const back = recoveryBack.length
            ? [
                i18n.t('settings.recoveryBack', recoveryBack.length, [
                  recoveryBack.length,
                  recoveryBack.join(', '),
                ]),
              ]
            : [];
          return [restoreReport(added, duplicates, unreadable), ...back, ...cleaned].join(' ');
        },
        i18n.t('settings.restoring'),
      ),
  };
}
