import { accounts } from '@/components/format';
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
      {/* Always there (empty when quiet), so screen readers announce what it says next. */}
      <p role="status" class="notice" data-testid="notice">
        {s.notice.value}
      </p>
      {list.unreadable > 0 && (
        <p class="error">
          {accounts(list.unreadable)} could not be read: the stored data is damaged. Restore them from a
          backup.
        </p>
      )}
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
          Fill confirmation code
        </button>
      )}
      {s.adding.value ? (
        <AddAccountForm siteHost={s.siteHost.value} onAdd={s.add} onCancel={() => (s.adding.value = false)} />
      ) : (
        <>
          <div class="tools">
            <input
              type="search"
              placeholder="Search accounts"
              aria-label="Search accounts"
              ref={search}
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
            codeOf={s.usableCode}
            copiedId={s.copiedId.value}
            onCopy={s.copy}
            onNext={s.nextHotp}
            onFill={s.canFill.value ? s.fill : undefined}
          />
          {list.accounts.length === 0 && (
            <p class="muted">No accounts yet. Add one with its setup link, or import them in Settings.</p>
          )}
        </>
      )}
    </>
  );
}
