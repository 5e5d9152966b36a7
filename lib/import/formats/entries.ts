import { i18n } from '@/lib/i18n';
import { checkAccount, OtpUriError, type OtpAccount } from '@/lib/otp';
import type { ParsedImport } from './types';

// What the JSON formats share: reading loose fields, and checking every entry the same way.
export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Checks each entry field by field, so every format gets the same limits as every other way in. */
export function collect(
  source: string,
  entries: unknown[],
  toAccount: (e: Json) => OtpAccount,
): ParsedImport {
  const accounts: OtpAccount[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    try {
      if (!isObject(entry)) throw new OtpUriError(i18n.t('importError.notAccount'));
      accounts.push(checkAccount(toAccount(entry)));
    } catch (error) {
      const name = isObject(entry) ? str(entry.issuer) || str(entry.name) : '';
      const why = error instanceof OtpUriError ? error.message : i18n.t('importError.unreadable');
      problems.push(
        name
          ? i18n.t('backupError.namedEntry', [i + 1, name, why])
          : i18n.t('backupError.entry', [i + 1, why]),
      );
    }
  });
  return { source, accounts, problems };
}

export function kindOf(type: string): 'totp' | 'hotp' {
  const t = type.toLowerCase();
  if (t === 'totp' || t === '') return 'totp';
  if (t === 'hotp') return 'hotp';
  throw new OtpUriError(`is a "${type}" account, which is not supported.`);
}

export function algorithmOf(name: string): OtpAccount['algorithm'] {
  const a = (name || 'SHA1').toUpperCase().replace('-', '');
  if (a === 'SHA1' || a === 'SHA256' || a === 'SHA512') return a;
  throw new OtpUriError(`uses the "${name}" algorithm, which is not supported.`);
}
