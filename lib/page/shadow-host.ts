import { markOurs } from './ours';

/**
 * An element of ours on a page, with a closed shadow root the page cannot reach into,
 * attached at the end of <html> (above the page's own layers).
 */
export function closedShadowHost(
  doc: Document,
  tag: string,
  hostCss: string,
): { host: HTMLElement; shadow: ShadowRoot } {
  const host = markOurs(doc.createElement(tag));
  host.style.cssText = hostCss;
  const shadow = host.attachShadow({ mode: 'closed' });
  doc.documentElement.append(host);
  return { host, shadow };
}
