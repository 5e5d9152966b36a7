import { describe, expect, it } from 'vitest';
import { chooseCode } from './choose';
import type { CodeWait, MessageRow } from './types';

// Hundreds of message previews as inboxes and phones show them: each portal's wordings, in
// English and Spanish, with the code written the ways people see it, among the other numbers a
// message carries (times, dates, prices, phone numbers, order numbers). Each has the right answer.
const STEP = Date.UTC(2026, 10, 30, 15, 42, 30);
const PORTALS = {
  practicepanther: {
    name: 'PracticePanther',
    senders: ['practicepanther.com'],
    codeLength: { min: 4, max: 8 },
    digits: 6,
  },
  therapyappointment: {
    name: 'TherapyAppointment',
    senders: ['therapyappointment'],
    codeLength: { min: 6, max: 8 },
    digits: 8,
  },
  practiceq: {
    name: 'PracticeQ (IntakeQ)',
    senders: ['intakeq', 'practiceq'],
    codeLength: { min: 4, max: 8 },
    digits: 6,
  },
} as const;

const WORDINGS: ((name: string, code: string) => string)[] = [
  (n, c) => `Your ${n} security code is ${c}.`,
  (n, c) => `${c} is your ${n} verification code. It expires in 10 minutes.`,
  (n, c) => `${n}: your verification code is ${c}. Do not share it.`,
  (n, c) => `Use code ${c} to sign in to ${n}. If this wasn't you, call (555) 555-0123.`,
  (n, c) => `${n} sign-in code: ${c} (sent 10:42 AM, Nov 30, 2026)`,
  (n, c) => `Hi Dana, your one-time passcode for ${n} is ${c}. Order #${'7'.repeat(c.length)} is unrelated.`,
  (n, c) => `${n}: su código de verificación es ${c}. No lo comparta.`,
  (n, c) => `Código de ${n}: ${c}. Vence en 10 minutos.`,
  (n, c) => `Your ${n} code&nbsp;is&nbsp;${c}`,
  (n, c) => `${n} — security code ${c}. Questions? Reply to this email or call 555-0199.`,
];
const WRITTEN: ((code: string) => string)[] = [
  (c) => c,
  (c) => `${c.slice(0, c.length / 2)} ${c.slice(c.length / 2)}`,
  (c) => `${c.slice(0, c.length / 2)}-${c.slice(c.length / 2)}`,
  (c) => `${c.slice(0, c.length / 2)}\u00a0${c.slice(c.length / 2)}`,
];

const codeOf = (digits: number, seed: number) =>
  String((seed * 7919 + 104729) % 10 ** digits).padStart(digits, '3');

const cases: { title: string; portal: keyof typeof PORTALS; row: MessageRow; expected: string | null }[] = [];
for (const [id, portal] of Object.entries(PORTALS) as [
  keyof typeof PORTALS,
  (typeof PORTALS)[keyof typeof PORTALS],
][]) {
  WORDINGS.forEach((word, w) =>
    WRITTEN.forEach((write, f) => {
      const code = codeOf(portal.digits, w * 10 + f + id.length);
      const text = word(portal.name.replace(/ \(.*\)$/, ''), write(code));
      const row = { sender: portal.name, subject: '', preview: text, time: STEP + 5_000 };
      cases.push({ title: `${id}: ${text}`, portal: id, row, expected: code });
      // The same message from before the step: an old code.
      cases.push({
        title: `${id} (old): ${text}`,
        portal: id,
        row: { ...row, time: STEP - 15 * 60_000 },
        expected: null,
      });
      // The same words from another portal: never its code.
      const other = text.replaceAll(portal.name.replace(/ \(.*\)$/, ''), 'Clio');
      cases.push({
        title: `${id} (Clio's): ${other}`,
        portal: id,
        row: { ...row, sender: 'Clio', preview: other },
        expected: null,
      });
    }),
  );
}

describe(`which code, in ${cases.length} message previews`, () => {
  it.each(cases)('$title', ({ portal, row, expected }) => {
    const { name, senders, codeLength } = PORTALS[portal];
    const wait: CodeWait = { portal: { name, senders, codeLength }, since: STEP };
    const choice = chooseCode([row], wait);
    if (expected === null) expect(choice.kind).toBe('none');
    else expect(choice).toMatchObject({ kind: 'code', code: expected });
  });
});
