import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import type { AccountSummary } from '@/lib/messaging/types';

export interface ShareActions {
  /** Makes and saves the share file; true once it is saved (the passphrase is then shown). */
  onShare: (id: string, forWhom: string, days: number, vaultPassphrase: string) => Promise<boolean>;
  /** The account's past shares, in words. */
  onListShares: (id: string) => Promise<string[]>;
}

/** One account for one colleague: whom it is for, for how long, after the vault passphrase. */
export function ShareAccount({ item, onShare, onListShares }: { item: AccountSummary } & ShareActions) {
  const [forWhom, setForWhom] = useState('');
  const [days, setDays] = useState('3');
  const [passphrase, setPassphrase] = useState('');
  const [past, setPast] = useState<string[] | null>(null);
  const id = `share-${item.id}`;
  return (
    <details
      class="share"
      data-testid="share"
      onToggle={(e) => {
        if (e.currentTarget.open) void onListShares(item.id).then(setPast);
      }}
    >
      <summary>{i18n.t('share.title')}</summary>
      <p class="muted">{i18n.t('share.intro')}</p>
      {past?.map((line) => (
        <p key={line} data-testid="share-noted">
          {line}
        </p>
      ))}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await onShare(item.id, forWhom, Number(days), passphrase)) {
            setPassphrase('');
            setPast(await onListShares(item.id));
          }
        }}
      >
        <label for={`${id}-for`}>{i18n.t('share.forLabel')}</label>
        <input id={`${id}-for`} value={forWhom} onInput={(e) => setForWhom(e.currentTarget.value)} />
        <label for={`${id}-days`}>{i18n.t('share.daysLabel')}</label>
        <input
          id={`${id}-days`}
          type="number"
          min={1}
          max={14}
          value={days}
          onInput={(e) => setDays(e.currentTarget.value)}
        />
        <label for={`${id}-pass`}>{i18n.t('share.vaultPassphrase')}</label>
        <input
          id={`${id}-pass`}
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        <button type="submit">{i18n.t('share.make')}</button>
      </form>
    </details>
  );
}
