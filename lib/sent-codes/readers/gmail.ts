import type { ReaderAnswer } from './types';

/**
 * Gmail (mail.google.com), run in its tab by scripting.executeScript: self-contained, reads
 * only the inbox list's visible rows. It relies on what public code that reads Gmail relies on
 * (gmail.js, InboxSDK extensions), not on generated class names: the list is a grid of rows
 * (role="grid" → role="row"); a row names its sender in an element with an `email` attribute
 * (and `name`), and its time in an element whose `title` is the full date ("Mon, Nov 30, 2026,
 * 10:42 AM"). Subject and preview are the rest of the row's text.
 */
export function readGmail(): ReaderAnswer {
  const grid = document.querySelector('[role="main"] [role="grid"]');
  if (!grid) return { problem: 'layout' };
  const rows = [...grid.querySelectorAll('[role="row"]')].slice(0, 30).flatMap((row) => {
    const from = row.querySelector('[email]');
    const when = [...row.querySelectorAll('[title]')].find(
      (el) => !Number.isNaN(Date.parse(el.getAttribute('title')!)),
    );
    if (!from) return [];
    const sender = `${from.getAttribute('name') ?? ''} ${from.getAttribute('email') ?? ''}`.trim();
    const text = (row as HTMLElement).innerText
      .replace(from.textContent ?? '', ' ')
      .replace(when?.textContent ?? '', ' ');
    return [
      {
        sender,
        subject: '',
        preview: text.replace(/\s+/g, ' ').trim(),
        time: when ? Date.parse(when.getAttribute('title')!) : null,
      },
    ];
  });
  return { rows };
}
