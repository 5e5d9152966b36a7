import { describe, expect, it } from 'vitest';
import { generateCode, parseOtpauthUri } from '@/lib/otp';
import { summarize } from './summary';

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
});
