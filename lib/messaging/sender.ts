import type { Runtime } from 'webextension-polyfill';

export type Caller = 'extension-page' | 'content-script';

/** What the browser (never the message body) says about who sent a message. */
export interface VerifiedSender {
  caller: Caller;
  /** scheme://host:port of the sending document, from the browser. */
  origin: string;
  url: string;
  tabId?: number;
  frameId?: number;
  /** The sending document, where the browser names it (Chrome): a reload or navigation is another. */
  documentId?: string;
  /** The sending tab is in a private (incognito) window. */
  incognito?: boolean;
}

export interface Self {
  id: string;
  /** chrome-extension://<id> or moz-extension://<uuid>, without trailing slash. */
  origin: string;
}

/**
 * scheme://host[:port] of a URL, or null when it has no host (about:blank, data:).
 * Built by hand because URL.origin is "null" for extension schemes outside the browser.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/**
 * Decides who sent a message, or null when it must be ignored: another extension, a page
 * through some bridge, or anything whose origin the browser did not vouch for.
 */
export function verifySender(sender: Runtime.MessageSender, self: Self): VerifiedSender | null {
  if (sender.id !== self.id || !sender.url) return null;
  const urlOrigin = originOf(sender.url);
  if (!urlOrigin) return null;
  // Chrome reports sender.origin for frames; it wins over the URL (about:blank, srcdoc).
  const origin = (sender as { origin?: string }).origin ?? urlOrigin;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;

  if (origin === self.origin && urlOrigin === self.origin) {
    // Our own pages: popup, options, offscreen. Only as a top-level document.
    if (frameId !== undefined && frameId !== 0) return null;
    return { caller: 'extension-page', origin, url: sender.url, tabId, frameId };
  }
  if (tabId === undefined || frameId === undefined) return null;
  return {
    caller: 'content-script',
    origin,
    url: sender.url,
    tabId,
    frameId,
    documentId: (sender as { documentId?: string }).documentId,
    incognito: sender.tab?.incognito ?? false,
  };
}
