import { i18n } from '@/lib/i18n';
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
        label={i18n.t('passphraseForm.current')}
        value={current}
        onValue={setCurrent}
        autocomplete="current-password"
      />
      <PasswordField
        label={i18n.t('passphraseForm.new')}
        value={next}
        onValue={setNext}
        autocomplete="new-password"
      />
      <PasswordField
        label={i18n.t('passphraseForm.again')}
        value={again}
        onValue={setAgain}
        autocomplete="new-password"
      />
      {mismatch && <p class="error">{i18n.t('passphraseForm.notSame')}</p>}
      <button type="submit" disabled={mismatch || !next}>
        {i18n.t('passphraseForm.change')}
      </button>
    </form>
  );
}
