import { i18n } from '@/lib/i18n';
import { checkAccount, OtpUriError, type OtpAccount } from '@/lib/otp';
import { isObject } from './formats/entries';
import { formatNames, IMPORT_FORMATS } from './formats/registry';
import type { ParsedImport } from './formats/types';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function fromJson(value: unknown, password?: string): ParsedImport | Promise<ParsedImport> {
  if (isObject(value) && value.format === 'second-factor-companion-backup') {
    throw new OtpUriError(i18n.t('importError.isBackup'));
  }
  const format = IMPORT_FORMATS.find((f) => f.input === 'json' && f.recognizes(value));
  if (!format) throw new OtpUriError(i18n.t('importError.unknown', [formatNames()]));
  return format.read(value, password);
}

/** Text when the bytes are UTF-8 without control characters a text export never has. */
function asText(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * Reads any supported export: text (JSON, CSV, setup links) or the bytes of a binary one, with
 * the export's password when it has one. Throws NeedsPasswordError for an encrypted file
 * without it, WrongPasswordError, or OtpUriError when the file as a whole is unusable; an
 * entry that cannot be used is a line in `problems` and never takes the others with it.
 */
export async function parseImport(content: string | Uint8Array, password?: string): Promise<ParsedImport> {
  const size = typeof content === 'string' ? content.length : content?.length;
  if (!size) throw new OtpUriError(i18n.t('importError.empty'));
  if (size > MAX_IMPORT_BYTES) throw new OtpUriError(i18n.t('importError.tooLarge'));
  const text = typeof content === 'string' ? content : asText(content);
  if (text === null) {
    const format = IMPORT_FORMATS.find((f) => f.input === 'bytes' && f.recognizes(content));
    if (!format) throw new OtpUriError(i18n.t('importError.unknown', [formatNames()]));
    return format.read(content, password);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new OtpUriError(i18n.t('importError.empty'));
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new OtpUriError(i18n.t('importError.damagedJson'));
    }
    return fromJson(value, password);
  }
  const format = IMPORT_FORMATS.find((f) => f.input === 'text' && f.recognizes(trimmed));
  if (!format) throw new OtpUriError(i18n.t('importError.unknown', [formatNames()]));
  return format.read(trimmed, password);
}

/** An account typed by hand: a secret plus names. */
export function accountFromSecret(secret: string, issuer: string, account: string): OtpAccount {
  const defaults = { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 } as const;
  return checkAccount({ ...defaults, issuer, account, secret });
}
