// Type-only, as types.ts (which re-exports this file): nothing here runs.

// What the popup and Settings show of the clock, the activity record and the handover list.
/** What the popup says of this computer's clock (codes are computed by it). */
export interface ClockForPopup {
  /** "This computer's clock is 2 minutes slow; codes are corrected.", while they are. */
  line: string | null;
  /** Whether the sites' clocks agree with this one: for a code a site refused. */
  known: 'right' | 'corrected' | 'unknown';
}

/** One entry of the activity record, in words, for Settings (never a code or a secret). */
export interface ActivityRow {
  at: number;
  event: string;
  accountId: string | null;
  account: string;
  site: string;
  how: string;
  detail: string;
}

/** One account in the handover list (no secret, code or recovery code). */
export interface HandoverRow {
  id: string;
  account: string;
  sites: string[];
  addedAt: number | null;
  lastUsedAt: number | null;
  /** Recovery codes left, or null when it has none. */
  recoveryLeft: number | null;
  /** How to set it up again with a new secret, and where (the portal's page, or its site). */
  reEnroll: { url: string | null; how: string };
  /** Shares made of it ("for Maria, until 10/12/2026"), while the activity record keeps them. */
  sharedWith: string[];
}
