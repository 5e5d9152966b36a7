import { i18n } from '@/lib/i18n';
import { LockScreen } from '@/components/LockScreen';
import { PasteCode } from '@/components/PasteCode';
import { PrivateWindowHelp } from '@/components/PrivateWindowHelp';
import { SentCodeOffer } from '@/components/SentCodeOffer';
import { SiteSummary } from '@/components/SiteSummary';
import type { PopupState } from './state';
import { Unlocked } from './Unlocked';

export function App({ state: s }: { state: PopupState }) {
  const vault = s.vault.value;
  return (
    <main
      class="popup"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file && vault?.unlocked) s.scanPicture(file);
      }}
      onPaste={(e) => {
        const file = e.clipboardData?.files[0];
        if (file && vault?.unlocked) {
          e.preventDefault();
          s.scanPicture(file);
        }
      }}
    >
      <header class="bar">
        <h1>{i18n.t('extName')}</h1>
        {vault?.unlocked && (
          <button class="secondary small" onClick={s.lock}>
            {i18n.t('popup.lock')}
          </button>
        )}
      </header>
      <SiteSummary portalName={s.portalName.value} status={s.tab.value} />
      {s.appAccountMissing.value && (
        <p class="muted" data-testid="add-account-hint">
          {i18n.t('popup.appAccountMissing', [s.portalName.value ?? ''])}
        </p>
      )}
      {s.tab.value?.sentCode && <SentCodeOffer sent={s.tab.value.sentCode} onFill={s.fillTyped} />}
      {s.sentCodeSource.value && (
        <PasteCode source={s.sentCodeSource.value} focus={!s.accountCanFill.value} onFill={s.fillTyped} />
      )}
      {vault && !vault.unlocked && (
        <LockScreen
          exists={vault.exists}
          busy={s.busy.value}
          error={s.error.value}
          onCreate={s.create}
          onUnlock={s.unlock}
          synced={s.syncOffered.value}
          onRestore={s.restore}
        />
      )}
      {vault?.unlocked && <Unlocked state={s} />}
      {!vault && s.error.value && (
        <p role="alert" class="error">
          {s.error.value}
        </p>
      )}
      {s.incognitoBlocked.value && <PrivateWindowHelp />}
      <footer>
        <a href="/options.html" target="_blank">
          {i18n.t('popup.settingsLink')}
        </a>
      </footer>
    </main>
  );
}
