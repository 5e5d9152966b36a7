import { i18n } from '@/lib/i18n';
import { fieldName, type Field } from './fields';
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
export function cleanName(value: string, what: 'serviceName' | 'accountName'): string {
  const cleaned = value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned.length > LIMITS.nameLength) {
    throw new OtpUriError(i18n.t('otpError.nameTooLong', [fieldName(what), LIMITS.nameLength]));
  }
  return cleaned;
}

const whole = (v: unknown, min: number, max: number, what: Field): number => {
  if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max) {
    throw new OtpUriError(i18n.t('otpError.wholeNumber', [fieldName(what), min, max]));
  }
  return v as number;
};

const text = (v: unknown, what: Field): string => {
  if (typeof v !== 'string') throw new OtpUriError(i18n.t('otpError.missing', [fieldName(what)]));
  return v;
};

/**
 * Checks an account field by field (from a backup, a message, an export) and returns it as the
 * vault keeps it. Throws OtpUriError saying, for a person, which field is wrong.
 */
export function checkAccount(input: unknown): OtpAccount {
  if (typeof input !== 'object' || input === null) throw new OtpUriError(i18n.t('otpError.notAccount'));
  const a = input as Record<string, unknown>;
  if (a.kind !== 'totp' && a.kind !== 'hotp') throw new OtpUriError(i18n.t('otpError.kindNotSupported'));
  if (!ALGORITHMS.includes(a.algorithm as OtpAlgorithm)) {
    throw new OtpUriError(i18n.t('otpError.algorithmNotSupported'));
  }
  const totp = a.kind === 'totp';
  return {
    kind: a.kind,
    issuer: cleanName(text(a.issuer ?? '', 'serviceName'), 'serviceName'),
    account: cleanName(text(a.account ?? '', 'accountName'), 'accountName'),
    secret: normalizeSecret(text(a.secret, 'secretKey')),
    algorithm: a.algorithm as OtpAlgorithm,
    digits: whole(a.digits, LIMITS.minDigits, LIMITS.maxDigits, 'digits'),
    period: totp ? whole(a.period, LIMITS.minPeriod, LIMITS.maxPeriod, 'period') : 30,
    counter: totp ? 0 : whole(a.counter, 0, Number.MAX_SAFE_INTEGER, 'counter'),
  };
}
