import { formatDay, formatList, formatTime, i18n } from '@/lib/i18n';
import type { SyncView } from '@/lib/messaging/types';
import { useState } from 'preact/hooks';
import { PasswordField } from '../PasswordField';

/** One passphrase and one button: joining the vault in sync, or taking a passphrase set elsewhere. */
function PassphraseStep(props: {
  help: string;
  label: string;
  action: string;
  onSubmit: (p: string) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      data-testid="sync-passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(value);
      }}
    >
      <p>{props.help}</p>
      <PasswordField label={props.label} value={value} onValue={setValue} autocomplete="current-password" />
      <button type="submit">{props.action}</button>
    </form>
  );
}

const PROBLEM_TEXT = {
  rate: 'sync.rate',
  full: 'sync.full',
  failed: 'sync.failed',
} as const;

/** Taking the accounts out of browser sync: said what it does, then confirmed. */
function RemoveFromSync({ onRemove }: { onRemove: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button class="secondary" onClick={() => setAsking(true)}>
        {i18n.t('sync.removeStart')}
      </button>
    );
  return (
    <div class="notice" data-testid="sync-remove">
      <p>{i18n.t('sync.removeWhat')}</p>
      <button
        class="secondary danger"
        onClick={() => {
          setAsking(false);
          onRemove();
        }}
      >
        {i18n.t('sync.removeConfirm')}
      </button>{' '}
      <button class="secondary" onClick={() => setAsking(false)}>
        {i18n.t('sync.removeCancel')}
      </button>
    </div>
  );
}

/** Sync between the person's browsers: the choice, what it means, and how it is going. */
export function SyncPanel({
  view,
  onSet,
  onJoin,
  onUseNew,
  onRemove,
}: {
  view: SyncView;
  onSet: (on: boolean) => void;
  onJoin: (passphrase: string) => void;
  onUseNew: (passphrase: string) => void;
  onRemove: () => void;
}) {
  if (!view.allowed) return <p class="muted">{i18n.t('sync.forbidden')}</p>;
  const problem = view.problem;
  const offAt = view.offElsewhereAt;
  return (
    <div data-testid="sync-panel">
      <label class="check">
        <input
          type="checkbox"
          checked={view.on}
          disabled={view.setByPractice}
          onChange={(e) => onSet(e.currentTarget.checked)}
        />
        {i18n.t('sync.choice')}
      </label>
      {view.setByPractice && <p class="muted">{i18n.t('sync.setByPractice')}</p>}
      <p class="muted">{i18n.t('sync.what')}</p>
      {view.firefox && <p class="muted">{i18n.t('sync.firefox')}</p>}
      {offAt !== null && (
        <p class="warning" data-testid="sync-off-elsewhere">
          {i18n.t('sync.offElsewhere', [`${formatDay(offAt)} ${formatTime(offAt)}`])}
        </p>
      )}
      {view.on && (
        <div data-testid="sync-state">
          <p>
            {view.lastSyncedAt
              ? i18n.t('sync.lastSynced', [
                  `${formatDay(view.lastSyncedAt)} ${formatTime(view.lastSyncedAt)}`,
                ])
              : i18n.t('sync.notYet')}{' '}
            {i18n.t('sync.space', [Math.ceil(view.bytes / 1024), Math.round(view.quotaBytes / 1024)])}
          </p>
          {view.leftOut.length > 0 && (
            <p class="warning" data-testid="sync-left-out">
              {i18n.t('sync.leftOut', [formatList(view.leftOut)])}
            </p>
          )}
          {view.damaged > 0 && <p class="warning">{i18n.t('sync.damagedItems', view.damaged)}</p>}
          {problem && problem in PROBLEM_TEXT && (
            <p class="warning" data-testid="sync-problem">
              {i18n.t(PROBLEM_TEXT[problem as keyof typeof PROBLEM_TEXT])}
            </p>
          )}
          {problem === 'otherVault' && (
            <PassphraseStep
              help={i18n.t('sync.otherVaultHelp')}
              label={i18n.t('sync.otherVaultPassphrase')}
              action={i18n.t('sync.join')}
              onSubmit={onJoin}
            />
          )}
          {problem === 'newerPassphrase' && (
            <PassphraseStep
              help={i18n.t('sync.newerHelp')}
              label={i18n.t('sync.newPassphrase')}
              action={i18n.t('sync.useNew')}
              onSubmit={onUseNew}
            />
          )}
        </div>
      )}
      {view.inSync && !view.setByPractice && <RemoveFromSync onRemove={onRemove} />}
    </div>
  );
}
