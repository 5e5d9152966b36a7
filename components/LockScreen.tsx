import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { PasswordField } from './PasswordField';

interface Props {
  exists: boolean;
  busy: boolean;
  error: string | null;
  onCreate: (passphrase: string) => void;
  onUnlock: (passphrase: string) => void;
  /** No vault here, and one in browser sync: bringing it back comes first. */
  synced?: boolean;
  onRestore?: (passphrase: string) => void;
}

/** First run: choose a passphrase. Afterwards: unlock with it. */
export function LockScreen({ exists, busy, error, onCreate, onUnlock, synced, onRestore }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [startNew, setStartNew] = useState(false);

  if (!exists && synced && onRestore && !startNew)
    return (
      <form
        class="lock"
        data-testid="restore-from-sync"
        onSubmit={(e) => {
          e.preventDefault();
          onRestore(passphrase);
        }}
      >
        <p>{i18n.t('sync.offer')}</p>
        <PasswordField
          label={i18n.t('lock.passphrase')}
          value={passphrase}
          onValue={setPassphrase}
          autoFocus
          autocomplete="current-password"
        />
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? i18n.t('lock.working') : i18n.t('sync.restore')}
        </button>
        <button type="button" class="link" onClick={() => setStartNew(true)}>
          {i18n.t('sync.startNew')}
        </button>
      </form>
    );

  function submit(event: Event) {
    event.preventDefault();
    if (!exists && passphrase !== confirm) return setMismatch(true);
    setMismatch(false);
    if (exists) onUnlock(passphrase);
    else onCreate(passphrase);
  }

  return (
    <form class="lock" onSubmit={submit} data-testid="lock-screen">
      {exists ? <p>{i18n.t('lock.locked')}</p> : <p>{i18n.t('lock.choose')}</p>}
      <PasswordField
        label={i18n.t('lock.passphrase')}
        value={passphrase}
        onValue={setPassphrase}
        autoFocus
        autocomplete={exists ? 'current-password' : 'new-password'}
      />
      {!exists && (
        <PasswordField
          label={i18n.t('lock.again')}
          value={confirm}
          onValue={setConfirm}
          autocomplete="new-password"
        />
      )}
      {(mismatch || error) && (
        <p role="alert" class="error">
          {mismatch ? i18n.t('lock.notSame') : error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? i18n.t('lock.working') : exists ? i18n.t('lock.unlock') : i18n.t('lock.create')}
      </button>
    </form>
  );
}
