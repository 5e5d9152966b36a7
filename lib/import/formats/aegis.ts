import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, str } from './entries';
import type { ImportFormat } from './types';

/** Aegis "Export → unencrypted" (db.entries[].info). */
export const aegis: ImportFormat = {
  label: () => i18n.t('importFormat.aegis'),
  input: 'json',
  recognizes: (value) => isObject(value) && 'db' in value,
  read(value) {
    const db = (value as { db: unknown }).db;
    if (typeof db === 'string') {
      throw new OtpUriError(i18n.t('importError.aegisEncrypted'));
    }
    const entries = isObject(db) && Array.isArray(db.entries) ? db.entries : [];
    return collect(i18n.t('importFormat.aegisSource'), entries, (e) => {
      const info = isObject(e.info) ? e.info : {};
      return {
        kind: kindOf(str(e.type)),
        issuer: str(e.issuer),
        account: str(e.name),
        secret: str(info.secret),
        algorithm: algorithmOf(str(info.algo)),
        digits: Number(info.digits ?? 6),
        period: Number(info.period ?? 30),
        counter: Number(info.counter ?? 0),
      };
    });
  },
};
