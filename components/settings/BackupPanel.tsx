import { useState } from 'preact/hooks';

interface Props {
  onExport: (passphrase: string) => void;
  onRestore: (content: string, passphrase: string) => void;
}

export function BackupPanel({ onExport, onRestore }: Props) {
  const [exportPass, setExportPass] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [restorePass, setRestorePass] = useState('');
  return (
    <div class="backup">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onExport(exportPass);
        }}
        data-testid="backup-export"
      >
        <label>
          Passphrase for the backup file
          <input
            type="password"
            value={exportPass}
            autocomplete="new-password"
            onInput={(e) => setExportPass(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Save an encrypted backup</button>
      </form>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (file) onRestore(await file.text(), restorePass);
        }}
        data-testid="backup-restore"
      >
        <label>
          Backup file
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <label>
          Its passphrase
          <input
            type="password"
            value={restorePass}
            autocomplete="off"
            onInput={(e) => setRestorePass(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={!file}>
          Restore a backup
        </button>
      </form>
    </div>
  );
}
