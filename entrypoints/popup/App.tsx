import { i18n } from '@/lib/i18n';
import { LockScreen } from '@/components/LockScreen';
import { PrivateWindowHelp } from '@/components/PrivateWindowHelp';
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
      </header>
      <SiteSummary portalName={s.portalName.value} status={s.tab.value} />
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
      {/* Unlocked, Settings is in the tool row. */}
      {!vault?.unlocked && (
        <footer>
          <a href="/options.html" target="_blank">
            {i18n.t('popup.settingsLink')}
          </a>
        </footer>
      )}
    </main>
  );
}
