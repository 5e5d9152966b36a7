import { i18n } from '@/lib/i18n';
const MIN_OPACITY = 0.7;
/** The button must have been visible and unmoved this long before a click counts. */
export const STILL_MS = 500;

// Ways a page can make an element invisible, or not what it seems, while it still takes clicks
// (DOM-based extension clickjacking, docs/threat-model.md). Any of them on our button or an
// ancestor refuses the click.
function styleProblem(style: CSSStyleDeclaration): string | null {
  if (style.display === 'none' || (style.visibility !== 'visible' && style.visibility !== '')) {
    return i18n.t('clickjack.hidden');
  }
  if (style.filter && style.filter !== 'none') return i18n.t('clickjack.restyled');
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

export interface ButtonPlacement {
  /** Where we put the host (style.left / style.top as we set them). */
  left: string;
  top: string;
  /** The button's size when we drew it. */
  width: number;
  height: number;
  /** When it last appeared or moved. */
  stillSince: number;
  /** IntersectionObserver v2's verdict (Chrome), null where the browser has none. */
  visible: boolean | null;
}

function placementProblem(host: HTMLElement, button: HTMLElement, placed: ButtonPlacement, now: number) {
  const doc = host.ownerDocument;
  if (!host.isConnected || host.parentElement !== doc.documentElement) return i18n.t('clickjack.moved');
  if (host.style.left !== placed.left || host.style.top !== placed.top) return i18n.t('clickjack.moved');
  if (!host.matches(':popover-open')) return i18n.t('clickjack.outOfLayer');
  const r = button.getBoundingClientRect();
  if (Math.abs(r.width - placed.width) > 1 || Math.abs(r.height - placed.height) > 1) {
    return i18n.t('clickjack.resized');
  }
  if (placed.visible === false) return i18n.t('clickjack.notVisible');
  if (now - placed.stillSince < STILL_MS) return i18n.t('clickjack.justAppeared');
  return null;
}

/**
 * Why a click on our button must not count, or null when it is safe: the button or an ancestor
 * made faint or invisible, moved, resized, shown for too short a time, something of the page's
 * at the click point, or another window of the page open on top.
 */
export function clickjackingProblem(
  host: HTMLElement,
  button: HTMLElement,
  placed: ButtonPlacement,
  click: { x: number; y: number; at: number },
): string | null {
  const view = host.ownerDocument.defaultView!;
  const moved = placementProblem(host, button, placed, click.at);
  if (moved) return moved;
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    const problem = styleProblem(style);
    if (problem) return problem;
    opacity *= Number(style.opacity || '1');
  }
  if (opacity < MIN_OPACITY) return i18n.t('clickjack.seeThrough');
  const doc = host.ownerDocument;
  if (doc.elementsFromPoint(click.x, click.y)[0] !== host) return i18n.t('clickjack.covered');
  // Our button sits in the top layer; only the page's own top-layer windows opened after it
  // (modal dialogs, popovers, full screen) can be drawn above it.
  const layers = [...doc.querySelectorAll('dialog:modal, :popover-open'), doc.fullscreenElement];
  if (layers.some((el) => el && el !== host && !el.contains(host))) return i18n.t('clickjack.windowOnTop');
  return null;
}
