import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { canonicalOrigin, registrableDomain } from '@/lib/sites/binding';
import type { SiteBinding } from '@/lib/messaging/types';
import type { AccountSummary } from '@/lib/messaging/types';
import { RecoveryCodes, type RecoveryActions } from './RecoveryCodes';
import { ShareAccount, type ShareActions } from './ShareAccount';

interface Props extends RecoveryActions, ShareActions {
  item: AccountSummary;
  onRename: (id: string, issuer: string, account: string) => void;
  onBind: (id: string, bindings: SiteBinding[]) => void;
  onMove: (id: string, offset: number) => void;
  onRemove: (id: string, name: string) => void;
}

const originsText = (bindings: SiteBinding[]) =>
  bindings.flatMap((b) => (b.kind === 'origin' ? [new URL(b.origin).host] : [])).join('\n');

/** Turns "app.example.com" or a pasted address into an origin; null when it is not a web address. */
function toOrigin(entry: string): string | null {
  const text = entry.trim();
  const origin = canonicalOrigin(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  // A site name has a dot ("clio" alone is a typo, not a site).
  return origin && new URL(origin).hostname.includes('.') ? origin : null;
}

/** One account's view in Settings: its names, the sites its codes may be filled on, order and removal. */
export function AccountEditor({
  item,
  onRename,
  onBind,
  onMove,
  onRemove,
  onShare,
  onListShares,
  ...recovery
}: Props) {
  const [issuer, setIssuer] = useState(item.issuer);
  const [account, setAccount] = useState(item.account);
  const [sites, setSites] = useState(originsText(item.bindings));
  const [domain, setDomain] = useState(item.bindings.find((b) => b.kind === 'domain')?.domain ?? '');
  const [error, setError] = useState<string | null>(null);
  const first = sites.split(/[\s,]+/).filter(Boolean)[0];
  const suggestedDomain = first ? registrableDomain(toOrigin(first) ?? '') : null;

  function saveSites() {
    const entries = sites.split(/[\s,]+/).filter(Boolean);
    const origins = entries.map(toOrigin);
    const bad = entries.find((_, i) => origins[i] === null);
    if (bad) return setError(i18n.t('editor.notAddress', [bad]));
    setError(null);
    const bindings: SiteBinding[] = [...new Set(origins as string[])].map((origin) => ({
      kind: 'origin',
      origin,
    }));
    if (domain) bindings.push({ kind: 'domain', domain });
    onBind(item.id, bindings);
  }

  const name = item.issuer || item.account;
  return (
    <div class="account-editor">
      <div class="row">
        <label>
          {i18n.t('editor.service')}
          <input value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
        </label>
        <label>
          {i18n.t('editor.account')}
          <input value={account} onInput={(e) => setAccount(e.currentTarget.value)} />
        </label>
        <button onClick={() => onRename(item.id, issuer, account)}>{i18n.t('editor.saveName')}</button>
      </div>
      <label>
        {i18n.t('editor.sites')}
        <textarea
          rows={2}
          value={sites}
          onInput={(e) => setSites(e.currentTarget.value)}
          spellcheck={false}
        />
      </label>
      {suggestedDomain && (
        <label class="check">
          <input
            type="checkbox"
            checked={domain === suggestedDomain}
            onChange={(e) => setDomain(e.currentTarget.checked ? suggestedDomain : '')}
          />
          {i18n.t('editor.alsoDomain', [suggestedDomain])}
        </label>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button onClick={saveSites}>{i18n.t('editor.saveSites')}</button>
      </div>
      <RecoveryCodes item={item} {...recovery} />
      <ShareAccount item={item} onShare={onShare} onListShares={onListShares} />
      <div class="actions">
        <button
          class="secondary"
          aria-label={i18n.t('editor.moveUp', [name])}
          onClick={() => onMove(item.id, -1)}
        >
          ↑
        </button>
        <button
          class="secondary"
          aria-label={i18n.t('editor.moveDown', [name])}
          onClick={() => onMove(item.id, 1)}
        >
          ↓
        </button>
        <button class="secondary danger" onClick={() => onRemove(item.id, name)}>
          {i18n.t('editor.remove')}
        </button>
      </div>
    </div>
  );
}
