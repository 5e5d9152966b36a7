import { accounts } from './format';
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
  if (f.duplicateOf) return <p class="notice">This account is already added.</p>;
  if (report.imitates) {
    return (
      <>
        <p role="alert" class="error">
          This site ({host(report.origin)}) is not {report.imitates}; its address only contains the name. Do
          not set up your {report.imitates} account here. Nothing was saved.
        </p>
        <button class="link" onClick={() => onAdd(i, { anyway: true })}>
          I trust this site: save it anyway
        </button>
      </>
    );
  }
  const label = (sites: string[], n: number) =>
    `Replace the saved one${sites.length ? ` for ${sites.join(', ')}` : ''}${f.sameName.length > 1 ? ` (${n + 1})` : ''}`;
  return (
    <>
      {f.sameName.length > 0 && (
        <p class="notice">
          You already have {f.sameName.length === 1 ? 'an account' : `${f.sameName.length} accounts`} with
          this name. If this site set up its codes again, replace the old one; its sites are kept.
        </p>
      )}
      <button onClick={() => onAdd(i)}>Add this account</button>
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
        <p>No QR code found on this page.</p>
        <p class="muted">
          If you can see it, draw a box around it. You can also drop or paste a screenshot of it here.
        </p>
        <div class="actions">
          <button onClick={onSelectArea}>Select the area with the code</button>
          <button class="secondary" onClick={onDismiss}>
            Close
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="scan" data-testid="scan-results">
      {report.scrolled && (
        <p class="muted">The code was partly off screen, so the page was scrolled to it.</p>
      )}
      {report.findings.map((f, i) => (
        <div class="finding" key={i} data-testid="finding">
          {f.kind === 'account' && (
            <>
              <p>
                <strong>{f.issuer || 'Unnamed service'}</strong> {f.account}
              </p>
              <p class="muted">
                {f.otpKind === 'totp'
                  ? `${f.digits}-digit codes every ${f.period} seconds`
                  : `${f.digits}-digit counter codes`}
                , {f.algorithm}
              </p>
              <p class="muted">
                {host(report.origin)
                  ? `Its codes will be filled on ${host(report.origin)}.`
                  : 'It will not be tied to a site yet; choose one in Settings.'}
              </p>
              {addedIndex === i ? (
                <p class="notice">
                  {replaced ? 'Replaced.' : 'Added.'}{' '}
                  {replaced && (
                    <button class="link" onClick={onUndoReplace}>
                      Undo
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
              <p>
                An authenticator export with {accounts(f.count)}: {f.names.join(', ')}
              </p>
              {addedIndex === i ? (
                <p class="notice">Added.</p>
              ) : (
                <button onClick={() => onAdd(i)}>Add all</button>
              )}
            </>
          )}
          {f.kind === 'broken' && (
            <p role="alert" class="error">
              This setup code cannot be used: {f.problem}
            </p>
          )}
          {f.kind === 'other' && (
            <p role="alert" class="error">
              This QR code is not a two-factor setup code (it is {f.what}). Nothing was saved.
            </p>
          )}
        </div>
      ))}
      <button class="link" onClick={onDismiss}>
        Done
      </button>
    </div>
  );
}
