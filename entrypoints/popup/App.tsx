import { AddAccountForm } from '@/components/AddAccountForm';
import { CodeList } from '@/components/CodeList';
import { LockScreen } from '@/components/LockScreen';
import { PasteCode } from '@/components/PasteCode';
import { PrivateWindowHelp } from '@/components/PrivateWindowHelp';
import { ScanResults } from '@/components/ScanResults';
import { SiteSummary } from '@/components/SiteSummary';
import type { PopupState } from './state';

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
        <h1>Second Factor Companion</h1>
        {vault?.unlocked && (
          <button class="secondary small" onClick={s.lock}>
            Lock
          </button>
        )}
      </header>
      <SiteSummary portalName={s.portalName.value} status={s.tab.value} />
      {s.sentCodeSource.value && <PasteCode source={s.sentCodeSource.value} onFill={s.fillTyped} />}
      {vault && !vault.unlocked && (
        <LockScreen
          exists={vault.exists}
          busy={s.busy.value}
          error={s.error.value}
          onCreate={s.create}
          onUnlock={s.unlock}
        />
      )}
      {vault?.unlocked && (
        <>
          {s.error.value && (
            <p role="alert" class="error">
              {s.error.value}
            </p>
          )}
          {s.notice.value && (
            <p role="status" class="notice">
              {s.notice.value}
            </p>
          )}
          {s.list.value!.unreadable > 0 && (
            <p class="error">
              {s.list.value!.unreadable} account(s) could not be read: the stored data is damaged. Restore
              them from a backup.
            </p>
          )}
          {s.scan.value && (
            <ScanResults
              report={s.scan.value}
              addedIndex={s.addedIndex.value}
              onAdd={s.addFound}
              onSelectArea={s.selectArea}
              onDismiss={s.dismissScan}
            />
          )}
          {s.addedId.value && s.canFill.value && (
            <button data-testid="fill-confirmation" onClick={() => s.fill({ id: s.addedId.value! })}>
              Fill confirmation code
            </button>
          )}
          {s.adding.value ? (
            <AddAccountForm
              siteHost={s.siteHost.value}
              onAdd={s.add}
              onCancel={() => (s.adding.value = false)}
            />
          ) : (
            <>
              <div class="tools">
                <input
                  type="search"
                  placeholder="Search accounts"
                  aria-label="Search accounts"
                  value={s.query.value}
                  onInput={(e) => (s.query.value = e.currentTarget.value)}
                />
                <button onClick={() => (s.adding.value = true)}>Add</button>
                <button
                  class="secondary"
                  onClick={s.scanPage}
                  title="Looks for a two-factor QR code on the page you are on"
                >
                  Scan page
                </button>
              </div>
              <label class="picture">
                Or scan a picture of a code (you can also drop or paste one here)
                <input
                  type="file"
                  accept="image/*"
                  onChange={(e) => {
                    const f = e.currentTarget.files?.[0];
                    if (f) s.scanPicture(f);
                  }}
                />
              </label>
              <CodeList
                items={s.visible.value}
                msLeft={s.msLeft}
                copiedId={s.copiedId.value}
                onCopy={s.copy}
                onFill={s.canFill.value ? s.fill : undefined}
              />
              {s.list.value!.accounts.length === 0 && (
                <p class="muted">No accounts yet. Add one with its setup link, or import them in Settings.</p>
              )}
            </>
          )}
        </>
      )}
      {!vault && s.error.value && (
        <p role="alert" class="error">
          {s.error.value}
        </p>
      )}
      {s.incognitoBlocked.value && <PrivateWindowHelp />}
      <footer>
        <a href="/options.html" target="_blank">
          Settings, import and backup
        </a>
      </footer>
    </main>
  );
}
