import { codesIn } from './find';
import type { Choice, CodeWait, MessageRow } from './types';

/**
 * A message can carry a time a minute coarser than the code step (lists show 10:42, not
 * 10:42:31), and the mail server's clock is not ours.
 */
export const CLOCK_ALLOWANCE_MS = 2 * 60_000;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9@.]/g, '');

/** The message says it is from the portal: its sender, or its name in the subject or text. */
export function fromPortal(row: MessageRow, portal: CodeWait['portal']): boolean {
  const names = [portal.name.replace(/\s*\(.*\)$/, ''), ...portal.senders].map(squash).filter(Boolean);
  const said = squash(`${row.sender} ${row.subject} ${row.preview}`);
  return names.some((name) => said.includes(name));
}

/** At most this many different codes are put before the person to choose from. */
const MOST_CHOICES = 3;

/**
 * Which code to offer for a waiting code step, among the rows the watch found new (not shown
 * when the step appeared): from the portal, with exactly one code of the portal's length, and
 * not saying it came before the step. A row whose time cannot be read (a date in another
 * language) is new all the same: newness is what the list showed, not a parsed date. Two
 * messages with the same code: the newest. Two different codes: none is chosen; the person
 * picks one (newest first; untimed rows are the newest, in the list's own order).
 */
export function chooseCode(rows: readonly MessageRow[], wait: CodeWait): Choice {
  const order = new Map(rows.map((row, i) => [row, i]));
  const newest = (row: MessageRow) => row.time ?? Number.POSITIVE_INFINITY;
  const candidates = rows
    .filter((row) => row.time === null || row.time >= wait.since - CLOCK_ALLOWANCE_MS)
    .filter((row) => fromPortal(row, wait.portal))
    .map((row) => ({ row, codes: codesIn(`${row.subject} \n ${row.preview}`, wait.portal.codeLength) }))
    .filter(({ codes }) => codes.length === 1)
    .sort((a, b) => newest(b.row) - newest(a.row) || order.get(a.row)! - order.get(b.row)!);
  if (candidates.length === 0) return { kind: 'none' };
  const first = candidates[0]!;
  if (candidates.some(({ codes }) => codes[0] !== first.codes[0])) {
    const codes = candidates
      .filter((c, i) => candidates.findIndex((d) => d.codes[0] === c.codes[0]) === i)
      .slice(0, MOST_CHOICES)
      .map(({ row, codes: [code] }) => ({ code: code!, row }));
    return { kind: 'several', codes };
  }
  return { kind: 'code', code: first.codes[0]!, row: first.row };
}
