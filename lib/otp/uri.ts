import { normalizeSecret } from './secret';
import { ALGORITHMS, LIMITS, OtpUriError, type OtpAccount, type OtpAlgorithm } from './types';

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, '%20'));
  } catch {
    throw new OtpUriError(`The ${what} in the setup code is not valid text.`);
  }
}

function capped(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.nameLength) throw new OtpUriError(`The ${what} in the setup code is too long.`);
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    throw new OtpUriError(`The ${what} in the setup code has control characters.`);
  return trimmed;
}

function integer(value: string | null, fallback: number, what: string, min: number, max: number): number {
  if (value === null) return fallback;
  if (!/^\d{1,16}$/.test(value.trim()))
    throw new OtpUriError(`The ${what} in the setup code is not a number.`);
  const n = Number(value.trim());
  if (n < min || n > max)
    throw new OtpUriError(`The ${what} in the setup code must be between ${min} and ${max}.`);
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
  const decoded = decode(encoded, 'account name');
  if (paramIssuer && decoded.startsWith(`${paramIssuer}:`)) {
    return { issuer: paramIssuer, account: decoded.slice(paramIssuer.length + 1).trim() };
  }
  const colon = encoded.indexOf(':');
  if (colon < 0) return splitLabel(decoded);
  return {
    issuer: decode(encoded.slice(0, colon), 'issuer').trim(),
    account: decode(encoded.slice(colon + 1), 'account name').trim(),
  };
}

/** Parses an otpauth:// URI (Google's Key Uri Format). Throws OtpUriError saying what is wrong. */
export function parseOtpauthUri(uri: string): OtpAccount {
  if (typeof uri !== 'string') throw new OtpUriError('This is not a two-factor setup code.');
  const text = uri.trim();
  if (text.length > LIMITS.uriLength) throw new OtpUriError('The setup code is too long.');
  const match = /^otpauth:\/\/([a-z]+)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i.exec(text);
  if (!match) throw new OtpUriError('This is not a two-factor setup code (it should start with otpauth://).');
  const kind = match[1]!.toLowerCase();
  if (kind !== 'totp' && kind !== 'hotp')
    throw new OtpUriError(
      `"${kind}" codes are not supported; only time-based (TOTP) and counter-based (HOTP).`,
    );
  const params = new URLSearchParams(match[3] ?? '');
  const paramIssuer = params.has('issuer') ? capped(params.get('issuer')!, 'issuer') : null;
  const label = readLabel(match[2]!, paramIssuer);
  const labelIssuer = capped(label.issuer, 'issuer');
  if (paramIssuer !== null && labelIssuer && paramIssuer !== labelIssuer) {
    throw new OtpUriError(
      `The setup code names two different services ("${labelIssuer}" and "${paramIssuer}").`,
    );
  }
  if (!params.has('secret')) throw new OtpUriError('The setup code has no secret key.');
  const algorithm = (params.get('algorithm') ?? 'SHA1').toUpperCase().replace('-', '');
  if (!ALGORITHMS.includes(algorithm as OtpAlgorithm)) {
    throw new OtpUriError(
      `The setup code uses the "${params.get('algorithm')}" algorithm, which is not supported (SHA1, SHA256 or SHA512).`,
    );
  }
  if (kind === 'hotp' && !params.has('counter'))
    throw new OtpUriError('A counter-based (HOTP) setup code must include its counter.');
  return {
    kind,
    issuer: paramIssuer ?? labelIssuer,
    account: capped(label.account, 'account name'),
    secret: normalizeSecret(params.get('secret')!),
    algorithm: algorithm as OtpAlgorithm,
    digits: integer(params.get('digits'), 6, 'number of digits', LIMITS.minDigits, LIMITS.maxDigits),
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
