import { i18n } from '@/lib/i18n';
import { checkAccount, OtpUriError, parseOtpauthUri, secretFromBytes, type OtpAccount } from '@/lib/otp';
import { fromHex } from './crypto';
import type { ParsedImport } from './types';

// What the formats share: reading loose fields, and checking every entry the same way.
export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
export const num = (v: unknown, fallback: number) =>
  v === undefined || v === null || v === '' ? fallback : Number(v);

/** How an entry is named in a problem line, whatever the format calls its fields. */
export type NameOf = (e: Json) => string;
const defaultName: NameOf = (e) => str(e.issuer) || str(e.name);

/**
 * Checks each entry field by field, so every format gets the same limits as every other way
 * in; an entry that cannot be used is one line in `problems`, and never takes its neighbours.
 */
export function collect(
  source: string,
  entries: unknown[],
  toAccount: (e: Json) => OtpAccount,
  nameOf: NameOf = defaultName,
): ParsedImport {
  const accounts: OtpAccount[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    try {
      if (!isObject(entry)) throw new OtpUriError(i18n.t('importError.notAccount'));
      accounts.push(checkAccount(toAccount(entry)));
    } catch (error) {
      const name = isObject(entry) ? nameOf(entry) : '';
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

/**
 * The kinds this extension makes codes for. Steam Guard (5 letters from its own alphabet) and
 * the rest are refused by name, entry by entry: a code that cannot work is worse than none.
 */
export function kindOf(type: string): 'totp' | 'hotp' {
  const t = type.toLowerCase();
  if (t === 'totp' || t === '') return 'totp';
  if (t === 'hotp') return 'hotp';
  if (t === 'steam') throw new OtpUriError(i18n.t('importError.steam'));
  throw new OtpUriError(i18n.t('importError.kindNotSupported', [type]));
}

export function algorithmOf(name: string): OtpAccount['algorithm'] {
  const a = (name || 'SHA1').toUpperCase().replace('-', '');
  if (a === 'SHA1' || a === 'SHA256' || a === 'SHA512') return a;
  throw new OtpUriError(`uses the "${name}" algorithm, which is not supported.`);
}

/** A secret the source says is hex, as the base32 everything else here keeps. */
export function secretFromHex(hex: string): string {
  try {
    return secretFromBytes(fromHex(hex.replace(/\s/g, '')));
  } catch (error) {
    if (error instanceof OtpUriError) throw error;
    throw new OtpUriError(i18n.t('otpError.secretCharacters'));
  }
}

/** A setup link inside an export (Bitwarden, Proton, Ente), Steam's refused by name. */
export function fromLink(uri: string): OtpAccount {
  if (/^steam:\/\//i.test(uri) || /^otpauth:\/\/steam\//i.test(uri)) {
    throw new OtpUriError(i18n.t('importError.steam'));
  }
  return parseOtpauthUri(uri);
}
