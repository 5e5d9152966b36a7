import { i18n } from '@/lib/i18n';
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
        label={i18n.t('backupForm.vaultPassphrase')}
        value={vaultPass}
        onValue={setVaultPass}
        autocomplete="current-password"
      />
      <PasswordField
        label={i18n.t('backupForm.filePassphrase')}
        value={pass}
        onValue={setPass}
        autocomplete="new-password"
      />
      <PasswordField
        label={i18n.t('backupForm.fileAgain')}
        value={again}
        onValue={setAgain}
        autocomplete="new-password"
        invalid={{ describedBy: 'backup-mismatch', when: mismatch }}
      />
      <p id="backup-mismatch" class="error" hidden={!mismatch}>
        {i18n.t('backupForm.notSame')}
      </p>
      <button type="submit" disabled={!vaultPass || !pass || again !== pass}>
        {i18n.t('backupForm.save')}
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
        {i18n.t('backupForm.file')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </label>
      <PasswordField
        label={i18n.t('backupForm.itsPassphrase')}
        value={pass}
        onValue={setPass}
        autocomplete="off"
      />
      <button type="submit" disabled={!file}>
        {i18n.t('backupForm.restore')}
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
