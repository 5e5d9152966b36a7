import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesIn } from './find';

const SIX = { min: 6, max: 6 };
const EIGHT = { min: 8, max: 8 };
const ANY = { min: 4, max: 8 };

// Message previews as inboxes and message lists show them, with the code a person would pick.
const FOUND: [string, string, { min: number; max: number }][] = [
  ['Your PracticePanther security code is 482913.', '482913', SIX],
  ['482913 is your PracticePanther verification code', '482913', SIX],
  ['Security code: 482913 — it expires in 10 minutes.', '482913', SIX],
  ['Your code is 482 913', '482913', SIX],
  ['Your code is 482-913. Do not share it.', '482913', SIX],
  ['TherapyAppointment: your verification code is 48291373', '48291373', EIGHT],
  ['TherapyAppointment code: 4829 1373. Reply STOP to opt out.', '48291373', EIGHT],
  ['Use&nbsp;code&nbsp;482913 to sign in', '482913', SIX],
  ['Use code\u00a0482913 to sign in', '482913', SIX],
  ['Use code&#160;482913 to sign in', '482913', SIX],
  ['Su código de verificación es 482913', '482913', SIX],
  ['Código: 482913. No lo comparta con nadie.', '482913', SIX],
  ['Hi Dana, enter 482913 to finish signing in (one-time code).', '482913', SIX],
  ['[PracticeQ] Your login code is 482913', '482913', SIX],
  ['G-482913 is your verification code.', '482913', SIX],
  ['Your PIN is 4829', '4829', ANY],
  ['인증번호 [482913]를 입력해 주세요', '482913', SIX],
  ['Your verification code is 482913. Sent Nov 30, 2026 at 10:42 AM.', '482913', SIX],
  ['Code 482913 expires in 10 minutes. Questions? Call (555) 555-0123.', '482913', SIX],
  ['Order #123456 shipped. Your sign-in code is 654321.', '654321', SIX],
];

const NOT_FOUND: [string, { min: number; max: number }][] = [
  ['Your order #482913 has shipped.', SIX],
  ['Invoice 482913 is due on 12/01.', SIX],
  ['Payment of $482913.00 received', SIX],
  ['Your appointment is at 10:42 on 11/30/2026', ANY],
  ['Call us at 555-1234 for your code', ANY],
  ['Call us at (555) 555-1234', ANY],
  ['Our office: 1234 Main Street, Suite 200, Springfield 62704', ANY],
  ['Meeting notes from Nov 30, 2026 — no code here', ANY],
  ['Your account ending in 4829 was charged', ANY],
  ['Tracking number 48291373 for your order', EIGHT],
  ['A code 1234 is four digits, but this portal sends six', SIX],
  ['Your code is 4829131', SIX],
  ['Lunch at 12:30? See you then.', ANY],
  ['Ref 482913: your case was updated', SIX],
  ['Thanks for your payment of 4,829.13', ANY],
  ['We moved to 4829 Oak Ave', ANY],
  ['Newsletter: 482913 readers this month!', SIX],
];

describe('finding the code in a message', () => {
  it.each(FOUND)('%s → %s', (text, code, length) => {
    expect(codesIn(text, length)).toEqual([code]);
  });

  it.each(NOT_FOUND)('nothing in "%s"', (text, length) => {
    expect(codesIn(text, length)).toEqual([]);
  });

  it('two codes in one preview are both found (the message is then not used)', () => {
    expect(codesIn('Your code is 482913. Your old code 111111 no longer works.', SIX)).toEqual([
      '482913',
      '111111',
    ]);
  });

  // Any code, any wording around it from real messages, any of the spaces they use.
  it('finds any code in any such sentence, and only that code', () => {
    const sentence = fc.constantFrom(
      (c: string) => `Your verification code is ${c}.`,
      (c: string) => `${c} is your security code. Don't share it.`,
      (c: string) => `Código de verificación: ${c}`,
      (c: string) => `Use code ${c} to sign in to PracticePanther.`,
      (c: string) => `Your one-time passcode: ${c} (expires in 10 minutes)`,
    );
    const space = fc.constantFrom(' ', '\u00a0', '&nbsp;', '\u202f');
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), sentence, space, (code, write, gap) => {
        const text = write(code).replace(/ /g, gap);
        expect(codesIn(text, SIX)).toEqual([code]);
      }),
    );
  });

  it('never takes money, times, dates or phone numbers for a code, whatever the digits', () => {
    const context = fc.constantFrom(
      (n: string) => `Your code order #${n} shipped`,
      (n: string) => `Paid $${n} today`,
      (n: string) => `Code valid until ${n.slice(0, 2)}:${n.slice(2, 4)}`,
      (n: string) => `Call ${n.slice(0, 3)}-${n.slice(3, 7)} for a new code`,
      (n: string) => `Code sent on ${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 8)}`,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{7}$/), context, (digits, write) => {
        expect(codesIn(write(digits), ANY)).toEqual([]);
      }),
    );
  });
});
