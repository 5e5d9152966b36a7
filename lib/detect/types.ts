import type { Delivery, PortalId } from '@/lib/portals';

export type PageKind = 'sign-in' | 'challenge' | 'enrollment' | 'none';

/** What a content script found on its page. Untrusted: it comes from a page's process. */
export interface PageReport {
  kind: PageKind;
}

/** What the background knows about a tab, built from reports and the browser's own origin. */
export interface TabStatus {
  origin: string | null;
  portalId: PortalId | null;
  kind: PageKind;
  deliveries: Delivery[];
  /** The tab is in a private window (nothing there is remembered by the portals). */
  incognito?: boolean;
  /** Why the last fill on this tab was refused, in words for the popup. */
  refusal?: string;
}
