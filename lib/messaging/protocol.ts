import type { PageReport, TabStatus } from '@/lib/detect/types';

// The one map of every message the extension sends: name → request and response.
// Each handler in lib/background/handlers.ts says who may call it (see router.ts).
export interface Protocol {
  /** A content script tells the background what kind of page it is on. */
  'page.report': { request: PageReport; response: { ok: true } };
  /** The popup asks what was found on a tab. */
  'tab.status': { request: { tabId: number }; response: TabStatus };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  request: RequestOf<N>;
}

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
