import { describe, expect, it } from 'vitest';
import { generateCode, parseOtpauthUri } from '@/lib/otp';
import { summarize, summarizeAll } from './summary';

const entry = (uri: string) => ({ id: 'a', account: parseOtpauthUri(uri), bindings: [], order: 0 });

describe('what the popup is told about an account', () => {
  it('a time-based code comes with the next one, for when it is about to run out', () => {
    const totp = entry('otpauth://totp/Clinic:me?secret=JBSWY3DPEHPK3PXP&issuer=Clinic');
    const now = Date.UTC(2026, 10, 30, 12, 0, 28); // 2 s before the code changes
    const summary = summarize(totp, now, null);
    expect(summary.msLeft).toBe(2_000);
    expect(summary.code).toBe(generateCode(totp.account, now));
    expect(summary.nextCode).toBe(generateCode(totp.account, now + 2_000));
    expect(summary.nextCode).not.toBe(summary.code);
  });

  it('a counter-based code has no next code or countdown: it moves on when used', () => {
    const hotp = entry('otpauth://hotp/Bank:me?secret=JBSWY3DPEHPK3PXP&counter=3&issuer=Bank');
    expect(summarize(hotp, Date.now(), null)).toMatchObject({ msLeft: null, nextCode: null, kind: 'hotp' });
  });

  it('the site’s accounts first, the one whose name was typed at its sign-in before the others', () => {
    const bound = [{ kind: 'origin' as const, origin: 'https://intakeq.com' }];
    const at = (id: string, name: string, bindings: typeof bound | never[], order: number) => ({
      id,
      account: parseOtpauthUri(`otpauth://totp/PracticeQ:${name}?secret=JBSWY3DPEHPK3PXP&issuer=PracticeQ`),
      bindings,
      order,
    });
    const entries = [
      at('other', 'clio@x.test', [], 0),
      at('front', 'front@x.test', bound, 1),
      at('me', 'Me@x.test', bound, 2),
    ];
    const ids = (typed?: string) =>
      summarizeAll(entries, Date.now(), 'https://intakeq.com', typed).accounts.map((a) => a.id);
    expect(ids()).toEqual(['front', 'me', 'other']);
    expect(ids('me@x.test')).toEqual(['me', 'front', 'other']);
    expect(ids('someone@else.test')).toEqual(['front', 'me', 'other']);
  });
});
