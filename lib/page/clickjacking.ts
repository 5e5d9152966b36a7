import { i18n } from '@/lib/i18n';
import { effectiveOpacity } from './covers';
import { filterEffect } from './css-values';

const MIN_OPACITY = 0.7;
/** The button must have been visible, unmoved and undisturbed this long before a click counts. */
export const STILL_MS = 500;

// Our own host and button are pinned from inside the closed shadow root (fill-button.ts), so a
// page's styles cannot change them at all; what we check of them is therefore not a list of
// properties but their whole computed style against the snapshot taken when we drew them, and
// their real boxes against where we placed them. The page's own elements above ours (the root
// element) are not ours to pin: for those, the ways to make everything in them invisible.
function ancestorProblem(style: CSSStyleDeclaration): string | null {
  if (style.display === 'none' || (style.visibility !== 'visible' && style.visibility !== ''))
    return i18n.t('clickjack.hidden');
  const filter = filterEffect(style.filter);
  if (filter.blurPx > 0 || filter.dimmed) return i18n.t('clickjack.restyled');
  if (style.clipPath && style.clipPath !== 'none') return i18n.t('clickjack.clipped');
  const mask = style.maskImage || style.getPropertyValue('-webkit-mask-image');
  if (mask && mask !== 'none') return i18n.t('clickjack.masked');
  if (style.mixBlendMode && style.mixBlendMode !== 'normal') return i18n.t('clickjack.blended');
  const moved = [style.transform, style.scale, style.rotate, style.translate].some((v) => v && v !== 'none');
  if (moved) return i18n.t('clickjack.transformed');
  const zoom = (style as CSSStyleDeclaration & { zoom?: string }).zoom;
  if (zoom && zoom !== '1' && zoom !== 'normal') return i18n.t('clickjack.zoomed');
  return null;
}

/** Every computed property of an element (or its pseudo-element), as the browser resolves it. */
export function computedStyleOf(el: Element, pseudo: string | null = null): Map<string, string> {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el, pseudo);
  const all = new Map<string, string>();
  for (let i = 0; i < style.length; i++) all.set(style[i]!, style.getPropertyValue(style[i]!));
  return all;
}

/** Where the host sits is ours to change (we move it with the field): its box says the rest. */
const PLACEMENT = /^(left|top|right|bottom|inset)/;
/** Our own focus ring, drawn by our style sheet when the button has the keyboard's focus. */
const FOCUS_RING = /^outline/;

export function styleChanged(
  before: Map<string, string>,
  now: Map<string, string>,
  skip: RegExp | null,
): string | null {
  for (const [name, value] of before) {
    if (skip?.test(name)) continue;
    if (now.get(name) !== value) return name;
  }
  return null;
}

export interface ButtonPlacement {
  /** Where we put the host, in CSS pixels of the viewport. */
  left: number;
  top: number;
  /** The button's size, and the host's, button's and backdrop's computed styles when we drew them. */
  width: number;
  height: number;
  host: Map<string, string>;
  button: Map<string, string>;
  backdrop: Map<string, string>;
  /** When it last appeared or moved, or the page last changed around it. */
  stillSince: number;
  /** IntersectionObserver v2's verdict (Chrome), null where the browser has none. */
  visible: boolean | null;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

function placementProblem(host: HTMLElement, button: HTMLElement, placed: ButtonPlacement): string | null {
  const doc = host.ownerDocument;
  if (!host.isConnected || host.parentElement !== doc.documentElement) return i18n.t('clickjack.moved');
  if (!host.matches(':popover-open')) return i18n.t('clickjack.outOfLayer');
  const at = host.getBoundingClientRect();
  const r = button.getBoundingClientRect();
  if (
    !near(at.left, placed.left) ||
    !near(at.top, placed.top) ||
    !near(r.left, at.left) ||
    !near(r.top, at.top)
  )
    return i18n.t('clickjack.moved');
  if (!near(r.width, placed.width) || !near(r.height, placed.height)) return i18n.t('clickjack.resized');
  return null;
}

/** Whether any computed property of ours differs from when we drew it (our focus ring aside). */
function restyled(host: HTMLElement, button: HTMLElement, placed: ButtonPlacement): boolean {
  const focusRing = button.matches(':focus-visible') ? FOCUS_RING : null;
  return Boolean(
    styleChanged(placed.host, computedStyleOf(host), PLACEMENT) ||
    styleChanged(placed.button, computedStyleOf(button), focusRing) ||
    styleChanged(placed.backdrop, computedStyleOf(host, '::backdrop'), null),
  );
}

/**
 * What is wrong with our button right now, without a click point: moved, resized, out of its
 * layer, the page made faint, hidden or distorted around it, a window of the page's open on top,
 * and (`wholeStyle`) any property of ours restyled. The whole-style comparison reads some 1,400
 * computed values, so the watch between presses leaves it out: the pinned styles already keep
 * the page from changing them, and every press still compares them.
 */
export function buttonProblem(
  host: HTMLElement,
  button: HTMLElement,
  placed: ButtonPlacement,
  wholeStyle = true,
): string | null {
  const problem = placementProblem(host, button, placed);
  if (problem) return problem;
  if (wholeStyle && restyled(host, button, placed)) return i18n.t('clickjack.restyled');
  if (placed.visible === false) return i18n.t('clickjack.notVisible');
  const view = host.ownerDocument.defaultView!;
  for (let el: Element | null = host.parentElement; el; el = el.parentElement) {
    const ancestor = ancestorProblem(view.getComputedStyle(el));
    if (ancestor) return ancestor;
  }
  if (effectiveOpacity(host) < MIN_OPACITY) return i18n.t('clickjack.seeThrough');
  // Our button sits in the top layer; only the page's own top-layer windows opened after it
  // (modal dialogs, popovers, full screen) can be drawn above it.
  const doc = host.ownerDocument;
  const layers = [...doc.querySelectorAll('dialog:modal, :popover-open'), doc.fullscreenElement];
  if (layers.some((el) => el && el !== host && !el.contains(host))) return i18n.t('clickjack.windowOnTop');
  return null;
}

/**
 * Why a click on our button must not count, or null when it is safe: the button's problems
 * above, shown or changed too recently, or something of the page's at the click point.
 */
export function clickjackingProblem(
  host: HTMLElement,
  button: HTMLElement,
  placed: ButtonPlacement,
  click: { x: number; y: number; at: number },
): string | null {
  const problem = buttonProblem(host, button, placed);
  if (problem) return problem;
  if (click.at - placed.stillSince < STILL_MS) return i18n.t('clickjack.justAppeared');
  if (host.ownerDocument.elementsFromPoint(click.x, click.y)[0] !== host) return i18n.t('clickjack.covered');
  return null;
}
