import type { MessageRow } from '../types';
import type { ReaderAnswer } from './types';

/**
 * Gmail (mail.google.com), run in its tab by scripting.executeScript: self-contained, reads
 * only the inbox lists' visible rows. It relies on what public code that reads Gmail relies on
 * (gmail.js, InboxSDK extensions), not on generated class names: each list is a grid of rows
 * (role="grid" → role="row"; Priority Inbox and multiple inboxes draw one grid per section,
 * all read); a row names its sender in an element with an `email` attribute (and `name`). In
 * the vertical split pane a message spans three rows: the ones without a sender belong to the
 * row above. Its time comes from the message id (`data-legacy-last-message-id`, hexadecimal:
 * shifted right by 20 bits it is milliseconds since 1970), which no language changes; failing
 * that, from a `title` that holds a clock time, read only when the page is in US English (a
 * day-first "01/12/2026" read as January 12 would make a new message look old). Otherwise the
 * row has no time, and the watch tells new from old by what the list showed when the code step
 * appeared. Subject and preview are the rest of the row's text.
 */
export function readGmail(): ReaderAnswer {
  const grids = [...document.querySelectorAll('[role="main"] [role="grid"]')];
  if (grids.length === 0) return { problem: 'layout' };
  const lang = (document.documentElement.lang || 'en').toLowerCase();
  const usEnglish = lang === 'en' || lang === 'en-us';
  const timeOf = (row: Element): number | null => {
    const id = row
      .querySelector('[data-legacy-last-message-id]')
      ?.getAttribute('data-legacy-last-message-id');
    if (id && /^[0-9a-f]{10,16}$/i.test(id)) return Number(BigInt(`0x${id}`) >> 20n);
    if (!usEnglish) return null;
    const titled = [...row.querySelectorAll('[title]')].find((el) => {
      const title = el.getAttribute('title')!;
      return /\d:\d\d/.test(title) && !Number.isNaN(Date.parse(title));
    });
    return titled ? Date.parse(titled.getAttribute('title')!) : null;
  };
  const rows: MessageRow[] = [];
  for (const grid of grids) {
    for (const row of grid.querySelectorAll('[role="row"]')) {
      const from = row.querySelector('[email]');
      const text = (row as HTMLElement).innerText;
      if (!from) {
        // The split pane's second and third rows: more of the message above.
        const above = rows.at(-1);
        if (!above) continue;
        if (text.trim()) above.preview = `${above.preview} ${text}`.replace(/\s+/g, ' ').trim();
        above.time ??= timeOf(row);
        continue;
      }
      if (rows.length >= 60) break;
      const sender = `${from.getAttribute('name') ?? ''} ${from.getAttribute('email') ?? ''}`.trim();
      rows.push({
        sender,
        subject: '',
        preview: text
          .replace(from.textContent ?? '', ' ')
          .replace(/\s+/g, ' ')
          .trim(),
        time: timeOf(row),
      });
    }
  }
  return { rows };
}
