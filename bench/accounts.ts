import { Secret } from 'otpauth';
import type { OtpAccount } from '../lib/otp';

/** The accounts every speed measure uses: distinct keys, a practice's names, 30-second codes. */
export const benchAccounts = (count: number): OtpAccount[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: 'totp',
    issuer: `Portal ${i}`,
    account: `staff${i}@practice.test`,
    secret: new Secret({ size: 20 }).base32,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  }));
