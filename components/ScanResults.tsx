import type { ScanReport } from '@/lib/messaging/types';

interface Props {
  report: ScanReport;
  addedIndex: number | null;
  onAdd: (index: number, replace: boolean) => void;
  onSelectArea: () => void;
  onDismiss: () => void;
}

const host = (origin: string | null) => (origin ? new URL(origin).host : null);

/** What a scan found, before anything is saved: the person checks it, then adds it. */
export function ScanResults({ report, addedIndex, onAdd, onSelectArea, onDismiss }: Props) {
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
                <p class="notice">Added.</p>
              ) : f.duplicateOf ? (
                <>
                  <p class="notice">This account is already added.</p>
                  <button class="secondary" onClick={() => onAdd(i, true)}>
                    Replace the saved one
                  </button>
                </>
              ) : (
                <button onClick={() => onAdd(i, false)}>Add this account</button>
              )}
            </>
          )}
          {f.kind === 'batch' && (
            <>
              <p>
                An authenticator export with {f.count} account(s): {f.names.join(', ')}
              </p>
              {addedIndex === i ? (
                <p class="notice">Added.</p>
              ) : (
                <button onClick={() => onAdd(i, false)}>Add all</button>
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
