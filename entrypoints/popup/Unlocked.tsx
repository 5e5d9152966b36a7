import { i18n } from '@/lib/i18n';

import { AddAccountForm } from '@/components/AddAccountForm';
import { CodeList } from '@/components/CodeList';
import { FirstCard } from '@/components/popup/FirstCard';
import { ToolRow } from '@/components/popup/ToolRow';
import { useFocusWhenShown } from '@/components/focus';
import type { PopupState } from './state';

/**
 * The popup once the vault is open: what to do on this tab first, then the tools, the search
 * and the other accounts, and a one-line backup reminder that never pushes the action down.
 */
export function Unlocked({ state: s }: { state: PopupState }) {
  const card = s.card.value;
  // With nothing to do on this tab, the keyboard starts in the search.
  const search = useFocusWhenShown<HTMLInputElement>(card.kind === 'list');
  // Signals may redraw this before the popup notices the vault was locked and the list is gone.
  const list = s.list.value;
  if (!list) return null;
  const inCard = new Set(card.kind === 'fill' ? card.accounts.map((a) => a.id) : []);
  const rest = s.visible.value.filter((a) => !inCard.has(a.id));
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
      {list.unreadable > 0 && <p class="error">{i18n.t('popup.unreadable', list.unreadable)}</p>}
      <FirstCard card={card} state={s} />
      {list.clock?.line && (
        <p class="notice one-line" data-testid="clock-line" title={list.clock.line}>
          {list.clock.line}
        </p>
      )}
      {s.adding.value ? (
        <AddAccountForm siteHost={s.siteHost.value} onAdd={s.add} onCancel={() => (s.adding.value = false)} />
      ) : (
        <>
          <ToolRow
            onAdd={() => (s.adding.value = true)}
            onScanPage={s.scanPage}
            onSelectArea={s.selectArea}
            onPicture={s.scanPicture}
            onLock={s.lock}
          />
          {(list.more || list.accounts.length > inCard.size) && (
            <input
              type="search"
              class="search"
              placeholder={i18n.t('popup.search')}
              aria-label={i18n.t('popup.search')}
              ref={search}
              value={s.query.value}
              onInput={(e) => (s.query.value = e.currentTarget.value)}
            />
          )}
          <CodeList
            items={rest}
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
      {list.accounts.length > 0 && s.vault.value?.backedUpAt === null && (
        <p class="warning one-line" data-testid="backup-reminder" title={i18n.t('popup.noBackupWhy')}>
          {i18n.t('popup.noBackup', list.accounts.length)}{' '}
          <a href="/options.html#backup" target="_blank">
            {i18n.t('popup.makeBackup')}
          </a>
        </p>
      )}
    </>
  );
}
