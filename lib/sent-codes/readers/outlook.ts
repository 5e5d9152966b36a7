import type { ReaderAnswer } from './types';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com and
 * outlook.cloud.microsoft), run in its tab by scripting.executeScript. It finds the messages by
 * their own attributes, as public code that reads Outlook does: options (role="option") that
 * carry a conversation id (`data-convid`), wherever the list sits (it is not inside
 * role="main", which is the reading pane); failing that, the options of a labelled listbox. The
 * sender's address is in a `title`; a `title` with a clock time is read as the time only when
 * the page is in US English (elsewhere the watch tells new from old by what the list showed
 * when the code step appeared). Subject and preview are the rest of the option's text.
 */
export function readOutlook(): ReaderAnswer {
  let options = [...document.querySelectorAll('[role="option"][data-convid]')];
  if (options.length === 0) {
    const list = document.querySelector('[role="listbox"][aria-label], [role="main"] [role="listbox"]');
    if (!list) return { problem: 'layout' };
    options = [...list.querySelectorAll('[role="option"]')];
  }
  const lang = (document.documentElement.lang || 'en').toLowerCase();
  const usEnglish = lang === 'en' || lang === 'en-us';
  const rows = options.slice(0, 30).map((option) => {
    const titled = [...option.querySelectorAll('[title]')];
    const from = titled.find((el) => el.getAttribute('title')!.includes('@'));
    const when = usEnglish
      ? titled.find(
          (el) =>
            /\d:\d\d/.test(el.getAttribute('title')!) && !Number.isNaN(Date.parse(el.getAttribute('title')!)),
        )
      : undefined;
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
