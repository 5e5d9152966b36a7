import { i18n } from '@/lib/i18n';
import { checkAccount, OtpUriError, type OtpAccount } from '@/lib/otp';
import { formatNames, IMPORT_FORMATS } from './formats/registry';
import type { ParsedImport } from './formats/types';

const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

function fromJson(value: unknown): ParsedImport {
  if (
    value &&
    typeof value === 'object' &&
    (value as { format?: unknown }).format === 'second-factor-companion-backup'
  ) {
    throw new OtpUriError(i18n.t('importError.isBackup'));
  }
  const format = IMPORT_FORMATS.find((f) => f.input === 'json' && f.recognizes(value));
  if (!format) throw new OtpUriError(i18n.t('importError.unknown', [formatNames()]));
  return format.read(value);
}

/** Reads any supported export. Throws OtpUriError when the file as a whole is unusable. */
export function parseImport(text: string): ParsedImport {
  if (typeof text !== 'string' || !text.trim()) throw new OtpUriError(i18n.t('importError.empty'));
  if (text.length > MAX_IMPORT_CHARS) throw new OtpUriError(i18n.t('importError.tooLarge'));
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new OtpUriError(i18n.t('importError.damagedJson'));
    }
    return fromJson(value);
  }
  const format = IMPORT_FORMATS.find((f) => f.input === 'text' && f.recognizes(trimmed))!;
  return format.read(trimmed);
}

/** An account typed by hand: a secret plus names. */
export function accountFromSecret(secret: string, issuer: string, account: string): OtpAccount {
  const defaults = { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;
  return checkAccount({ ...defaults, issuer, account, secret });
}
