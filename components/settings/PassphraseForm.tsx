import { useState } from 'preact/hooks';
import { PasswordField } from '../PasswordField';

export function PassphraseForm({ onChange }: { onChange: (current: string, next: string) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const mismatch = again !== '' && next !== again;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!mismatch) onChange(current, next);
      }}
      data-testid="passphrase-form"
    >
      <PasswordField
        label="Current passphrase"
        value={current}
        onValue={setCurrent}
        autocomplete="current-password"
      />
      <PasswordField label="New passphrase" value={next} onValue={setNext} autocomplete="new-password" />
      <PasswordField
        label="New passphrase again"
        value={again}
        onValue={setAgain}
        autocomplete="new-password"
      />
      {mismatch && <p class="error">The new passphrases are not the same.</p>}
      <button type="submit" disabled={mismatch || !next}>
        Change passphrase
      </button>
    </form>
  );
}
