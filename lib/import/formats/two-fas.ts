import { OtpUriError } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, str } from './entries';
import type { ImportFormat } from './types';

/** 2FAS "Export → without password" (services[] with otp settings). */
export const twoFas: ImportFormat = {
  label: '2FAS (exported without a password)',
  input: 'json',
  recognizes: (value) => isObject(value) && Array.isArray(value.services),
  read(value) {
    const file = value as { services: unknown[]; servicesEncrypted?: unknown };
    if (typeof file.servicesEncrypted === 'string') {
      throw new OtpUriError(
        'This 2FAS backup is password-protected. Export again from 2FAS without a password.',
      );
    }
    return collect('2FAS backup', file.services, (e) => {
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
