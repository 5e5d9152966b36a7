import { OtpUriError, normalizeSecret, parseMigrationUri, parseOtpauthUri, type OtpAccount } from '@/lib/otp';
import { fromAegis, fromAuthenticatorExtension, fromTwoFas } from './json-formats';

export interface ParsedImport {
  /** Where the accounts came from, in words ("Aegis backup", "setup codes"). */
  source: string;
  accounts: OtpAccount[];
  /** One line per entry that could not be read; the rest still import. */
  problems: string[];
}

const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

function fromLines(text: string): ParsedImport {
  const accounts: OtpAccount[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    try {
      if (/^otpauth-migration:/i.test(line)) accounts.push(...parseMigrationUri(line));
      else accounts.push(parseOtpauthUri(line));
    } catch (error) {
      problems.push(`Line ${i + 1}: ${error instanceof OtpUriError ? error.message : 'could not be read.'}`);
    }
  });
  return { source: 'setup codes', accounts, problems };
}

function fromJson(value: unknown): ParsedImport {
  if (value && typeof value === 'object' && (value as { format?: unknown }).format === 'second-factor-companion-backup') {
    throw new OtpUriError('This is a Second Factor Companion backup: use "Restore a backup" and its passphrase.');
  }
  const parsed = fromAegis(value) ?? fromTwoFas(value) ?? fromAuthenticatorExtension(value);
  if (!parsed) throw new OtpUriError('This file is not an export this extension knows (Aegis, 2FAS, Authenticator extension, or a list of otpauth:// codes).');
  return parsed;
}

/** Reads any supported export. Throws OtpUriError when the file as a whole is unusable. */
export function parseImport(text: string): ParsedImport {
  if (typeof text !== 'string' || !text.trim()) throw new OtpUriError('The file or text is empty.');
  if (text.length > MAX_IMPORT_CHARS) throw new OtpUriError('The file is too large to be an authenticator export.');
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new OtpUriError('The file looks like JSON but is damaged or cut off.');
    }
    return fromJson(value);
  }
  const result = fromLines(trimmed);
  if (result.accounts.length === 0 && result.problems.length === 0) throw new OtpUriError('No setup codes were found in the text.');
  return result;
}

/** An account typed by hand: a secret plus names. */
export function accountFromSecret(secret: string, issuer: string, account: string): OtpAccount {
  return { kind: 'totp', issuer: issuer.trim().slice(0, 256), account: account.trim().slice(0, 256), secret: normalizeSecret(secret), algorithm: 'SHA1', digits: 6, period: 30, counter: 0 };
}
