import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, str } from './entries';
import type { ImportFormat } from './types';

/** 2FAS "Export → without password" (services[] with otp settings). */
export const twoFas: ImportFormat = {
  label: () => i18n.t('importFormat.twoFas'),
  input: 'json',
  recognizes: (value) => isObject(value) && Array.isArray(value.services),
  read(value) {
    const file = value as { services: unknown[]; servicesEncrypted?: unknown };
    if (typeof file.servicesEncrypted === 'string') {
      throw new OtpUriError(i18n.t('importError.twoFasEncrypted'));
    }
    return collect(i18n.t('importFormat.twoFasSource'), file.services, (e) => {
      const otp = isObject(e.otp) ? e.otp : {};
      return {
        kind: kindOf(str(otp.tokenType)),
        issuer: str(otp.issuer) || str(e.name),
        account: str(otp.account),
        secret: str(e.secret),
        algorithm: algorithmOf(str(otp.algorithm)),
        digits: Number(otp.digits ?? 6),
        period: Number(otp.period ?? 30),
        counter: Number(otp.counter ?? 0),
      };
    });
  },
};
