import type { ReaderAnswer } from './types';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com), run in its
 * tab by scripting.executeScript. It relies on the message list's ARIA structure, as public
 * code that reads Outlook does: a listbox of options (one per message), the sender's address
 * in a `title`, the time in a `title` that is a date ("Mon 11/30/2026 10:42 AM"). Subject and
 * preview are the rest of the option's text.
 */
export function readOutlook(): ReaderAnswer {
  const list = document.querySelector('[role="main"] [role="listbox"], [role="listbox"][aria-label]');
  if (!list) return { problem: 'layout' };
  const rows = [...list.querySelectorAll('[role="option"]')].slice(0, 30).map((option) => {
    const titled = [...option.querySelectorAll('[title]')];
    const from = titled.find((el) => el.getAttribute('title')!.includes('@'));
    const when = titled.find(
      (el) =>
        /\d:\d\d/.test(el.getAttribute('title')!) && !Number.isNaN(Date.parse(el.getAttribute('title')!)),
    );
    const text = (option as HTMLElement).innerText.replace(when?.textContent ?? '', ' ');
    return {
      sender: `${from?.textContent ?? ''} ${from?.getAttribute('title') ?? ''}`.trim(),
      subject: '',
      preview: text.replace(/\s+/g, ' ').trim(),
      time: when ? Date.parse(when.getAttribute('title')!) : null,
    };
  });
  return { rows };
}
