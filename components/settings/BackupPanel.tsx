import { useState } from 'preact/hooks';
import { PasswordField } from '../PasswordField';

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
      <PasswordField
        label="Your vault passphrase (to confirm it is you)"
        value={vaultPass}
        onValue={setVaultPass}
        autocomplete="current-password"
      />
      <PasswordField
        label="Passphrase for the backup file"
        value={pass}
        onValue={setPass}
        autocomplete="new-password"
      />
      <PasswordField
        label="The backup passphrase again"
        value={again}
        onValue={setAgain}
        autocomplete="new-password"
        invalid={{ describedBy: 'backup-mismatch', when: mismatch }}
      />
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
      <PasswordField label="Its passphrase" value={pass} onValue={setPass} autocomplete="off" />
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
