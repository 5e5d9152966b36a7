import { i18n } from '@/lib/i18n';
import { Secret } from 'otpauth';
import { LIMITS, OtpUriError } from './types';

/**
 * Accepts a base32 secret as people and providers write it (any case, spaces, dashes,
 * padding) and returns it upper case without padding; throws OtpUriError otherwise.
 */
export function normalizeSecret(raw: string): string {
  const secret = raw.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  if (!secret) throw new OtpUriError(i18n.t('otpError.noSecret'));
  if (!/^[A-Z2-7]+$/.test(secret)) throw new OtpUriError(i18n.t('otpError.secretCharacters'));
  // RFC 4648 §6: 1, 3 or 6 leftover characters cannot come from whole bytes.
  if ([1, 3, 6].includes(secret.length % 8)) throw new OtpUriError(i18n.t('otpError.secretCutOff'));
  const bytes = Math.floor((secret.length * 5) / 8);
  if (bytes < LIMITS.secretMinBytes) throw new OtpUriError(i18n.t('otpError.secretShort'));
  if (bytes > LIMITS.secretMaxBytes) throw new OtpUriError(i18n.t('otpError.secretLong'));

  Secret.fromBase32(secret); // the library's own check, so generateCode never meets a bad key
  return secret;
}

/** Base32 (no padding) of raw key bytes, e.g. from a Google Authenticator export. */
export function secretFromBytes(bytes: Uint8Array): string {
  return normalizeSecret(new Secret({ buffer: bytes.slice().buffer }).base32);
}
