import { i18n } from '@/lib/i18n';
import { fieldName, type Field } from './fields';
import { normalizeSecret } from './secret';
import { ALGORITHMS, LIMITS, OtpUriError, type OtpAccount, type OtpAlgorithm } from './types';

function decode(part: string, what: Field): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, '%20'));
  } catch {
    throw new OtpUriError(i18n.t('otpError.notText', [fieldName(what)]));
  }
}

function capped(value: string, what: Field): string {
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.nameLength)
    throw new OtpUriError(i18n.t('otpError.tooLongIn', [fieldName(what)]));
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    throw new OtpUriError(i18n.t('otpError.controlIn', [fieldName(what)]));
  return trimmed;
}

function integer(value: string | null, fallback: number, what: Field, min: number, max: number): number {
  if (value === null) return fallback;
  if (!/^\d{1,16}$/.test(value.trim()))
    throw new OtpUriError(i18n.t('otpError.notNumberIn', [fieldName(what)]));
  const n = Number(value.trim());
  if (n < min || n > max) throw new OtpUriError(i18n.t('otpError.rangeIn', [fieldName(what), min, max]));
  return n;
}

/** Splits "Issuer:account" (Key Uri Format label) into its parts. */
export function splitLabel(label: string): { issuer: string; account: string } {
  const colon = label.indexOf(':');
  if (colon < 0) return { issuer: '', account: label.trim() };
  return { issuer: label.slice(0, colon).trim(), account: label.slice(colon + 1).trim() };
}

/**
 * The label's issuer and account. An issuer with a colon of its own ("Smith: Law") is told apart
 * by its issuer= parameter; a literal colon separates before an encoded one (%3A), which may
 * belong to the account name.
 */
function readLabel(encoded: string, paramIssuer: string | null): { issuer: string; account: string } {
  const decoded = decode(encoded, 'accountName');
  if (paramIssuer && decoded.startsWith(`${paramIssuer}:`)) {
    return { issuer: paramIssuer, account: decoded.slice(paramIssuer.length + 1).trim() };
  }
  const colon = encoded.indexOf(':');
  if (colon < 0) return splitLabel(decoded);
  return {
    issuer: decode(encoded.slice(0, colon), 'issuer').trim(),
    account: decode(encoded.slice(colon + 1), 'accountName').trim(),
  };
}

/** Parses an otpauth:// URI (Google's Key Uri Format). Throws OtpUriError saying what is wrong. */
export function parseOtpauthUri(uri: string): OtpAccount {
  if (typeof uri !== 'string') throw new OtpUriError(i18n.t('otpError.notSetupCode'));
  const text = uri.trim();
  if (text.length > LIMITS.uriLength) throw new OtpUriError(i18n.t('otpError.uriTooLong'));
  const match = /^otpauth:\/\/([a-z]+)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i.exec(text);
  if (!match) throw new OtpUriError(i18n.t('otpError.notOtpauth'));
  const kind = match[1]!.toLowerCase();
  if (kind !== 'totp' && kind !== 'hotp') throw new OtpUriError(i18n.t('otpError.kindUnsupported', [kind]));
  const params = new URLSearchParams(match[3] ?? '');
  const paramIssuer = params.has('issuer') ? capped(params.get('issuer')!, 'issuer') : null;
  const label = readLabel(match[2]!, paramIssuer);
  const labelIssuer = capped(label.issuer, 'issuer');
  if (paramIssuer !== null && labelIssuer && paramIssuer !== labelIssuer) {
    throw new OtpUriError(i18n.t('otpError.twoServices', [labelIssuer, paramIssuer]));
  }
  if (!params.has('secret')) throw new OtpUriError(i18n.t('otpError.noSecret'));
  const algorithm = (params.get('algorithm') ?? 'SHA1').toUpperCase().replace('-', '');
  if (!ALGORITHMS.includes(algorithm as OtpAlgorithm)) {
    throw new OtpUriError(i18n.t('otpError.algorithmUnsupported', [params.get('algorithm') ?? '']));
  }
  if (kind === 'hotp' && !params.has('counter')) throw new OtpUriError(i18n.t('otpError.hotpNoCounter'));
  return {
    kind,
    issuer: paramIssuer ?? labelIssuer,
    account: capped(label.account, 'accountName'),
    secret: normalizeSecret(params.get('secret')!),
    algorithm: algorithm as OtpAlgorithm,
    digits: integer(params.get('digits'), 6, 'digits', LIMITS.minDigits, LIMITS.maxDigits),
    period:
      kind === 'totp' ? integer(params.get('period'), 30, 'period', LIMITS.minPeriod, LIMITS.maxPeriod) : 30,
    counter: kind === 'hotp' ? integer(params.get('counter'), 0, 'counter', 0, Number.MAX_SAFE_INTEGER) : 0,
  };
}

/** The otpauth:// URI of an account; parseOtpauthUri(toOtpauthUri(a)) equals a. */
export function toOtpauthUri(account: OtpAccount): string {
  const e = encodeURIComponent;
  // No issuer but a colon in the name: an empty issuer first, so the colon stays in the name.
  const label = account.issuer
    ? `${e(account.issuer)}:${e(account.account)}`
    : `${account.account.includes(':') ? ':' : ''}${e(account.account)}`;
  const params = [`secret=${account.secret}`];
  if (account.issuer) params.push(`issuer=${e(account.issuer)}`);
  params.push(`algorithm=${account.algorithm}`, `digits=${account.digits}`);
  params.push(account.kind === 'totp' ? `period=${account.period}` : `counter=${account.counter}`);
  return `otpauth://${account.kind}/${label}?${params.join('&')}`;
}
