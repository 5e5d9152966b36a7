import { i18n } from '@/lib/i18n';
import type { AccountSummary } from '@/lib/messaging/types';
import type { PopupState } from '@/entrypoints/popup/state';
import { RECOVERY_RUNNING_LOW as RUNNING_LOW } from '@/lib/messaging/types';
import { useFocusWhenShown } from '../focus';

const nameOf = (a: AccountSummary) =>
  [a.issuer, a.account].filter(Boolean).join(' · ') || i18n.t('codes.unnamed');

/**
 * A page shows the recovery codes the portal just made ("save these backup codes"): keep them
 * with the account, sealed like its key, before they are lost on a sticky note.
 */
export function KeepRecoveryCodes({
  accounts,
  state: s,
  focus = false,
}: {
  accounts: AccountSummary[];
  state: PopupState;
  focus?: boolean;
}) {
  const first = useFocusWhenShown<HTMLButtonElement>(focus);
  const count = s.recoveryOnPage.value;
  const kept = accounts.find((a) => a.id === s.recoveryKeptWith.value);
  if (kept)
    return (
      <p class="ok" data-testid="recovery-kept">
        {i18n.t('recovery.keptWith', [kept.recoveryLeft ?? count, nameOf(kept)])}
      </p>
    );
  if (count === 0 || accounts.length === 0) return null;
  return (
    <div class="recovery-offer" data-testid="recovery-offer">
      <p>{i18n.t('recovery.onPage', count)}</p>
      {accounts.map((a, i) => (
        <button
          key={a.id}
          ref={i === 0 ? first : undefined}
          class={i === 0 ? 'primary' : 'secondary'}
          onClick={() => s.keepRecoveryCodes(a.id)}
        >
          {accounts.length === 1 ? i18n.t('recovery.keep') : i18n.t('recovery.keepWith', [nameOf(a)])}
        </button>
      ))}
      <p class="muted small">{i18n.t('recovery.sealed')}</p>
    </div>
  );
}

/** On a code step that takes a recovery code: the account's next unused one, filled or copied. */
export function UseRecoveryCode({
  account,
  state: s,
  named = false,
}: {
  account: AccountSummary;
  state: PopupState;
  /** Several accounts of the site have codes: say whose these are. */
  named?: boolean;
}) {
  const left = account.recoveryLeft;
  if (left === null) return <p class="muted small">{i18n.t('recovery.noneKept')}</p>;
  if (left === 0)
    return (
      <p class="warn" data-testid="recovery-left">
        {i18n.t('recovery.noneLeft')}
      </p>
    );
  return (
    <div class="recovery-use" data-testid="recovery-use">
      {named && <p class="small">{[account.issuer, account.account].filter(Boolean).join(' – ')}</p>}
      <p class={left <= RUNNING_LOW ? 'warn' : 'muted'} data-testid="recovery-left">
        {i18n.t(left <= RUNNING_LOW ? 'recovery.runningLow' : 'recovery.left', left)}
      </p>
      <button class="secondary" onClick={() => s.fillRecoveryCode(account.id)}>
        {i18n.t('recovery.fill')}
      </button>
      <button class="link" onClick={() => s.copyRecoveryCode(account.id)}>
        {i18n.t('recovery.copy')}
      </button>
    </div>
  );
}
