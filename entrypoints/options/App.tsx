import { LockScreen } from '@/components/LockScreen';
import { AccountEditor } from '@/components/settings/AccountEditor';
import { AutoLockForm } from '@/components/settings/AutoLockForm';
import { BackupPanel } from '@/components/settings/BackupPanel';
import { FillingSettings } from '@/components/settings/FillingSettings';
import { ImportPanel } from '@/components/settings/ImportPanel';
import { PassphraseForm } from '@/components/settings/PassphraseForm';
import { TrustTable } from '@/components/settings/TrustTable';
import { PORTALS } from '@/lib/portals';
import type { OptionsState } from './state';

/** A section's live line: always there (so screen readers hear what it says next), an alert for errors. */
function Message({ state, section }: { state: OptionsState; section: string }) {
  const m = state.messages.value[section];
  return (
    <p
      role={m?.error ? 'alert' : 'status'}
      class={m?.error ? 'error' : 'notice'}
      data-testid={`message-${section}`}
    >
      {m?.text ?? ''}
    </p>
  );
}

function boundSites(s: OptionsState): string[] {
  const origins =
    s.list.value?.accounts.flatMap((a) =>
      a.bindings.flatMap((b) => (b.kind === 'origin' ? [b.origin] : [])),
    ) ?? [];
  return [...new Set(origins)];
}

export function App({ state: s }: { state: OptionsState }) {
  const vault = s.vault.value;
  return (
    <main class="page">
      <h1>Second Factor Companion settings</h1>
      <Message state={s} section="page" />
      {vault && !vault.unlocked && (
        <section>
          <LockScreen
            exists={vault.exists}
            busy={false}
            error={s.messages.value.lock?.text || null}
            onCreate={s.create}
            onUnlock={s.unlock}
          />
        </section>
      )}
      {vault?.unlocked && s.list.value && (
        <>
          <section>
            <h2>Accounts</h2>
            <Message state={s} section="accounts" />
            {s.deleted.value && (
              <p role="status">
                Removed {s.deleted.value.name}.{' '}
                <button class="link" onClick={s.undo}>
                  Undo
                </button>
              </p>
            )}
            <ul class="editors">
              {s.list.value.accounts.map((item) => (
                <AccountEditor
                  key={`${item.id}:${JSON.stringify(item.bindings)}:${item.issuer}:${item.account}`}
                  item={item}
                  onRename={s.rename}
                  onBind={s.bind}
                  onMove={s.move}
                  onRemove={s.remove}
                />
              ))}
            </ul>
            {s.list.value.accounts.length === 0 && <p class="muted">No accounts yet.</p>}
          </section>
          {s.settings.value && (
            <section>
              <h2>Filling codes</h2>
              <Message state={s} section="filling" />
              <FillingSettings
                settings={s.settings.value}
                portals={PORTALS}
                sites={boundSites(s)}
                onChange={s.updateSettings}
              />
            </section>
          )}
          <section>
            <h2>Import from another authenticator</h2>
            <Message state={s} section="import" />
            <ImportPanel
              formats={s.importFormats.value}
              preview={s.preview.value}
              onPreview={s.previewImport}
              onCommit={s.commitImport}
              onCancel={s.cancelImport}
            />
          </section>
          <section>
            <h2>Backup</h2>
            <Message state={s} section="backup" />
            <BackupPanel onExport={s.exportBackup} onRestore={s.restoreBackup} />
          </section>
          <section>
            <h2>Passphrase</h2>
            <Message state={s} section="passphrase" />
            <PassphraseForm onChange={s.changePassphrase} />
          </section>
          <section>
            <h2>Auto-lock</h2>
            <Message state={s} section="autolock" />
            <AutoLockForm
              minutes={vault.autoLockMinutes}
              max={vault.autoLockMaxMinutes}
              onSave={s.setAutoLock}
            />
          </section>
        </>
      )}
      <section>
        <h2>Practice portals</h2>
        {s.trust.value ? <TrustTable rows={s.trust.value} now={Date.now()} /> : <p class="muted">Loading…</p>}
      </section>
    </main>
  );
}
