import { i18n } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import type {
  BackgroundProtocol,
  Envelope,
  OffscreenProtocol,
  PageProtocol,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';

function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new Error(i18n.t('messageError.noAnswer'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Sends one typed message to the background and unwraps its reply. */
export async function send<N extends keyof BackgroundProtocol>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { name, request };
  return unwrap((await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<N>> | undefined);
}

/**
 * Sends one typed message to the page helper in a tab (all its frames, or one). Undefined when
 * no frame answered: no helper there, or no frame had anything to do with it.
 */
export async function sendToTab<N extends keyof PageProtocol>(
  tabId: number,
  name: N,
  request: RequestOf<N, PageProtocol>,
  options: { frameId?: number; documentId?: string } = {},
): Promise<ResponseOf<N, PageProtocol> | undefined> {
  const envelope: Envelope<N> = { name, request };
  let reply: Reply<ResponseOf<N, PageProtocol>> | undefined;
  try {
    reply = await browser.tabs.sendMessage(tabId, envelope, options);
  } catch {
    return undefined; // "Receiving end does not exist": no helper in that tab or frame
  }
  return reply === undefined ? undefined : unwrap(reply);
}

/** Sends one typed message to the offscreen page (Chrome). */
export async function sendToOffscreen<N extends keyof OffscreenProtocol>(
  name: N,
  request: RequestOf<N, OffscreenProtocol>,
): Promise<ResponseOf<N, OffscreenProtocol>> {
  const envelope: Envelope<N> = { name, request };
  return unwrap((await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<N, OffscreenProtocol>>);
}
