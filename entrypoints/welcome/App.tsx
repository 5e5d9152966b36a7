import { LockScreen } from '@/components/LockScreen';
import { formatDay, i18n } from '@/lib/i18n';
import type { WelcomeState } from './state';

/** First run: what it does, pin the button, create the passphrase, make the first backup. */
export function App({ state: s }: { state: WelcomeState }) {
  const vault = s.vault.value;
  return (
    <main class="page welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p>{i18n.t('welcome.what')}</p>
      <ul>
        <li>{i18n.t('welcome.what1')}</li>
        <li>{i18n.t('welcome.what2')}</li>
        <li>{i18n.t('welcome.what3')}</li>
      </ul>
      <ol class="steps">
        <li>
          <h2>{i18n.t('welcome.pinTitle')}</h2>
          <p>{s.firefox ? i18n.t('welcome.pinFirefox') : i18n.t('welcome.pinChrome')}</p>
          <p class="muted">{i18n.t('welcome.badge')}</p>
        </li>
        <li data-testid="welcome-passphrase">
          <h2>{i18n.t('welcome.passphraseTitle')}</h2>
          {vault && !vault.exists && (
            <LockScreen
              exists={false}
              busy={s.busy.value}
              error={s.error.value}
              onCreate={s.create}
              onUnlock={() => undefined}
              synced={s.synced.value}
              onRestore={s.restore}
            />
          )}
          {vault?.exists && (
            <p role="status" class="notice">
              {i18n.t('welcome.passphraseDone')}
            </p>
          )}
          {vault?.exists && s.sync.value?.allowed && (
            <div data-testid="welcome-sync">
              <label class="check">
                <input
                  type="checkbox"
                  checked={s.sync.value.on}
                  disabled={s.sync.value.setByPractice || s.busy.value}
                  onChange={(e) => s.setSync(e.currentTarget.checked)}
                />
                {i18n.t('sync.choice')}
              </label>
              <p class="muted">{i18n.t('sync.what')}</p>
              {s.firefox && <p class="muted">{i18n.t('sync.firefox')}</p>}
              {s.error.value && (
                <p role="alert" class="error">
                  {s.error.value}
                </p>
              )}
            </div>
          )}
        </li>
        <li data-testid="welcome-backup">
          <h2>{i18n.t('welcome.backupTitle')}</h2>
          {vault?.backedUpAt ? (
            <p class="notice">{i18n.t('welcome.backupDone', [formatDay(vault.backedUpAt)])}</p>
          ) : (
            <>
              <p>{i18n.t('welcome.backupWhy')}</p>
              <a class="button" href="/options.html#backup" target="_blank">
                {i18n.t('popup.makeBackup')}
              </a>
            </>
          )}
        </li>
      </ol>
      <p class="muted">{i18n.t('welcome.later')}</p>
    </main>
  );
}
