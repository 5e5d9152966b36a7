import { HOTP, Secret, TOTP } from 'otpauth';
import type { OtpAccount } from './types';

/** The code for an account at a moment: TOTP at atMs, HOTP at the account's counter. */
export function generateCode(account: OtpAccount, atMs: number): string {
  const common = {
    secret: Secret.fromBase32(account.secret),
    algorithm: account.algorithm,
    digits: account.digits,
  };
  if (account.kind === 'hotp') return new HOTP(common).generate({ counter: account.counter });
  return new TOTP({ ...common, period: account.period }).generate({ timestamp: atMs });
}

/** Milliseconds until a TOTP code changes (RFC 6238 §4: steps counted from the Unix epoch). */
export function msUntilNextCode(period: number, atMs: number): number {
  const periodMs = period * 1000;
  return periodMs - (atMs % periodMs);
}
