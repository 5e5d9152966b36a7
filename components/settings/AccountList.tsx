import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import type { AccountSummary, SiteBinding } from '@/lib/messaging/types';
import { AccountFace } from '../AccountFace';
import { siteNames } from '../format';
import { AccountEditor } from './AccountEditor';
import type { RecoveryActions } from './RecoveryCodes';
import type { ShareActions } from './ShareAccount';

interface Props extends RecoveryActions, ShareActions {
  accounts: AccountSummary[];
  onRename: (id: string, issuer: string, account: string) => void;
  onBind: (id: string, bindings: SiteBinding[]) => void;
  onMove: (id: string, offset: number) => void;
  onRemove: (id: string, name: string) => void;
}

/**
 * Settings' accounts: a searchable list of names, each opening its own view (names, sites,
 * order, removal). Forty accounts are forty lines, not forty open forms.
 */
export function AccountList({ accounts, ...actions }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const q = query.trim().toLowerCase();
  const shown = q
    ? accounts.filter((a) => `${a.issuer} ${a.account} ${siteNames(a.bindings)}`.toLowerCase().includes(q))
    : accounts;
  return (
    <>
      {accounts.length > 5 && (
        <input
          type="search"
          class="search"
          placeholder={i18n.t('options.searchAccounts')}
          aria-label={i18n.t('options.searchAccounts')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      <ul class="account-list">
        {shown.map((item) => {
          const name = item.issuer || item.account || i18n.t('codes.unnamed');
          const isOpen = open === item.id;
          return (
            <li class="account-item" data-testid="account-editor" key={item.id}>
              <button
                class="account-head"
                aria-expanded={isOpen}
                aria-controls={`account-${item.id}`}
                onClick={() => setOpen(isOpen ? null : item.id)}
              >
                <AccountFace item={item} />
                <span class="names">
                  <span class="issuer">{name}</span>
                  <span class="account muted">
                    {[item.issuer && item.account, siteNames(item.bindings) || i18n.t('options.noSites')]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
              </button>
              {isOpen && (
                <div id={`account-${item.id}`} class="account-view">
                  <AccountEditor
                    key={`${item.id}:${JSON.stringify(item.bindings)}:${item.issuer}:${item.account}`}
                    item={item}
                    {...actions}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {q && shown.length === 0 && <p class="muted">{i18n.t('options.noMatch', [query.trim()])}</p>}
    </>
  );
}
