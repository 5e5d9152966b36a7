// Type-only, as types.ts (which re-exports this file): nothing here runs.
import type { OtpAlgorithm, OtpKind } from './types';

// What a scan of the screen found, as the popup shows it (never a secret).
/** What the popup shows of a QR code found on screen: never the secret. */
export type FindingPreview =
  | {
      kind: 'account';
      issuer: string;
      account: string;
      digits: number;
      period: number;
      algorithm: OtpAlgorithm;
      otpKind: OtpKind;
      /** The saved account with this very secret, if any. */
      duplicateOf: string | null;
      /** Saved accounts with the same service and name but another secret (a re-enrollment). */
      sameName: { id: string; sites: string[] }[];
    }
  | {
      kind: 'batch';
      count: number;
      names: string[];
      /** Entries of the export left out, and why. */ problems: string[];
    }
  | { kind: 'broken'; problem: string }
  | { kind: 'other'; what: string };

export interface ScanReport {
  /** The site an added account will be bound to (the scanned page's origin), if any. */
  origin: string | null;
  /** The portal that site's address imitates (a look-alike): nothing is saved without asking. */
  imitates: string | null;
  findings: FindingPreview[];
  /** The code was partly off screen, so the page was scrolled to it first. */
  scrolled: boolean;
}

/** A rectangle in device pixels of the visible tab. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where on screen the page's own pictures that could be a QR code are. */
export interface QrTargets {
  rects: Rect[];
  /** A likely code was partly off screen and has been scrolled into view. */
  scrolled: boolean;
}
