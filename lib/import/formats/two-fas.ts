import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { fromBase64Loose, jsonOf, openAesGcm, pbkdf2 } from './crypto';
import { algorithmOf, collect, isObject, kindOf, num, str, type Json } from './entries';
import { requirePassword, WrongPasswordError } from './errors';
import type { ImportFormat } from './types';

/**
 * 2FAS's password-protected export: `servicesEncrypted` is "sealed:salt:iv" in base64, the key
 * PBKDF2-SHA256 (10,000 rounds) of the password, the cipher AES-256-GCM (tag at the end).
 * `reference` is a known text sealed the same way: it tells a wrong password from damage.
 */
async function openServices(file: Json, password: string, source: string): Promise<unknown[]> {
  const open = async (field: string) => {
    const [sealed, salt, iv] = field.split(':');
    if (!sealed || !salt || !iv) return null;
    const key = await pbkdf2(password, fromBase64Loose(salt), 10_000, 'SHA-256');
    return openAesGcm(key, fromBase64Loose(iv), fromBase64Loose(sealed));
  };
  let services: unknown = null;
  try {
    if (typeof file.reference === 'string' && !(await open(file.reference)))
      throw new WrongPasswordError(source);
    const bytes = await open(str(file.servicesEncrypted));
    if (!bytes && typeof file.reference !== 'string') throw new WrongPasswordError(source);
    services = bytes && jsonOf(bytes);
  } catch (error) {
    if (error instanceof WrongPasswordError) throw error;
  }
  if (!Array.isArray(services)) throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source]));
  return services;
}

/** 2FAS's export, with or without a password (services[] with their otp settings). */
export const twoFas: ImportFormat = {
  label: () => i18n.t('importFormat.twoFas'),
  input: 'json',
  recognizes: (value) => isObject(value) && Array.isArray(value.services),
  async read(value, password) {
    const file = value as Json;
    const source = i18n.t('importFormat.twoFasSource');
    const services =
      typeof file.servicesEncrypted === 'string'
        ? await openServices(file, requirePassword(password, source), source)
        : (file.services as unknown[]);
    return collect(source, services, (e) => {
      const otp = isObject(e.otp) ? e.otp : {};
      return {
        kind: kindOf(str(otp.tokenType)),
        issuer: str(otp.issuer) || str(e.name),
        account: str(otp.account),
        secret: str(e.secret),
        algorithm: algorithmOf(str(otp.algorithm)),
        digits: num(otp.digits, 6),
        period: num(otp.period, 30),
        counter: num(otp.counter, 0),
      };
    });
  },
};
