import { isOurs } from './ours';

// A disguise can be taken off in the page's own pointerdown, before our click handler looks, or
// by CSS alone (`:active`, a rule inserted through the CSSOM) with no DOM change to observe. So
// the button is watched for the whole approach and press: every animation frame while the
// pointer is over it, on every change to the root element, the host or the page's top layer,
// and at pointerdown, pointerup and click. Any problem seen, or any such change, restarts the
// still period; a press that began with a problem is refused even if the problem is gone by
// the click.

/** A pointer the page hid or replaced with a picture of its own was seen this recently. */
const POINTER_LIE_MS = 3_000;

export interface PressWatch {
  /** When the page last changed around the button or a problem was last seen (0: never). */
  disturbedAt(): number;
  /** When the page last hid or replaced the mouse pointer (0: never). */
  pointerLieAt(): number;
  stop(): void;
}

/** A `cursor` that is not the browser's own pointer: hidden, or a picture the page drew. */
export const liesAboutPointer = (cursor: string) => cursor === 'none' || cursor.includes('url(');

/**
 * Whether the page shows anything but the real pointer just around our button (where the
 * person's pointer came from): the root, the body, or what lies a little off each side.
 */
export function pointerLieAround(host: HTMLElement): boolean {
  const doc = host.ownerDocument;
  const view = doc.defaultView!;
  const box = host.getBoundingClientRect();
  const around = [
    [box.left - 12, box.top + box.height / 2],
    [box.right + 12, box.top + box.height / 2],
    [box.left + box.width / 2, box.top - 12],
    [box.left + box.width / 2, box.bottom + 12],
  ];
  const looked = [doc.documentElement, doc.body, ...around.map(([x, y]) => doc.elementFromPoint(x!, y!))];
  return looked.some((el) => el && !isOurs(el) && liesAboutPointer(view.getComputedStyle(el).cursor));
}

function pageChangedAround(records: MutationRecord[], host: Element): boolean {
  const doc = host.ownerDocument;
  return records.some((r) => {
    const target = r.target as Element;
    if (r.type === 'attributes') {
      return (
        target === host ||
        target === doc.documentElement ||
        target === doc.body ||
        r.attributeName === 'popover' ||
        r.attributeName === 'open'
      );
    }
    // A style sheet added, removed or rewritten restyles everything at once.
    const sheets = [...r.addedNodes, ...r.removedNodes].some(
      (n) => n.nodeName === 'STYLE' || n.nodeName === 'LINK',
    );
    return sheets || (r.type === 'characterData' && target.parentElement?.localName === 'style');
  });
}

export function watchPress(host: HTMLElement, problemNow: () => string | null): PressWatch {
  const doc = host.ownerDocument;
  const view = doc.defaultView!;
  let disturbed = 0;
  let lie = 0;
  let frame = 0;
  const disturb = () => (disturbed = Date.now());

  const observer = new MutationObserver((records) => {
    if (pageChangedAround(records, host)) disturb();
  });
  observer.observe(doc.documentElement, {
    attributes: true,
    subtree: true,
    childList: true,
    characterData: true,
    attributeFilter: ['style', 'class', 'hidden', 'popover', 'open', 'dir', 'lang'],
  });

  // Every frame while the pointer is over the button; ten times a second otherwise (a page
  // can keep pointer events from reaching us, never the clock).
  const check = () => {
    if (problemNow()) disturb();
  };
  function sample() {
    check();
    frame = view.requestAnimationFrame(sample);
  }
  const ticking = view.setInterval(check, 100);
  const onEnter = () => {
    view.cancelAnimationFrame(frame);
    sample();
  };
  const onLeave = () => view.cancelAnimationFrame(frame);
  const onToggle = (event: Event) => {
    if (event.target !== host) disturb();
  };
  // What the pointer looked like on the page just before it reached our button.
  let lastLook = 0;
  const onMove = (event: PointerEvent) => {
    if (!event.isTrusted || event.timeStamp - lastLook < 50) return;
    lastLook = event.timeStamp;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || isOurs(target)) return;
    if (liesAboutPointer(view.getComputedStyle(target).cursor)) lie = Date.now();
  };
  host.addEventListener('pointerenter', onEnter);
  host.addEventListener('pointerleave', onLeave);
  // A popover or dialog of the page's opening or closing (beforetoggle comes at once, in the
  // same turn as the page's own call).
  doc.addEventListener('beforetoggle', onToggle, true);
  doc.addEventListener('toggle', onToggle, true);
  doc.addEventListener('fullscreenchange', disturb, true);
  doc.addEventListener('pointermove', onMove, { capture: true, passive: true });
  return {
    disturbedAt: () => disturbed,
    pointerLieAt: () => (Date.now() - lie < POINTER_LIE_MS ? lie : 0),
    stop() {
      observer.disconnect();
      view.clearInterval(ticking);
      view.cancelAnimationFrame(frame);
      host.removeEventListener('pointerenter', onEnter);
      host.removeEventListener('pointerleave', onLeave);
      doc.removeEventListener('beforetoggle', onToggle, true);
      doc.removeEventListener('toggle', onToggle, true);
      doc.removeEventListener('fullscreenchange', disturb, true);
      doc.removeEventListener('pointermove', onMove, { capture: true });
    },
  };
}
