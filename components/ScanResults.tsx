import { formatList, i18n } from '@/lib/i18n';

import type { FindingPreview, ScanReport } from '@/lib/messaging/types';

interface Props {
  report: ScanReport;
  addedIndex: number | null;
  /** The last add replaced a saved account (it can be undone). */
  replaced: boolean;
  onAdd: (index: number, choice?: { replaceId?: string; anyway?: boolean }) => void;
  onUndoReplace: () => void;
  onSelectArea: () => void;
  onDismiss: () => void;
}

const host = (origin: string | null) => (origin ? new URL(origin).host : null);

type AccountFinding = Extract<FindingPreview, { kind: 'account' }>;

/** How to save an account finding: add it, replace exactly the saved one the person picks, or (on a look-alike site) not at all unless they insist. */
function SaveChoices(props: { f: AccountFinding; i: number; report: ScanReport } & Pick<Props, 'onAdd'>) {
  const { f, i, report, onAdd } = props;
  if (f.duplicateOf) return <p class="notice">{i18n.t('scan.alreadyAdded')}</p>;
  if (report.imitates) {
    return (
      <>
        <p role="alert" class="error">
          {i18n.t('scan.imitates', [host(report.origin) ?? '', report.imitates])}
        </p>
        <button class="link" onClick={() => onAdd(i, { anyway: true })}>
          {i18n.t('scan.saveAnyway')}
        </button>
      </>
    );
  }
  const label = (sites: string[], n: number) => {
    const where = formatList(sites);
    if (f.sameName.length > 1)
      return sites.length
        ? i18n.t('scan.replaceForNumbered', [where, n + 1])
        : i18n.t('scan.replaceNumbered', [n + 1]);
    return sites.length ? i18n.t('scan.replaceFor', [where]) : i18n.t('scan.replace');
  };
  return (
    <>
      {f.sameName.length > 0 && <p class="notice">{i18n.t('scan.sameName', f.sameName.length)}</p>}
      <button onClick={() => onAdd(i)}>{i18n.t('scan.addThis')}</button>
      {f.sameName.map((s, n) => (
        <button key={s.id} class="secondary" onClick={() => onAdd(i, { replaceId: s.id })}>
          {label(s.sites, n)}
        </button>
      ))}
    </>
  );
}

/** What a scan found, before anything is saved: the person checks it, then adds it. */
export function ScanResults({
  report,
  addedIndex,
  replaced,
  onAdd,
  onUndoReplace,
  onSelectArea,
  onDismiss,
}: Props) {
  if (report.findings.length === 0) {
    return (
      <div class="scan" data-testid="scan-results" role="status">
        <p>{i18n.t('scan.noneFound')}</p>
        <p class="muted">{i18n.t('scan.drawBox')}</p>
        <div class="actions">
          <button onClick={onSelectArea}>{i18n.t('scan.selectArea')}</button>
          <button class="secondary" onClick={onDismiss}>
            {i18n.t('scan.close')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="scan" data-testid="scan-results">
      {report.scrolled && <p class="muted">{i18n.t('scan.scrolled')}</p>}
      {report.findings.map((f, i) => (
        <div class="finding" key={i} data-testid="finding">
          {f.kind === 'account' && (
            <>
              <p>
                <strong>{f.issuer || i18n.t('scan.unnamedService')}</strong> {f.account}
              </p>
              <p class="muted">
                {f.otpKind === 'totp'
                  ? i18n.t('scan.totpShape', [f.digits, f.period, f.algorithm])
                  : i18n.t('scan.hotpShape', [f.digits, f.algorithm])}
              </p>
              <p class="muted">
                {host(report.origin)
                  ? i18n.t('scan.filledOn', [host(report.origin) ?? ''])
                  : i18n.t('scan.notTied')}
              </p>
              {addedIndex === i ? (
                <p class="notice">
                  {replaced ? i18n.t('scan.replaced') : i18n.t('scan.added')}{' '}
                  {replaced && (
                    <button class="link" onClick={onUndoReplace}>
                      {i18n.t('scan.undo')}
                    </button>
                  )}
                </p>
              ) : (
                <SaveChoices f={f} i={i} report={report} onAdd={onAdd} />
              )}
            </>
          )}
          {f.kind === 'batch' && (
            <>
              <p>{i18n.t('scan.batch', f.count, [f.count, formatList(f.names)])}</p>
              {f.problems.length > 0 && (
                <ul class="error">
                  {f.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
              {addedIndex === i ? (
                <p class="notice">{i18n.t('scan.added')}</p>
              ) : (
                <button onClick={() => onAdd(i)}>{i18n.t('scan.addAll')}</button>
              )}
            </>
          )}
          {f.kind === 'broken' && (
            <p role="alert" class="error">
              {i18n.t('scan.broken', [f.problem])}
            </p>
          )}
          {f.kind === 'other' && (
            <p role="alert" class="error">
              {i18n.t('scan.other', [f.what])}
            </p>
          )}
        </div>
      ))}
      <button class="link" onClick={onDismiss}>
        {i18n.t('scan.done')}
      </button>
    </div>
  );
}
