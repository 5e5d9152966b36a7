import { colorAlpha, contains, filterEffect, grow, parseShadows, type Box } from './css-values';
import { isOurs } from './ours';

// Whether something of the page's is drawn over a field: an element above it that paints at that
// point (a background, a picture, text, a blur of what is behind), or paint that reaches far
// outside its own element and is never hit-tested (a huge outline or shadow).

/** Elements whose content is a picture, a frame or a control: they always paint. */
const PAINTS_CONTENT = new Set([
  'img',
  'video',
  'canvas',
  'iframe',
  'embed',
  'object',
  'svg',
  'input',
  'textarea',
  'select',
  'button',
  'meter',
  'progress',
]);

const ownText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');

/** How opaque an element ends up: its opacity and its ancestors', filters' opacity() included. */
export function effectiveOpacity(el: Element): number {
  const view = el.ownerDocument.defaultView!;
  let opacity = 1;
  for (let at: Element | null = el; at; at = parentAcrossShadow(at)) {
    const style = view.getComputedStyle(at);
    opacity *= Number(style.opacity || '1') * filterEffect(style.filter).opacity;
  }
  return opacity;
}

export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function boxPaints(style: CSSStyleDeclaration): boolean {
  return (
    colorAlpha(style.backgroundColor) > 0.05 ||
    (style.backgroundImage !== 'none' && style.backgroundImage !== '') ||
    (style.backdropFilter !== undefined && style.backdropFilter !== 'none' && style.backdropFilter !== '') ||
    parseShadows(style.boxShadow).some((s) => s.inset && s.alpha > 0.05)
  );
}

/** Whether an element above a field paints anything over the point that found it. */
export function paintsOver(el: Element, allowText: boolean): boolean {
  if (isOurs(el)) return false;
  const view = el.ownerDocument.defaultView!;
  const style = view.getComputedStyle(el);
  if (style.visibility !== 'visible' || effectiveOpacity(el) < 0.05) return false;
  if (PAINTS_CONTENT.has(el.localName) || boxPaints(style)) return true;
  if (!allowText && ownText(el)) return true;
  for (const pseudo of ['::before', '::after']) {
    const p = view.getComputedStyle(el, pseudo);
    if (p.content === 'none' || p.content === 'normal' || p.content === '') continue;
    if (boxPaints(p) || (!allowText && p.content !== '""')) return true;
  }
  return false;
}

const boxOf = (el: Element): Box => el.getBoundingClientRect();

/** A shadow or outline of `el` (or its ::before/::after) that reaches one of the points. */
function farPaintAt(el: Element, points: Point[]): boolean {
  const view = el.ownerDocument.defaultView!;
  const own = boxOf(el);
  for (const pseudo of [null, '::before', '::after']) {
    const style = view.getComputedStyle(el, pseudo);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
    for (const s of parseShadows(style.boxShadow)) {
      if (s.inset || s.alpha < 0.3) continue;
      const shifted = {
        left: own.left + s.x,
        top: own.top + s.y,
        right: own.right + s.x,
        bottom: own.bottom + s.y,
      };
      const solid = grow(shifted, s.spread - s.blur / 2); // the blurred edge fades out
      if (points.some((p) => contains(solid, p.x, p.y) && !contains(own, p.x, p.y))) return true;
    }
    for (const s of parseShadows(style.textShadow)) {
      if (s.alpha < 0.3 || (Math.abs(s.x) < own.right - own.left && Math.abs(s.y) < own.bottom - own.top))
        continue;
      const shifted = {
        left: own.left + s.x,
        top: own.top + s.y,
        right: own.right + s.x,
        bottom: own.bottom + s.y,
      };
      if (points.some((p) => contains(shifted, p.x, p.y))) return true;
    }
    const width = parseFloat(style.outlineWidth) || 0;
    if (style.outlineStyle !== 'none' && width >= 4 && colorAlpha(style.outlineColor) >= 0.3) {
      const offset = parseFloat(style.outlineOffset) || 0;
      const outer = grow(own, offset + width);
      const inner = grow(own, offset);
      if (points.some((p) => contains(outer, p.x, p.y) && !contains(inner, p.x, p.y))) return true;
    }
  }
  return false;
}

type Point = { x: number; y: number };

/**
 * The first element whose far-reaching paint lands on one of a target's points, or null; an
 * element never counts against a target it is (or holds: a row of boxes' shared wrappers), nor
 * when it is ours. One walk of the page for every target.
 */
export function farPaintOver(
  doc: Document,
  roots: ShadowRoot[],
  targets: { el: Element; points: Point[] }[],
): Element | null {
  const lookedAt = targets.map(({ el, points }) => {
    const ancestors = new Set<Element>();
    for (let at: Element | null = el; at; at = parentAcrossShadow(at)) ancestors.add(at);
    return { ancestors, points };
  });
  for (const root of [doc, ...roots]) {
    for (const el of root.querySelectorAll('*')) {
      if (isOurs(el) || el.localName === 'style' || el.localName === 'script') continue;
      const here = lookedAt.filter((t) => !t.ancestors.has(el)).flatMap((t) => t.points);
      if (here.length && farPaintAt(el, here)) return el;
    }
  }
  return null;
}
