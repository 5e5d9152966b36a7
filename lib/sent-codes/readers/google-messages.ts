import type { ReaderAnswer } from './types';

/**
 * Google Messages for web (messages.google.com), run in its tab by scripting.executeScript. It
 * relies on the conversation list's own element names and data attributes
 * (mws-conversation-list-item; the conversation's name in `data-e2e-conversation-name`; its
 * last message's snippet in `data-e2e-conversation-snippet`, which stays where the
 * mws-conversation-snippet element does not; a relative timestamp), as public code that reads
 * Messages for web does. A stamp is read when it says the same in every language (a 24-hour
 * "10:42") or is English ("Now", "5 min", "10:42 AM"); "Jetzt" or "Ahora" gives no time, and
 * the watch tells new from old by what the list showed when the code step appeared. Texts have
 * no subject.
 */
export function readGoogleMessages(): ReaderAnswer {
  const items = [...document.querySelectorAll('mws-conversation-list-item')];
  if (!document.querySelector('mws-conversations-list') && items.length === 0) return { problem: 'layout' };
  const now = Date.now();
  const timeOf = (said: string): number | null => {
    const text = said.trim().toLowerCase();
    if (text === 'now' || text === 'just now') return now;
    const minutes = /^(\d+)\s*min/.exec(text);
    if (minutes) return now - Number(minutes[1]) * 60_000;
    const clock = /^(\d{1,2}):(\d{2})\s*(am|pm)?$/.exec(text);
    if (!clock) return null;
    const hours = clock[3] ? (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0) : Number(clock[1]);
    const at = new Date(now);
    at.setHours(hours, Number(clock[2]), 0, 0);
    return at.getTime();
  };
  const snippetOf = (item: Element) =>
    (
      item.querySelector('[data-e2e-conversation-snippet]') ?? item.querySelector('mws-conversation-snippet')
    )?.textContent
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  const rows = items.slice(0, 30).map((item) => ({
    sender: item.querySelector('[data-e2e-conversation-name]')?.textContent?.trim() ?? '',
    subject: '',
    preview: snippetOf(item),
    time: timeOf(item.querySelector('mws-relative-timestamp')?.textContent ?? ''),
  }));
  return { rows };
}
