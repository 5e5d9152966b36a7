import type { ActivityEntry } from './entry';
import { doorWords, kindWords } from './words';

/**
 * A cell as spreadsheets read it: quoted when it holds a comma, quote or line break; and a
 * name that starts like a formula (=, +, -, @, tab) is kept as text, so opening the record in
 * Excel never runs what an account's name says.
 */
function cell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ['Time (UTC)', 'Event', 'Account', 'Site', 'How', 'Detail'];

/** The record as CSV, one row per entry, newest first, times in UTC (ISO 8601). */
export function activityCsv(entries: ActivityEntry[]): string {
  const rows = entries.map((e) => [
    new Date(e.at).toISOString(),
    kindWords(e.kind),
    e.account ?? '',
    e.site ?? '',
    e.door ? doorWords(e.door) : '',
    e.detail ?? '',
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
