import { i18n } from '@/lib/i18n';
import { LockScreen } from '@/components/LockScreen';
import { AccountList } from '@/components/settings/AccountList';
import { ActivityLog } from '@/components/settings/ActivityLog';
import { AutoLockForm } from '@/components/settings/AutoLockForm';
import { BackupPanel } from '@/components/settings/BackupPanel';
import { FillingSettings } from '@/components/settings/FillingSettings';
import { ExportPanel } from '@/components/settings/ExportPanel';
import { HandoverList } from '@/components/settings/HandoverList';
import { ImportPanel } from '@/components/settings/ImportPanel';
import { PassphraseForm } from '@/components/settings/PassphraseForm';
import { SettingsNav, type NavItem } from '@/components/settings/SettingsNav';
import { SyncPanel } from '@/components/settings/SyncPanel';
import { TrustTable } from '@/components/settings/TrustTable';
import { PORTALS } from '@/lib/portals';
import { CODE_SOURCES } from '@/lib/sent-codes/sources';
import { CodeSourcesSettings } from '@/components/settings/CodeSourcesSettings';
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

/** The sections shown now, in page order: the unlocked ones only while the vault is open. */
function sectionsShown(s: OptionsState): NavItem[] {
  const open = Boolean(s.vault.value?.unlocked && s.list.value);
  const item = (id: string, label: string, shown = open) => (shown ? [{ id, label }] : []);
  return [
    ...item('accounts', i18n.t('options.accounts')),
    ...item('filling', i18n.t('options.filling'), open && Boolean(s.settings.value)),
    ...item('sources', i18n.t('options.navSources'), open && Boolean(s.settings.value)),
    ...item('import', i18n.t('options.navImportExport')),
    ...item('backup', s.sync.value?.allowed ? i18n.t('options.navBackupSync') : i18n.t('options.backup')),
    ...item('passphrase', i18n.t('options.navPassphraseLock')),
    ...item('activity', i18n.t('activity.title'), open && Boolean(s.settings.value)),
    ...item('handover', i18n.t('handover.title')),
    ...item('portals', i18n.t('options.portals'), true),
    ...item('clock', i18n.t('clock.title'), true),
    ...item('about', i18n.t('options.about'), true),
  ];
}

export function App({ state: s }: { state: OptionsState }) {
  const vault = s.vault.value;
  return (
    <main class="page">
      <h1>{i18n.t('options.title')}</h1>
      <SettingsNav items={sectionsShown(s)} />
      <Message state={s} section="page" />
      {(s.settings.value?.policyIgnored.length ?? 0) > 0 && (
        <div class="warning" role="alert" data-testid="policy-ignored">
          <p>{i18n.t('policy.heading')}</p>
          <ul>
            {s.settings.value!.policyIgnored.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {vault && !vault.unlocked && (
        <section>
          <LockScreen
            exists={vault.exists}
            busy={false}
            error={s.messages.value.lock?.text || null}
            onCreate={s.create}
            onUnlock={s.unlock}
            synced={s.syncOffered.value}
            onRestore={s.restoreFromSync}
          />
        </section>
      )}
      {vault?.unlocked && s.list.value && (
        <>
          <section id="accounts">
            <h2>{i18n.t('options.accounts')}</h2>
            <Message state={s} section="accounts" />
            {s.deleted.value && (
              <p role="status">
                {i18n.t('options.removed', [s.deleted.value.name])}{' '}
                <button class="link" onClick={s.undo}>
                  {i18n.t('options.undo')}
                </button>
              </p>
            )}
            <AccountList
              accounts={s.list.value.accounts}
              onRename={s.rename}
              onBind={s.bind}
              onMove={s.move}
              onRemove={s.remove}
              shownRecovery={s.shownRecovery.value}
              onSaveRecovery={s.saveRecovery}
              onRemoveRecovery={s.removeRecovery}
              onShowRecovery={s.showRecovery}
              onHideRecovery={s.hideRecovery}
              onShare={s.share}
              onListShares={s.listShares}
            />
            {s.list.value.accounts.length === 0 && <p class="muted">{i18n.t('options.noAccounts')}</p>}
          </section>
          {s.settings.value && (
            <section id="filling">
              <h2>{i18n.t('options.filling')}</h2>
              <Message state={s} section="filling" />
              <FillingSettings
                settings={s.settings.value}
                portals={PORTALS}
                sites={boundSites(s)}
                onChange={s.updateSettings}
              />
            </section>
          )}
          {s.settings.value && (
            <section id="sources">
              <h2>{i18n.t('sentCode.sourcesTitle')}</h2>
              <Message state={s} section="sources" />
              <CodeSourcesSettings
                sources={CODE_SOURCES}
                on={s.settings.value.codeSources}
                onChange={s.setCodeSource}
                fillAtOnce={s.settings.value.fillArrivedCodes}
                onFillAtOnce={s.setFillAtOnce}
              />
            </section>
          )}
          <section id="import">
            <h2>{i18n.t('options.import')}</h2>
            <Message state={s} section="import" />
            <ImportPanel
              formats={s.importFormats.value}
              preview={s.preview.value}
              onPreview={s.previewImport}
              onCommit={s.commitImport}
              onCancel={s.cancelImport}
            />
          </section>
          <section id="export">
            <h2>{i18n.t('options.export')}</h2>
            <Message state={s} section="export" />
            <ExportPanel onExport={s.exportAccounts} />
          </section>
          <section id="backup">
            <h2>{i18n.t('options.backup')}</h2>
            <Message state={s} section="backup" />
            <BackupPanel onExport={s.exportBackup} onRestore={s.restoreBackup} />
          </section>
          {s.sync.value && (
            <section id="sync">
              <h2>{i18n.t('sync.title')}</h2>
              <Message state={s} section="sync" />
              <SyncPanel
                view={s.sync.value}
                onSet={s.setSync}
                onJoin={s.joinSynced}
                onUseNew={s.useNewPassphrase}
                onRemove={s.removeFromSync}
              />
            </section>
          )}
          <section id="passphrase">
            <h2>{i18n.t('options.passphrase')}</h2>
            <Message state={s} section="passphrase" />
            <PassphraseForm onChange={s.changePassphrase} />
          </section>
          <section id="autolock">
            <h2>{i18n.t('options.autoLock')}</h2>
            <Message state={s} section="autolock" />
            <AutoLockForm
              minutes={vault.autoLockMinutes}
              max={vault.autoLockMaxMinutes}
              onSave={s.setAutoLock}
            />
          </section>
          {s.settings.value && (
            <section id="activity">
              <h2>{i18n.t('activity.title')}</h2>
              <p class="muted">{i18n.t('activity.intro')}</p>
              <Message state={s} section="activity" />
              <ActivityLog
                record={s.activity.value}
                days={s.settings.value.activityDays}
                daysSetByPractice={s.settings.value.setByPractice.includes('activityDays')}
                onLoad={s.loadActivity}
                onDownload={s.downloadActivity}
                onSaveDays={s.saveActivityDays}
              />
            </section>
          )}
          <section id="handover" class="printable">
            <h2>{i18n.t('handover.title')}</h2>
            <p class="muted">{i18n.t('handover.intro')}</p>
            <Message state={s} section="handover" />
            <HandoverList rows={s.handover.value} onLoad={s.loadHandover} onDownload={s.downloadHandover} />
          </section>
        </>
      )}
      <section id="portals">
        <h2>{i18n.t('options.portals')}</h2>
        {s.trust.value ? (
          <TrustTable rows={s.trust.value} now={Date.now()} />
        ) : (
          <p class="muted">{i18n.t('options.loading')}</p>
        )}
      </section>
      <section id="clock">
        <h2>{i18n.t('clock.title')}</h2>
        <p class="muted">{i18n.t('clock.intro')}</p>
        {s.clock.value && (
          <>
            <p data-testid="clock-summary">{s.clock.value.summary}</p>
            {s.clock.value.source && <p class="muted">{s.clock.value.source}</p>}
            {s.clock.value.setAside && (
              <p class="warning" data-testid="clock-set-aside">
                {s.clock.value.setAside}
              </p>
            )}
          </>
        )}
      </section>
      <section id="about">
        <h2>{i18n.t('options.about')}</h2>
        <p data-testid="about">{i18n.t('options.aboutText', [s.version])}</p>
      </section>
    </main>
  );
}
