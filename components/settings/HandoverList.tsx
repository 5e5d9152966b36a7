import { i18n } from '@/lib/i18n';
import { useLoadWhenShown } from './reload';
import type { HandoverRow } from '@/lib/messaging/types';

interface Props {
  rows: HandoverRow[] | null;
  onLoad: () => void;
  onDownload: () => void;
}

const day = (ms: number) => new Date(ms).toLocaleDateString();

/** Every account for a handover, printable (the page prints this section alone) and as CSV. */
export function HandoverList({ rows, onLoad, onDownload }: Props) {
  useLoadWhenShown(onLoad);
  if (!rows) return <p class="muted">{i18n.t('options.loading')}</p>;
  if (rows.length === 0) return <p class="muted">{i18n.t('handover.empty')}</p>;
  return (
    <>
      <table data-testid="handover">
        <thead>
          <tr>
            <th>{i18n.t('handover.account')}</th>
            <th>{i18n.t('handover.sites')}</th>
            <th>{i18n.t('handover.added')}</th>
            <th>{i18n.t('handover.lastUsed')}</th>
            <th>{i18n.t('handover.recovery')}</th>
            <th>{i18n.t('handover.shared')}</th>
            <th>{i18n.t('handover.reEnroll')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.account}</td>
              <td>{r.sites.join(', ')}</td>
              <td>{r.addedAt === null ? '' : day(r.addedAt)}</td>
              <td>{r.lastUsedAt === null ? i18n.t('handover.never') : day(r.lastUsedAt)}</td>
              <td>{r.recoveryLeft === null ? i18n.t('handover.none') : String(r.recoveryLeft)}</td>
              <td>{r.sharedWith.join('; ')}</td>
              <td>
                {r.reEnroll.how}{' '}
                {r.reEnroll.url && (
                  <a href={r.reEnroll.url} target="_blank" rel="noreferrer">
                    {new URL(r.reEnroll.url).host}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {i18n.t('handover.print')}
        </button>{' '}
        <button type="button" class="secondary" onClick={onDownload}>
          {i18n.t('handover.download')}
        </button>
      </p>
    </>
  );
}
