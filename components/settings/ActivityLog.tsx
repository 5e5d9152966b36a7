import { i18n } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import { useLoadWhenShown } from './reload';
import type { ActivityRow } from '@/lib/messaging/types';

interface Props {
  record: { rows: ActivityRow[]; unreadable: number } | null;
  days: number;
  daysSetByPractice: boolean;
  onLoad: () => void;
  onDownload: () => void;
  onSaveDays: (days: number) => void;
}

/** Most rows drawn at once: the CSV has them all. */
const SHOWN = 200;
const DAY_MS = 86_400_000;

/** Midnight at the start of a date input's day, in this computer's time zone. */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : null);

/** What the extension did, filtered by account and dates, newest first; saved as CSV. */
export function ActivityLog({ record, days, daysSetByPractice, onLoad, onDownload, onSaveDays }: Props) {
  const [account, setAccount] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [keep, setKeep] = useState(String(days));
  useLoadWhenShown(onLoad);
  if (!record) return <p class="muted">{i18n.t('options.loading')}</p>;
  const names = [...new Set(record.rows.map((r) => r.account).filter(Boolean))].sort();
  const start = dayStart(from);
  const end = dayStart(to);
  const rows = record.rows.filter(
    (r) =>
      (!account || r.account === account) &&
      (start === null || r.at >= start) &&
      (end === null || r.at < end + DAY_MS),
  );
  return (
    <>
      <div class="row">
        <label>
          {i18n.t('activity.account')}{' '}
          <select value={account} onChange={(e) => setAccount(e.currentTarget.value)}>
            <option value="">{i18n.t('activity.allAccounts')}</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {i18n.t('activity.from')}{' '}
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {i18n.t('activity.to')}{' '}
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      {rows.length === 0 ? (
        <p class="muted" data-testid="activity-empty">
          {i18n.t('activity.none')}
        </p>
      ) : (
        <table data-testid="activity">
          <thead>
            <tr>
              <th>{i18n.t('activity.time')}</th>
              <th>{i18n.t('activity.event')}</th>
              <th>{i18n.t('activity.account')}</th>
              <th>{i18n.t('activity.site')}</th>
              <th>{i18n.t('activity.how')}</th>
              <th>{i18n.t('activity.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r, i) => (
              <tr key={`${r.at}-${i}`}>
                <td>{new Date(r.at).toLocaleString()}</td>
                <td>{r.event}</td>
                <td>{r.account}</td>
                <td>{r.site}</td>
                <td>{r.how}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && <p class="muted">{i18n.t('activity.shown', [SHOWN, rows.length])}</p>}
      {record.unreadable > 0 && <p class="warning">{i18n.t('activity.unreadable', [record.unreadable])}</p>}
      <p>
        <button type="button" onClick={onDownload}>
          {i18n.t('activity.download')}
        </button>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSaveDays(Number(keep));
        }}
      >
        <label>
          {i18n.t('activity.keepDays')}{' '}
          <input
            type="number"
            min={1}
            max={3660}
            value={keep}
            disabled={daysSetByPractice}
            onInput={(e) => setKeep(e.currentTarget.value)}
          />
        </label>{' '}
        {daysSetByPractice ? (
          <span class="muted">{i18n.t('activity.setByPractice')}</span>
        ) : (
          <button type="submit" class="secondary">
            {i18n.t('autoLock.save')}
          </button>
        )}
      </form>
    </>
  );
}
