import type { OtpAccount } from '@/lib/otp';

export interface ParsedImport {
  /** Where the accounts came from, in words ("Aegis backup", "setup codes"). */
  source: string;
  accounts: OtpAccount[];
  /** One line per entry that could not be read; the rest still import. */
  problems: string[];
}

/**
 * One kind of file another authenticator exports. Adding one is a new file in this folder and
 * a line in registry.ts; the settings page and the error for unknown files name it from there.
 */
export interface ImportFormat {
  /** How the settings page names it, e.g. "Aegis (exported without encryption)". */
  label: () => string;
  /** JSON exports are recognised from the parsed value; text exports from the raw text. */
  input: 'json' | 'text';
  recognizes(value: unknown): boolean;
  /** Reads the accounts; throws OtpUriError when the whole file is unusable (encrypted, say). */
  read(value: unknown): ParsedImport;
}
