import { i18n } from '@/lib/i18n';
import type { AccountSummary } from '@/lib/messaging/types';
import { RECOVERY_RUNNING_LOW as RUNNING_LOW } from '@/lib/messaging/types';
import { AccountFace } from './AccountFace';
import { CountdownRing } from './CountdownRing';
import { groupDigits, siteNames } from './format';

interface Props {
  item: AccountSummary;
  msLeft: number | null;
  /** The code to show: the next one when this one is about to run out. */
  code: string;
  copied: boolean;
  onCopy: (item: AccountSummary) => void;
  /** Counter-based accounts: skip to the next code (when one was used elsewhere). */
  onNext: (item: AccountSummary) => void;
  /** Present when the page on screen is asking for this account's code. */
  onFill?: (item: AccountSummary) => void;
}

/** One account: its face, who it is for, its current code (click to copy), and the time left. */
export function CodeRow({ item, msLeft, code, copied, onCopy, onNext, onFill }: Props) {
  const name = item.issuer || item.account || i18n.t('codes.unnamed');
  const sites = siteNames(item.bindings);
  return (
    <li
      class={`code-row${item.forThisSite ? ' this-site' : ''}`}
      data-testid="code-row"
      data-account-id={item.id}
    >
      <AccountFace item={item} />
      {/* Its name is what it shows, after "Copy code for": screen readers hear the code too. */}
      <button class="code-button" onClick={() => onCopy(item)}>
        <span class="visually-hidden">{i18n.t('codes.copyFor')}</span>
        <span class="names">
          <span class="issuer">{name}</span>
          {((item.issuer && item.account) || sites) && (
            <span class="account muted">
              {item.issuer && item.account}
              {item.issuer && item.account && sites && ' · '}
              {sites && <span class="sites">{sites}</span>}
            </span>
          )}
          {item.recoveryLeft !== null && item.recoveryLeft <= RUNNING_LOW && (
            <span class="recovery-low" data-testid="recovery-low">
              {i18n.t('recovery.runningLow', item.recoveryLeft)}
            </span>
          )}
        </span>
        {/* elementtiming: performance tools (and `npm run bench`) see when codes are first painted. */}
        <span class="code" data-testid="code" elementtiming="code">
          {groupDigits(code)}
        </span>
      </button>
      {onFill && item.forThisSite && (
        <button
          class="fill-button"
          onClick={() => onFill(item)}
          aria-label={i18n.t('codes.fillFor', [name, item.account])}
        >
          {i18n.t('codes.fill')}
        </button>
      )}
      {msLeft !== null ? (
        <CountdownRing msLeft={msLeft} periodMs={item.period * 1000} />
      ) : (
        <button
          class="secondary small"
          onClick={() => onNext(item)}
          aria-label={i18n.t('codes.nextFor', [name, item.account])}
        >
          {i18n.t('codes.next')}
        </button>
      )}
      {copied && <span class="copied">{i18n.t('codes.copied')}</span>}
    </li>
  );
}
