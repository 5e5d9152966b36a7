import { useState } from 'preact/hooks';
import { PasswordField } from './PasswordField';

interface Props {
  exists: boolean;
  busy: boolean;
  error: string | null;
  onCreate: (passphrase: string) => void;
  onUnlock: (passphrase: string) => void;
}

/** First run: choose a passphrase. Afterwards: unlock with it. */
export function LockScreen({ exists, busy, error, onCreate, onUnlock }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);

  function submit(event: Event) {
    event.preventDefault();
    if (!exists && passphrase !== confirm) return setMismatch(true);
    setMismatch(false);
    if (exists) onUnlock(passphrase);
    else onCreate(passphrase);
  }

  return (
    <form class="lock" onSubmit={submit} data-testid="lock-screen">
      {exists ? (
        <p>Your codes are locked. Enter your passphrase to see them.</p>
      ) : (
        <p>
          Choose a passphrase to protect your two-factor accounts on this computer. Nobody can recover it for
          you, so keep a backup.
        </p>
      )}
      <PasswordField
        label="Passphrase"
        value={passphrase}
        onValue={setPassphrase}
        autoFocus
        autocomplete={exists ? 'current-password' : 'new-password'}
      />
      {!exists && (
        <PasswordField
          label="Type it again"
          value={confirm}
          onValue={setConfirm}
          autocomplete="new-password"
        />
      )}
      {(mismatch || error) && (
        <p role="alert" class="error">
          {mismatch ? 'The two passphrases are not the same.' : error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Working…' : exists ? 'Unlock' : 'Create vault'}
      </button>
    </form>
  );
}
