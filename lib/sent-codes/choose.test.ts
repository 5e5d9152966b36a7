import { describe, expect, it } from 'vitest';
import { chooseCode } from './choose';
import type { CodeWait, MessageRow } from './types';

const STEP = Date.UTC(2026, 10, 30, 15, 42, 30);
const PP: CodeWait = {
  portal: { name: 'PracticePanther', senders: ['practicepanther.com'], codeLength: { min: 4, max: 8 } },
  since: STEP,
};
const TA: CodeWait = {
  portal: { name: 'TherapyAppointment', senders: [], codeLength: { min: 6, max: 8 } },
  since: STEP,
};
const row = (over: Partial<MessageRow>): MessageRow => ({
  sender: 'PracticePanther',
  subject: 'Your security code',
  preview: 'Your PracticePanther security code is 482913.',
  time: STEP + 5_000,
  ...over,
});

describe('which message and which code', () => {
  it('the portal’s new message: its code', () => {
    expect(chooseCode([row({})], PP)).toMatchObject({ kind: 'code', code: '482913' });
  });

  it('a list shows minutes only: a message stamped a minute before the step still counts', () => {
    expect(chooseCode([row({ time: STEP - 30_000 })], PP)).toMatchObject({ code: '482913' });
  });

  it('an old code (from before the step) is never offered', () => {
    expect(chooseCode([row({ time: STEP - 10 * 60_000 })], PP)).toEqual({ kind: 'none' });
  });

  it('a new row whose time cannot be read (a date in another language) is offered all the same', () => {
    // The watch hands over only rows the list did not show when the step appeared.
    expect(chooseCode([row({ time: null })], PP)).toMatchObject({ kind: 'code' });
  });

  it('untimed new rows count as the newest, in the list’s own order (newest first)', () => {
    const untimed = row({ time: null, preview: 'Your security code is 777888' });
    const timed = row({ time: STEP + 5_000, preview: 'Your security code is 111222' });
    const choice = chooseCode([timed, untimed], PP);
    expect(choice).toMatchObject({ kind: 'several', codes: [{ code: '777888' }, { code: '111222' }] });
  });

  it('a code from someone else is never offered', () => {
    const other = row({ sender: 'Clio', subject: 'Clio sign-in', preview: 'Your Clio code is 111222' });
    expect(chooseCode([other], PP)).toEqual({ kind: 'none' });
  });

  it('the sender’s address counts as the portal’s name', () => {
    const byAddress = row({
      sender: 'no-reply@practicepanther.com',
      subject: 'Sign in',
      preview: 'Code: 482913',
    });
    expect(chooseCode([byAddress], PP)).toMatchObject({ code: '482913' });
  });

  it('a message with two codes is not used', () => {
    const two = row({
      preview: 'Your code is 482913. The code 111222 you asked for earlier no longer works.',
    });
    expect(chooseCode([two], PP)).toEqual({ kind: 'none' });
  });

  it('two messages with the same code (a resend shown twice): the code', () => {
    expect(chooseCode([row({}), row({ time: STEP + 9_000 })], PP)).toMatchObject({ code: '482913' });
  });

  it('two messages with different codes (two resends): none chosen; the person picks, newest first', () => {
    const newer = row({ time: STEP + 60_000, preview: 'Your PracticePanther security code is 654321.' });
    expect(chooseCode([row({}), newer], PP)).toEqual({
      kind: 'several',
      codes: [
        { code: '654321', row: newer },
        { code: '482913', row: row({}) },
      ],
    });
  });

  it('many resends: each different code once, at most three, the newest first', () => {
    const at = (s: number, code: string) =>
      row({ time: STEP + s * 1_000, preview: `Your PracticePanther security code is ${code}.` });
    const rows = [at(5, '111111'), at(10, '222222'), at(15, '111111'), at(20, '333333'), at(25, '444444')];
    const choice = chooseCode(rows, PP);
    expect(choice.kind === 'several' && choice.codes.map((c) => c.code)).toEqual([
      '444444',
      '333333',
      '111111',
    ]);
  });

  it('a texted code of the portal’s length, in Spanish', () => {
    const text = row({
      sender: '(833) 555-0100',
      subject: '',
      preview: 'TherapyAppointment: su código de verificación es 48291373',
    });
    expect(chooseCode([text], TA)).toMatchObject({ code: '48291373' });
  });

  it('a code of the wrong length for the portal is not offered', () => {
    const short = row({ sender: 'TherapyAppointment', preview: 'TherapyAppointment code: 4829' });
    expect(chooseCode([short], TA)).toEqual({ kind: 'none' });
  });

  it('the newest row wins among other messages of the day', () => {
    const rows = [
      row({ sender: 'Dana', subject: 'Lunch', preview: 'Lunch at 12:30? Room 204.', time: STEP + 1_000 }),
      row({
        sender: 'Amazon',
        subject: 'Order #112-4829133',
        preview: 'Your order has shipped',
        time: STEP + 2_000,
      }),
      row({}),
    ];
    expect(chooseCode(rows, PP)).toMatchObject({ code: '482913' });
  });
});
