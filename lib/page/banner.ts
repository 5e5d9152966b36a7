import { i18n, uiLanguage } from '@/lib/i18n';
import { closedShadowHost } from './shadow-host';

/** A dismissible notice across the top of a portal page, in a closed shadow root. */
export function showBanner(doc: Document, text: string): () => void {
  const { host, shadow } = closedShadowHost(
    doc,
    'sfc-banner',
    'position:fixed;left:0;right:0;top:0;z-index:2147483646;display:block',
  );
  const bar = doc.createElement('div');
  bar.lang = uiLanguage(); // read out in the extension's language, not the page's
  bar.setAttribute('role', 'status');
  bar.style.cssText =
    'display:flex;gap:12px;align-items:center;justify-content:center;background:#fff4d6;color:#3d2e00;border-bottom:1px solid #e0c060;font:14px/1.4 system-ui,sans-serif;padding:8px 12px';
  const message = doc.createElement('span');
  message.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = i18n.t('page.dismiss');
  close.style.cssText =
    'font:inherit;border:1px solid #b89a3e;background:#fff;border-radius:6px;padding:2px 8px;cursor:pointer';
  const remove = () => host.remove();
  close.addEventListener('click', remove);
  bar.append(keyIcon(doc), message, close);
  shadow.append(bar);
  return remove;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A key drawn as SVG: an emoji glyph shows as an empty box where the fonts lack it. */
function keyIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.style.flex = 'none';
  const ring = doc.createElementNS(SVG, 'circle');
  ring.setAttribute('cx', '7.5');
  ring.setAttribute('cy', '15.5');
  ring.setAttribute('r', '4.5');
  const blade = doc.createElementNS(SVG, 'path');
  blade.setAttribute('d', 'M10.7 12.3 21 2m-5 5 3 3m-.5-5.5 2 2');
  for (const part of [ring, blade]) {
    part.setAttribute('fill', 'none');
    part.setAttribute('stroke', '#7a5b00');
    part.setAttribute('stroke-width', '2');
    part.setAttribute('stroke-linecap', 'round');
  }
  svg.append(ring, blade);
  return svg;
}
