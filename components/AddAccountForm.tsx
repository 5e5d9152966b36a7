import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { useFocusWhenShown } from './focus';

import type { AddRequest } from '@/lib/messaging/types';

interface Props {
  /** The site the account will be bound to, when adding from a tab. */
  siteHost: string | null;
  onAdd: (request: AddRequest, bindToSite: boolean) => void;
  onCancel: () => void;
}

/** Add an account by pasting its setup link (otpauth://) or typing its secret key. */
export function AddAccountForm({ siteHost, onAdd, onCancel }: Props) {
  const [byKey, setByKey] = useState(false);
  const [uri, setUri] = useState('');
  const [secret, setSecret] = useState('');
  const [issuer, setIssuer] = useState('');
  const [account, setAccount] = useState('');
  const [bind, setBind] = useState(true);
  // The keyboard goes into the form (so Escape, which closes it, is heard by it).
  const first = useFocusWhenShown<HTMLTextAreaElement>(true);

  function submit(event: Event) {
    event.preventDefault();
    onAdd(byKey ? { secret, issuer, account } : { uri: uri.trim() }, bind && siteHost !== null);
  }

  return (
    <form
      class="add-form"
      onSubmit={submit}
      data-testid="add-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault(); // the popup itself would close
          onCancel();
        }
      }}
    >
      {byKey ? (
        <>
          <label>
            {i18n.t('add.secret')}
            <input
              value={secret}
              onInput={(e) => setSecret(e.currentTarget.value)}
              autocomplete="off"
              spellcheck={false}
            />
          </label>
          <label>
            {i18n.t('add.service')}
            <input
              value={issuer}
              onInput={(e) => setIssuer(e.currentTarget.value)}
              placeholder={i18n.t('add.serviceExample')}
            />
          </label>
          <label>
            {i18n.t('add.account')}
            <input
              value={account}
              onInput={(e) => setAccount(e.currentTarget.value)}
              placeholder={i18n.t('add.accountExample')}
            />
          </label>
        </>
      ) : (
        <label>
          {i18n.t('add.link')}
          <textarea
            ref={first}
            rows={3}
            value={uri}
            onInput={(e) => setUri(e.currentTarget.value)}
            spellcheck={false}
          />
        </label>
      )}
      <button type="button" class="link" onClick={() => setByKey(!byKey)}>
        {byKey ? i18n.t('add.byLink') : i18n.t('add.byKey')}
      </button>
      {siteHost && (
        <label class="check">
          <input type="checkbox" checked={bind} onChange={(e) => setBind(e.currentTarget.checked)} />{' '}
          {i18n.t('add.bindTo', [siteHost])}
        </label>
      )}
      <div class="actions">
        <button type="submit">{i18n.t('add.add')}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {i18n.t('add.cancel')}
        </button>
      </div>
    </form>
  );
}
