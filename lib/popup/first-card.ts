import type { AccountSummary, TabStatus } from '@/lib/messaging/types';

/**
 * What the popup puts first: the one thing the person most likely opened it for on this tab.
 * Everything else (tools, search, the other accounts) comes after it.
 */
export type FirstCard =
  | { kind: 'unlock' }
  /** A code step an account here fills: the likely one first, the others one key away. */
  | { kind: 'fill'; accounts: AccountSummary[] }
  /** A code step whose code came by email or text, and was found in the person's own tab. */
  | { kind: 'arrived' }
  /** A code step whose code comes by email or text, not found (yet): the paste box. */
  | { kind: 'paste' }
  /** What a scan of this page (or a picture) found, to check and add. */
  | { kind: 'found' }
  /** A page that shows recovery codes, with accounts of its site to keep them with. */
  | { kind: 'recovery'; accounts: AccountSummary[] }
  /** A two-factor setup page: scan it. */
  | { kind: 'scan' }
  /** Nothing to do on this tab: the list is the card. */
  | { kind: 'list' };

interface Inputs {
  unlocked: boolean;
  tab: TabStatus | null;
  accounts: AccountSummary[];
  scanShown: boolean;
  /** Recovery codes the page shows (0 when none, or not looked for). */
  recoveryOnPage?: number;
}

/**
 * In order: a locked vault is only unlocked (nothing else can be done); a scan's findings wait
 * to be added; a code that arrived is what the person chose at the portal ("text me"), so it
 * goes before the account's own; then the account; then the paste box; then recovery codes a
 * page shows; then a setup page.
 */
export function firstCard({ unlocked, tab, accounts, scanShown, recoveryOnPage = 0 }: Inputs): FirstCard {
  if (!unlocked) return { kind: 'unlock' };
  if (scanShown) return { kind: 'found' };
  if (tab?.kind === 'challenge') {
    const sent = tab.sentCode?.state;
    if (sent === 'found' || sent === 'several') return { kind: 'arrived' };
    const here = accounts.filter((a) => a.forThisSite);
    if (here.length > 0) return { kind: 'fill', accounts: here };
    return { kind: 'paste' };
  }
  const here = accounts.filter((a) => a.forThisSite);
  // Shown once, at setup: kept now or written on a sticky note.
  if (recoveryOnPage > 0 && here.length > 0) return { kind: 'recovery', accounts: here };
  if (tab?.kind === 'enrollment') return { kind: 'scan' };
  return { kind: 'list' };
}
