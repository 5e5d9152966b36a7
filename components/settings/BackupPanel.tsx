import { useState } from 'preact/hooks';

interface Props {
  onExport: (vaultPassphrase: string, passphrase: string) => void;
  onRestore: (content: string, passphrase: string) => void;
}

function ExportForm({ onExport }: Pick<Props, 'onExport'>) {
  const [vaultPass, setVaultPass] = useState('');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again !== '' && again !== pass;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!mismatch) onExport(vaultPass, pass);
      }}
      data-testid="backup-export"
    >
      <label>
        Your vault passphrase (to confirm it is you)
        <input
          type="password"
          value={vaultPass}
          autocomplete="current-password"
          onInput={(e) => setVaultPass(e.currentTarget.value)}
        />
      </label>
      <label>
        Passphrase for the backup file
        <input
          type="password"
          value={pass}
          autocomplete="new-password"
          onInput={(e) => setPass(e.currentTarget.value)}
        />
      </label>
      <label>
        The backup passphrase again
        <input
          type="password"
          value={again}
          autocomplete="new-password"
          aria-invalid={mismatch}
          aria-describedby="backup-mismatch"
          onInput={(e) => setAgain(e.currentTarget.value)}
        />
      </label>
      <p id="backup-mismatch" class="error" hidden={!mismatch}>
        The two backup passphrases are not the same.
      </p>
      <button type="submit" disabled={!vaultPass || !pass || again !== pass}>
        Save an encrypted backup
      </button>
    </form>
  );
}

function RestoreForm({ onRestore }: Pick<Props, 'onRestore'>) {
  const [file, setFile] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (file) onRestore(await file.text(), pass);
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
          value={pass}
          autocomplete="off"
          onInput={(e) => setPass(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={!file}>
        Restore a backup
      </button>
    </form>
  );
}

/** Save an encrypted backup (vault passphrase first, the backup's own twice), or restore one. */
export function BackupPanel({ onExport, onRestore }: Props) {
  return (
    <div class="backup">
      <ExportForm onExport={onExport} />
      <RestoreForm onRestore={onRestore} />
    </div>
  );
}
