import { i18n } from '@/lib/i18n';
import { OtpUriError, secretFromBytes } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, num, str } from './entries';
import type { ImportFormat } from './types';

/** Its secrets are Java's signed bytes, -128…127. */
function secretOf(value: unknown): string {
  if (!Array.isArray(value) || !value.every((b) => Number.isInteger(b) && b >= -128 && b <= 255)) {
    throw new OtpUriError(i18n.t('importError.noSecret'));
  }
  return secretFromBytes(Uint8Array.from(value as number[], (b) => b & 0xff));
}

/** FreeOTP+'s JSON backup: { tokens: [{ issuerExt, label, secret: [bytes], type, algo, digits, period }] }. */
export const freeOtpPlus: ImportFormat = {
  label: () => i18n.t('importFormat.freeOtpPlus'),
  input: 'json',
  recognizes: (value) => isObject(value) && Array.isArray(value.tokens),
  read: (value) =>
    collect(
      i18n.t('importFormat.freeOtpPlusSource'),
      (value as { tokens: unknown[] }).tokens,
      (e) => ({
        kind: kindOf(str(e.type)),
        issuer: str(e.issuerExt) || str(e.issuerInt),
        account: str(e.label),
        secret: secretOf(e.secret),
        algorithm: algorithmOf(str(e.algo)),
        digits: num(e.digits, 6),
        period: num(e.period, 30),
        counter: num(e.counter, 0),
      }),
      (e) => str(e.issuerExt) || str(e.label),
    ),
};
