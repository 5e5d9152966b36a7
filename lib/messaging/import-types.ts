// Type-only, as types.ts (which re-exports this file): nothing here runs.
import type { OtpKind } from './types';

// An import file as the settings page hands it over, and its preview.
/** One account of an import file, as the preview lists it. */
export interface PreviewRow {
  issuer: string;
  account: string;
  kind: OtpKind;
  /** Already in the vault, or earlier in the same file. */
  duplicate: boolean;
}

export interface ImportPreview {
  /** Where the accounts came from, in words ("Aegis backup", "setup codes"). */
  source: string;
  rows: PreviewRow[];
  problems: string[];
  /** The file is encrypted: nothing was read; ask for its password and preview again. */
  needsPassword?: boolean;
}

/** An export as the settings page hands it over: pasted text, or a file's bytes in base64. */
export interface ImportInput {
  text?: string;
  bytes?: string;
  /** The export's own password, only for an encrypted one. */
  password?: string;
}
