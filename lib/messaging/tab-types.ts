// Type-only, as types.ts (which re-exports this file): nothing here runs.
import type { PortalId } from '@/lib/portals/list';
import type { Delivery } from '@/lib/portals/types';

// What a page helper reports of its page, and what the background keeps of each tab.
export type PageKind = 'sign-in' | 'challenge' | 'enrollment' | 'none';

/** What a content script found on its page. Untrusted: it comes from a page's process. */
export interface PageReport {
  kind: PageKind;
  /**
   * Where the page's words say the code comes from: for what is shown, and on a bound site
   * whether to look in the person's email and texts for it; never for who gets a code.
   */
  codeFrom?: 'app' | 'message';
  /** A code step that offers a recovery code: a box for one, or a link to it. */
  recovery?: 'box' | 'link';
  /** The code step says the code was not accepted ("That code is not right"). */
  refused?: boolean;
}

/** What the background knows about a tab, built from reports and the browser's own origin. */
export interface TabStatus {
  origin: string | null;
  portalId: PortalId | null;
  kind: PageKind;
  deliveries: Delivery[];
  /** The tab is in a private (incognito) window (nothing there is remembered by the portals). */
  incognito?: boolean;
  /** Why the last fill on this tab was refused, in words for the popup. */
  refusal?: string;
  /** When that refusal was noted (ms since 1970): a page that leaves at once does not hide it. */
  refusedAt?: number;
  /** A code step waiting for a code by email or text, read from the person's own source tab. */
  sentCode?: SentCodeState;
  /** The code step offers a recovery code (a box, or a link to one). */
  recovery?: 'box' | 'link';
  /** When a code made from the clock was last filled here (the page's answer is read after it). */
  filledAt?: number;
  /** Codes filled on this code step that the site then said were not right. */
  codesRefused?: number;
  /** What to check when the site refused a code: the clock, or the account (for the popup). */
  refusedHint?: string;
}

/**
 * Where the wait for a sent code stands. The code (and never the message) is kept in session
 * storage, which web pages and the page helper cannot read, until the step is left.
 */
export type SentCodeState =
  | { state: 'waiting'; sources: string[] }
  | { state: 'found'; code: string; source: string; portalName: string; at: number }
  /** Different codes arrived: each offered, newest first, for the person to pick. */
  | { state: 'several'; sources: string[]; choices: { code: string; source: string; at: number }[] }
  | { state: 'no-source-tab' | 'timeout'; sources: string[] }
  | { state: 'unreadable'; source: string };
