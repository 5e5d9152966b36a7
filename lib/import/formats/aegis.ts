import { OtpUriError } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, str } from './entries';
import type { ImportFormat } from './types';

/** Aegis "Export → unencrypted" (db.entries[].info). */
export const aegis: ImportFormat = {
  label: 'Aegis (exported without encryption)',
  input: 'json',
  recognizes: (value) => isObject(value) && 'db' in value,
  read(value) {
    const db = (value as { db: unknown }).db;
    if (typeof db === 'string') {
      throw new OtpUriError(
        'This Aegis backup is encrypted. In Aegis, export again and choose not to encrypt, then import that file.',
      );
    }
    const entries = isObject(db) && Array.isArray(db.entries) ? db.entries : [];
    return collect('Aegis backup', entries, (e) => {
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
