import { useState } from 'preact/hooks';

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
      <label>
        Current passphrase
        <input
          type="password"
          value={current}
          autocomplete="current-password"
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
      </label>
      <label>
        New passphrase
        <input
          type="password"
          value={next}
          autocomplete="new-password"
          onInput={(e) => setNext(e.currentTarget.value)}
        />
      </label>
      <label>
        New passphrase again
        <input
          type="password"
          value={again}
          autocomplete="new-password"
          onInput={(e) => setAgain(e.currentTarget.value)}
        />
      </label>
      {mismatch && <p class="error">The new passphrases are not the same.</p>}
      <button type="submit" disabled={mismatch || !next}>
        Change passphrase
      </button>
    </form>
  );
}
