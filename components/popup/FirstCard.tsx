import { i18n } from '@/lib/i18n';
import type { FirstCard as Card } from '@/lib/popup/first-card';
import type { PopupState } from '@/entrypoints/popup/state';
import { CodeList } from '../CodeList';
import { PasteCode } from '../PasteCode';
import { ScanResults } from '../ScanResults';
import { KeepRecoveryCodes, UseRecoveryCode } from './Recovery';
import { SentCodeOffer } from '../SentCodeOffer';
import { useFocusWhenShown } from '../focus';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The popup's first card: the one thing to do on this tab, its primary button holding the
 * keyboard so Enter does it. The lock screen and the plain list are drawn by the popup itself.
 */
export function FirstCard({ card, state: s }: { card: Card; state: PopupState }) {
  const sent = s.tab.value?.sentCode;
  if (card.kind === 'fill') {
    return (
      <section class="card" data-testid="first-card" aria-label={i18n.t('card.fillHere')}>
        <CodeList
          featured
          label={i18n.t('card.fillHere')}
          items={card.accounts}
          msLeft={s.msLeft}
          codeOf={s.usableCode}
          copiedId={s.copiedId.value}
          onCopy={s.copy}
          onNext={s.nextHotp}
          onFill={s.fill}
        />
        {sent && <SentCodeOffer sent={sent} onFill={s.fillTyped} />}
        {s.tab.value?.recovery && (
          <details class="other-way" data-testid="recovery-way">
            <summary>{i18n.t('recovery.lostPhone')}</summary>
            {/* The accounts of this site that have codes kept (several: each named). */}
            {(card.accounts.some((a) => a.recoveryLeft !== null)
              ? card.accounts.filter((a) => a.recoveryLeft !== null)
              : card.accounts.slice(0, 1)
            ).map((a, _i, shown) => (
              <UseRecoveryCode key={a.id} account={a} state={s} named={shown.length > 1} />
            ))}
          </details>
        )}
        {s.sentCodeSource.value && (
          <details class="other-way">
            <summary>{i18n.t('card.sentInstead')}</summary>
            <PasteCode source={s.sentCodeSource.value} focus={false} onFill={s.fillTyped} />
          </details>
        )}
      </section>
    );
  }
  if (card.kind === 'arrived' || card.kind === 'paste') {
    return (
      <section class="card" data-testid="first-card">
        {sent && <SentCodeOffer sent={sent} onFill={s.fillTyped} focus />}
        {card.kind === 'paste' && s.sentCodeSource.value && (
          <PasteCode source={s.sentCodeSource.value} focus onFill={s.fillTyped} />
        )}
        {s.appAccountMissing.value && (
          <p class="muted" data-testid="add-account-hint">
            {i18n.t('popup.appAccountMissing', [s.portalName.value ?? ''])}
          </p>
        )}
      </section>
    );
  }
  if (card.kind === 'found') return <Found state={s} />;
  if (card.kind === 'recovery')
    return (
      <section class="card" data-testid="first-card" aria-label={i18n.t('recovery.title')}>
        <KeepRecoveryCodes accounts={card.accounts} state={s} focus />
      </section>
    );
  if (card.kind === 'scan') return <ScanThisPage onScan={s.scanPage} />;
  return null;
}

function ScanThisPage({ onScan }: { onScan: () => void }) {
  const button = useFocusWhenShown<HTMLButtonElement>(true);
  return (
    <section class="card" data-testid="first-card">
      <p>{i18n.t('card.setupHint')}</p>
      <button class="primary" ref={button} onClick={onScan}>
        {i18n.t('card.scanThisPage')}
      </button>
    </section>
  );
}

/** What a scan found: its first Add has the keyboard, then (once added) the confirmation code's Fill. */
function Found({ state: s }: { state: PopupState }) {
  const card = useRef<HTMLElement>(null);
  const focusedFor = useRef<unknown>(null);
  const step = s.addedId.value ?? s.scan.value;
  const added = s.list.value?.accounts.find((a) => a.id === s.addedId.value);
  // The page may show its recovery codes beside the barcode: looked for once the account is in.
  useEffect(() => {
    if (s.addedId.value) void s.lookForRecoveryCodes();
  }, [s.addedId.value]);
  useEffect(() => {
    if (focusedFor.current === step) return;
    const primary = card.current?.querySelector<HTMLElement>(
      '[data-testid="fill-confirmation"], .finding button:not(.secondary):not(.link)',
    );
    if (primary) {
      focusedFor.current = step;
      primary.focus();
    }
  });
  return (
    <section class="card" data-testid="first-card" ref={card}>
      <ScanResults
        report={s.scan.value!}
        addedIndex={s.addedIndex.value}
        replaced={s.replaced.value !== null}
        onAdd={s.addFound}
        onUndoReplace={s.undoReplace}
        onSelectArea={s.selectArea}
        onDismiss={s.dismissScan}
      />
      {s.addedId.value && s.canFill.value && (
        <button
          class="primary"
          data-testid="fill-confirmation"
          onClick={() => s.fill({ id: s.addedId.value! })}
        >
          {i18n.t('popup.fillConfirmation')}
        </button>
      )}
      {added && <KeepRecoveryCodes accounts={[added]} state={s} />}
    </section>
  );
}
