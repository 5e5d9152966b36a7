import { csvText } from '@/lib/csv';
import type { ActivityEntry } from './entry';
import { doorWords, kindWords } from './words';

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
  return csvText([CSV_COLUMNS, ...rows]);
}
