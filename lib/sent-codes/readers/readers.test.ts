// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readGmail } from './gmail';
import { readGoogleMessages } from './google-messages';
import { readOutlook } from './outlook';

const AT = Date.UTC(2026, 10, 30, 15, 42, 31);
const messageId = (at: number) => (BigInt(at) * 1_048_576n + 7n).toString(16);
const page = (lang: string, body: string) => {
  document.documentElement.lang = lang;
  document.body.innerHTML = body;
};
const rowsOf = (answer: ReturnType<typeof readGmail>) => ('rows' in answer ? answer.rows : []);
afterEach(() => {
  document.body.innerHTML = '';
});

const gmailRow = (title: string, withId = true) =>
  `<tr role="row"><td><span email="no-reply@practicepanther.com" name="PracticePanther">PracticePanther</span></td>` +
  `<td><span title="Clients 2026">Clients 2026</span><span${withId ? ` data-legacy-last-message-id="${messageId(AT)}"` : ''}>Your security code</span><span> - Your code is 482913</span></td>` +
  `<td><span title="${title}">10:42</span></td></tr>`;

describe('Gmail', () => {
  it('the time from the message id, in any language; a label chip is not a date', () => {
    for (const [lang, title] of [
      ['es', 'lun, 30 nov 2026, 10:42'],
      ['en-GB', 'Mon, 30 Nov 2026, 10:42'],
      ['de', 'Mo., 30. Nov. 2026, 10:42'],
    ] as const) {
      page(lang, `<div role="main"><table role="grid"><tbody>${gmailRow(title)}</tbody></table></div>`);
      expect(rowsOf(readGmail())).toMatchObject([
        { sender: 'PracticePanther no-reply@practicepanther.com', time: AT },
      ]);
    }
  });

  it('without a message id: a US English title is read; a day-first or Spanish one gives no time, never a wrong one', () => {
    page(
      'en',
      `<div role="main"><table role="grid"><tbody>${gmailRow('Mon, Nov 30, 2026, 10:42 AM', false)}</tbody></table></div>`,
    );
    expect(rowsOf(readGmail())[0]!.time).toBe(Date.parse('Mon, Nov 30, 2026, 10:42 AM'));
    page(
      'en-GB',
      `<div role="main"><table role="grid"><tbody>${gmailRow('01/12/2026, 10:42', false)}</tbody></table></div>`,
    );
    expect(rowsOf(readGmail())[0]!.time).toBeNull();
    page(
      'es',
      `<div role="main"><table role="grid"><tbody>${gmailRow('lun, 30 nov 2026, 10:42', false)}</tbody></table></div>`,
    );
    expect(rowsOf(readGmail())).toMatchObject([{ time: null, preview: expect.stringContaining('482913') }]);
  });

  it('every section of Priority Inbox is read', () => {
    page(
      'en',
      `<div role="main"><table role="grid"><tbody></tbody></table><table role="grid"><tbody>${gmailRow('x')}</tbody></table></div>`,
    );
    expect(rowsOf(readGmail())).toHaveLength(1);
  });

  it('the split pane: a message over three rows is one row, its preview kept', () => {
    page(
      'en',
      `<div role="main"><table role="grid"><tbody>` +
        `<tr role="row"><td><span email="a@practicepanther.com" name="PracticePanther">PracticePanther</span></td></tr>` +
        `<tr role="row"><td><span data-legacy-last-message-id="${messageId(AT)}">Your security code</span></td></tr>` +
        `<tr role="row"><td>Your code is 482913</td></tr></tbody></table></div>`,
    );
    expect(rowsOf(readGmail())).toMatchObject([{ preview: expect.stringContaining('482913'), time: AT }]);
  });
});

describe('Outlook', () => {
  it('its rows by their conversation id, outside role="main" (the reading pane)', () => {
    page(
      'es',
      `<div role="region"><div role="listbox"><div role="option" data-convid="c1"><span title="no-reply@practicepanther.com">PracticePanther</span><span title="lun 30/11/2026 10:42">10:42</span><div>Su código es 482913</div></div></div></div><div role="main">Seleccione un elemento</div>`,
    );
    expect(rowsOf(readOutlook())).toMatchObject([
      {
        sender: 'PracticePanther no-reply@practicepanther.com',
        time: null,
        preview: expect.stringContaining('482913'),
      },
    ]);
  });
});

describe('Google Messages', () => {
  it('the snippet by its data attribute; a stamp in another language gives no time', () => {
    page(
      'es',
      `<mws-conversations-list><mws-conversation-list-item><span data-e2e-conversation-name>72975</span><span data-e2e-conversation-snippet>Su código es 48291355</span><mws-relative-timestamp>Ahora</mws-relative-timestamp></mws-conversation-list-item></mws-conversations-list>`,
    );
    expect(rowsOf(readGoogleMessages())).toMatchObject([
      { sender: '72975', preview: 'Su código es 48291355', time: null },
    ]);
  });
});
