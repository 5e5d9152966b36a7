import type { OtpAccount } from '@/lib/otp';
import type { SiteBinding } from '@/lib/sites';

export interface ParsedImport {
  /** Where the accounts came from, in words ("Aegis backup", "setup codes"). */
  source: string;
  accounts: OtpAccount[];
  /** One line per entry that could not be read or was left out, with why; the rest still import. */
  problems: string[];
  /** The sites each account is bound to, where the file says (a colleague's share), by index. */
  sites?: SiteBinding[][];
}

/**
 * One kind of file another authenticator exports. Adding one is a new file in this folder and
 * a line in registry.ts; the settings page and the error for unknown files name it from there.
 */
export interface ImportFormat {
  /** How the settings page names it, with whether it may need a password. */
  label: () => string;
  /** JSON exports are recognised from the parsed value; text exports from the raw text; binary ones from their bytes. */
  input: 'json' | 'text' | 'bytes';
  recognizes(value: unknown): boolean;
  /**
   * Reads the accounts; throws OtpUriError when the whole file is unusable, NeedsPasswordError
   * when it is encrypted and no password came, WrongPasswordError when the password is wrong.
   */
  read(value: unknown, password?: string): ParsedImport | Promise<ParsedImport>;
}
