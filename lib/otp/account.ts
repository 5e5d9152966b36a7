import { normalizeSecret } from './secret';
import { ALGORITHMS, LIMITS, OtpUriError, type OtpAccount, type OtpAlgorithm } from './types';

// One set of limits for every way an account comes in: a typed secret, a setup link, a QR
// code, another app's export, a rename, a restored backup. What a backup or rename could not
// survive (control characters, over-long names) is cleaned or refused here, once.

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Whether a name has characters cleanName removes (invisible ones, from an export or an old rename). */
export const hasControlCharacters = (value: unknown): boolean =>
  typeof value === 'string' && value.replace(CONTROL, '') !== value;

/** "Service – account", as lists and reports name an account. */
export const displayName = (a: { issuer: string; account: string }): string =>
  [a.issuer, a.account].filter(Boolean).join(' – ');

/** A service or account name as it is kept: no control characters, trimmed, at most 256 long. */
export function cleanName(value: string, what: 'service name' | 'account name'): string {
  const cleaned = value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned.length > LIMITS.nameLength) {
    throw new OtpUriError(`The ${what} is too long (at most ${LIMITS.nameLength} characters).`);
  }
  return cleaned;
}

const whole = (v: unknown, min: number, max: number, what: string): number => {
  if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max) {
    throw new OtpUriError(`The ${what} must be a whole number between ${min} and ${max}.`);
  }
  return v as number;
};

const text = (v: unknown, what: string): string => {
  if (typeof v !== 'string') throw new OtpUriError(`The ${what} is missing.`);
  return v;
};

/**
 * Checks an account field by field (from a backup, a message, an export) and returns it as the
 * vault keeps it. Throws OtpUriError saying, for a person, which field is wrong.
 */
export function checkAccount(input: unknown): OtpAccount {
  if (typeof input !== 'object' || input === null) throw new OtpUriError('This is not an account.');
  const a = input as Record<string, unknown>;
  if (a.kind !== 'totp' && a.kind !== 'hotp') throw new OtpUriError('The kind of code is not supported.');
  if (!ALGORITHMS.includes(a.algorithm as OtpAlgorithm)) {
    throw new OtpUriError('The algorithm is not supported (SHA1, SHA256 or SHA512).');
  }
  const totp = a.kind === 'totp';
  return {
    kind: a.kind,
    issuer: cleanName(text(a.issuer ?? '', 'service name'), 'service name'),
    account: cleanName(text(a.account ?? '', 'account name'), 'account name'),
    secret: normalizeSecret(text(a.secret, 'secret key')),
    algorithm: a.algorithm as OtpAlgorithm,
    digits: whole(a.digits, LIMITS.minDigits, LIMITS.maxDigits, 'number of digits'),
    period: totp ? whole(a.period, LIMITS.minPeriod, LIMITS.maxPeriod, 'period') : 30,
    counter: totp ? 0 : whole(a.counter, 0, Number.MAX_SAFE_INTEGER, 'counter'),
  };
}
