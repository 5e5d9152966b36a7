import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { PasswordField } from '../PasswordField';

type Choice = 'aegis-encrypted' | 'aegis' | 'links';
const LABELS = {
  'aegis-encrypted': () => i18n.t('exportForm.aegisEncrypted'),
  aegis: () => i18n.t('exportForm.aegis'),
  links: () => i18n.t('exportForm.links'),
} satisfies Record<Choice, () => string>;

interface Props {
  onExport: (vaultPassphrase: string, format: 'aegis' | 'links', password: string) => void;
}

/** Every account out to another authenticator, so nobody is locked in. */
export function ExportPanel({ onExport }: Props) {
  const [choice, setChoice] = useState<Choice>('aegis-encrypted');
  const [vaultPass, setVaultPass] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const encrypted = choice === 'aegis-encrypted';
  const mismatch = encrypted && again !== '' && again !== password;
  const ready = vaultPass && (!encrypted || (password.length >= 8 && again === password));
  return (
    <form
      data-testid="accounts-export"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onExport(vaultPass, choice === 'links' ? 'links' : 'aegis', encrypted ? password : '');
      }}
    >
      <p>{i18n.t('exportForm.intro')}</p>
      <fieldset>
        {(['aegis-encrypted', 'aegis', 'links'] as const).map((c) => (
          <label key={c}>
            <input type="radio" name="export-format" checked={choice === c} onChange={() => setChoice(c)} />
            {LABELS[c]()}
          </label>
        ))}
      </fieldset>
      {!encrypted && <p class="warning">{i18n.t('exportForm.plainWarning')}</p>}
      <PasswordField
        label={i18n.t('exportForm.vaultPassphrase')}
        value={vaultPass}
        onValue={setVaultPass}
        autocomplete="current-password"
      />
      {encrypted && (
        <>
          <PasswordField
            label={i18n.t('exportForm.password')}
            value={password}
            onValue={setPassword}
            autocomplete="new-password"
          />
          <PasswordField
            label={i18n.t('exportForm.again')}
            value={again}
            onValue={setAgain}
            autocomplete="new-password"
            invalid={{ describedBy: 'export-mismatch', when: mismatch }}
          />
          <p id="export-mismatch" class="error" hidden={!mismatch}>
            {i18n.t('exportForm.notSame')}
          </p>
        </>
      )}
      <button type="submit" disabled={!ready}>
        {i18n.t('exportForm.save')}
      </button>
    </form>
  );
}
