import type { QrTargets } from '@/lib/messaging/types';

// The page side of scanning: where images, canvases, SVGs and background images that could be
// a barcode are, in device pixels of the visible tab. No decoding here: the capture is decoded
// by the extension, never in the page's process.
function candidates(doc: Document): Element[] {
  const all = [...doc.querySelectorAll('img, canvas, svg, object, [style*="background-image"]')];
  return all.filter((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.width >= 40 && r.height >= 40 && Math.abs(r.width - r.height) <= Math.max(r.width, r.height) * 0.25
    );
  });
}

const visible = (r: DOMRect, view: Window) =>
  r.top >= 0 && r.left >= 0 && r.bottom <= view.innerHeight && r.right <= view.innerWidth;

export function findQrTargets(doc: Document): QrTargets {
  const view = doc.defaultView!;
  const found = candidates(doc);
  let scrolled = false;
  const partly = found.find((el) => {
    const r = el.getBoundingClientRect();
    return !visible(r, view) && r.bottom > 0 && r.top < view.innerHeight;
  });
  if (partly && !found.some((el) => visible(el.getBoundingClientRect(), view))) {
    partly.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    scrolled = true;
  }
  const dpr = view.devicePixelRatio || 1;
  const margin = 12;
  const rects = found
    .map((el) => el.getBoundingClientRect())
    .filter((r) => visible(r, view))
    .map((r) => ({
      x: (r.left - margin) * dpr,
      y: (r.top - margin) * dpr,
      width: (r.width + 2 * margin) * dpr,
      height: (r.height + 2 * margin) * dpr,
    }));
  return { rects: rects.slice(0, 8), scrolled };
}
