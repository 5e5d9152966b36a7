import { describe, expect, it } from 'vitest';
import { chooseCode } from './choose';
import { siteAsSender } from './site';
import type { MessageRow } from './types';

const SINCE = Date.UTC(2026, 10, 30, 15, 0);
const row = (sender: string, preview: string, minutesAfter = 1): MessageRow => ({
  sender,
  subject: '',
  preview,
  time: SINCE + minutesAfter * 60_000,
});

function waitFor(origin: string) {
  const site = siteAsSender(origin)!;
  return {
    portal: { name: site.name, senders: site.messageSenders ?? [], codeLength: site.codeLength },
    since: SINCE,
  };
}

describe('a bound site that is not a portal (the generic rule)', () => {
  it('is known by its own address and name, and takes codes of 6 to 8 digits by email or text', () => {
    expect(siteAsSender('https://secure.acmebank.com')).toEqual({
      name: 'acmebank.com',
      deliveries: ['email', 'sms'],
      codeLength: { min: 6, max: 8 },
      messageSenders: ['acmebank'],
    });
  });

  it('its code is found when the sender’s address names the site', () => {
    const rows = [row('Security Team no-reply@acmebank.com', 'Your sign-in code is 482913.')];
    expect(chooseCode(rows, waitFor('https://secure.acmebank.com'))).toMatchObject({ code: '482913' });
  });

  it('a text that names the site in its words is the site’s (texts come from numbers)', () => {
    const rows = [row('(833) 555-0100', 'Your Acme Bank verification code is 48291373')];
    expect(chooseCode(rows, waitFor('https://secure.acmebank.com'))).toMatchObject({ code: '48291373' });
  });

  it('another site’s code is never this site’s: phishing-style senders and other companies', () => {
    const rows = [
      row('Northwind Payroll no-reply@northwind.test', 'Use 333333 to finish signing in.'),
      row('Acme Bonk no-reply@acmebonk.com', 'Your code is 444444.'),
    ];
    expect(chooseCode(rows, waitFor('https://secure.acmebank.com'))).toEqual({ kind: 'none' });
  });

  it('a short site name is not looked for inside other words: box.com is not in “inbox”', () => {
    expect(siteAsSender('https://app.box.com')!.messageSenders).toEqual([]);
    const rows = [row('Mail no-reply@mail.test', 'New in your inbox: your code is 555555.')];
    expect(chooseCode(rows, waitFor('https://app.box.com'))).toEqual({ kind: 'none' });
    const fromBox = [row('Box no-reply@box.com', 'Your Box code is 555555.')];
    expect(chooseCode(fromBox, waitFor('https://app.box.com'))).toMatchObject({ code: '555555' });
  });

  it('a 4-digit number is not a site’s code (years and PINs), and an address without a domain is no site', () => {
    const rows = [row('no-reply@acmebank.com', 'Your code is 4829.')];
    expect(chooseCode(rows, waitFor('https://secure.acmebank.com'))).toEqual({ kind: 'none' });
    expect(siteAsSender('not a url')).toBeNull();
  });
});
