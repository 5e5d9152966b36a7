import { i18n } from '@/lib/i18n';

import { AddAccountForm } from '@/components/AddAccountForm';
import { CodeList } from '@/components/CodeList';
import { ScanResults } from '@/components/ScanResults';
import { useFocusWhenShown } from '@/components/focus';
import type { PopupState } from './state';

/** The popup once the vault is open: messages, scan results, and the accounts with their codes. */
export function Unlocked({ state: s }: { state: PopupState }) {
  // The keyboard starts in the search once unlocked, unless the paste box is waiting for a code.
  const search = useFocusWhenShown<HTMLInputElement>(!s.sentCodeSource.value || s.accountCanFill.value);
  // Signals may redraw this before the popup notices the vault was locked and the list is gone.
  const list = s.list.value;
  if (!list) return null;
  return (
    <>
      {s.error.value && (
        <p role="alert" class="error">
          {s.error.value}
        </p>
      )}
      {s.syncLines.value.length > 0 && (
        <div class="notice" data-testid="sync-notices">
          {s.syncLines.value.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {s.syncRemoved.value.length > 0 && (
            <button class="secondary small" onClick={s.keepRemoved}>
              {i18n.t('sync.undoRemoved')}
            </button>
          )}{' '}
          <button class="secondary small" onClick={s.dismissSync}>
            {i18n.t('sync.dismiss')}
          </button>
        </div>
      )}
      {/* Always there (empty when quiet), so screen readers announce what it says next. */}
      <p role="status" class="notice" data-testid="notice">
        {s.notice.value}
      </p>
      {list.accounts.length > 0 && s.vault.value?.backedUpAt === null && (
        <p class="warning" data-testid="backup-reminder">
          {i18n.t('popup.noBackup', list.accounts.length)}{' '}
          <a href="/options.html#backup" target="_blank">
            {i18n.t('popup.makeBackup')}
          </a>
        </p>
      )}
      {list.unreadable > 0 && <p class="error">{i18n.t('popup.unreadable', list.unreadable)}</p>}
      {s.scan.value && (
        <ScanResults
          report={s.scan.value}
          addedIndex={s.addedIndex.value}
          replaced={s.replaced.value !== null}
          onAdd={s.addFound}
          onUndoReplace={s.undoReplace}
          onSelectArea={s.selectArea}
          onDismiss={s.dismissScan}
        />
      )}
      {s.addedId.value && s.canFill.value && (
        <button data-testid="fill-confirmation" onClick={() => s.fill({ id: s.addedId.value! })}>
          {i18n.t('popup.fillConfirmation')}
        </button>
      )}
      {s.adding.value ? (
        <AddAccountForm siteHost={s.siteHost.value} onAdd={s.add} onCancel={() => (s.adding.value = false)} />
      ) : (
        <>
          <div class="tools">
            <input
              type="search"
              placeholder={i18n.t('popup.search')}
              aria-label={i18n.t('popup.search')}
              ref={search}
              value={s.query.value}
              onInput={(e) => (s.query.value = e.currentTarget.value)}
            />
            <button onClick={() => (s.adding.value = true)}>{i18n.t('popup.add')}</button>
            <button class="secondary" onClick={s.scanPage} title={i18n.t('popup.scanTitle')}>
              {i18n.t('popup.scanPage')}
            </button>
          </div>
          <label class="picture">
            {i18n.t('popup.picture')}
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
            codeOf={s.usableCode}
            copiedId={s.copiedId.value}
            onCopy={s.copy}
            onNext={s.nextHotp}
            onFill={s.canFill.value ? s.fill : undefined}
          />
          {list.accounts.length === 0 && <p class="muted">{i18n.t('popup.noAccounts')}</p>}
        </>
      )}
    </>
  );
}
