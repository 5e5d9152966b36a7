import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import type { AccountSummary } from '@/lib/messaging/types';
import { RECOVERY_RUNNING_LOW as RUNNING_LOW } from '@/lib/messaging/types';

export interface RecoveryActions {
  /** The codes shown after the passphrase, for the one account whose view shows them. */
  shownRecovery: { id: string; codes: { code: string; used: boolean }[] } | null;
  onSaveRecovery: (id: string, text: string) => Promise<boolean>;
  onRemoveRecovery: (id: string) => void;
  onShowRecovery: (id: string, passphrase: string) => void;
  onHideRecovery: () => void;
}

/**
 * An account's recovery codes: how many are left, the codes themselves only after the vault
 * passphrase (they get past the second factor), and a box to paste or type the ones the portal gave.
 */
export function RecoveryCodes({ item, ...a }: { item: AccountSummary } & RecoveryActions) {
  const [text, setText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const left = item.recoveryLeft;
  const shown = a.shownRecovery?.id === item.id ? a.shownRecovery.codes : null;
  const field = `recovery-${item.id}`;
  return (
    <fieldset class="recovery-codes" data-testid="recovery-codes">
      <legend>{i18n.t('recovery.title')}</legend>
      <p class={left !== null && left <= RUNNING_LOW ? 'warn' : 'muted'} data-testid="recovery-count">
        {left === null
          ? i18n.t('recovery.noneKept')
          : left === 0
            ? i18n.t('recovery.noneLeft')
            : i18n.t(left <= RUNNING_LOW ? 'recovery.runningLow' : 'recovery.left', left)}
      </p>
      {left !== null && !shown && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            a.onShowRecovery(item.id, passphrase);
            setPassphrase('');
          }}
        >
          <label>
            {i18n.t('recovery.passphraseToShow')}
            <input
              type="password"
              autocomplete="current-password"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={!passphrase}>
            {i18n.t('recovery.show')}
          </button>
        </form>
      )}
      {shown && (
        <>
          <ol class="recovery-list" data-testid="recovery-list">
            {shown.map((c) => (
              <li key={c.code} class={c.used ? 'used' : ''}>
                <code>{c.code}</code>
                {c.used && <span class="muted"> {i18n.t('recovery.used')}</span>}
              </li>
            ))}
          </ol>
          <button class="secondary" onClick={a.onHideRecovery}>
            {i18n.t('recovery.hide')}
          </button>
        </>
      )}
      <label for={field}>
        {left === null ? i18n.t('recovery.pasteHint') : i18n.t('recovery.replaceHint')}
      </label>
      <textarea
        id={field}
        rows={3}
        spellcheck={false}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="actions">
        <button
          disabled={!text.trim()}
          onClick={async () => {
            if (await a.onSaveRecovery(item.id, text)) setText('');
          }}
        >
          {i18n.t('recovery.save')}
        </button>
        {left !== null && (
          <button class="secondary danger" onClick={() => a.onRemoveRecovery(item.id)}>
            {i18n.t('recovery.remove')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
