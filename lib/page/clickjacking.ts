const MIN_OPACITY = 0.7;

/**
 * Why a click on our button must not count, or null when it is safe: the button or an
 * ancestor made faint or invisible, something of the page's drawn over it at the click point,
 * or a dialog or popover of the page's open on top (docs/threat-model.md, DOM-based clickjacking).
 */
export function clickjackingProblem(host: HTMLElement, x: number, y: number): string | null {
  const view = host.ownerDocument.defaultView!;
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || (style.visibility !== 'visible' && style.visibility !== ''))
      return 'the button was hidden';
    opacity *= Number(style.opacity || '1');
    if (style.filter && style.filter !== 'none') return 'the page changed how the button looks';
    if (style.clipPath && style.clipPath !== 'none') return 'the page clipped the button';
  }
  if (opacity < MIN_OPACITY) return 'the button was made see-through';
  const doc = host.ownerDocument;
  const top = doc.elementsFromPoint(x, y)[0];
  if (top !== host) return 'something on the page was covering the button';
  // elementsFromPoint skips pointer-events:none, so check what can paint above us directly:
  // we are the last child of <html> at the highest z-index, so only a later sibling or the
  // top layer (modal dialogs, popovers, full screen) can.
  const box = host.getBoundingClientRect();
  for (let el = host.nextElementSibling; el; el = el.nextElementSibling) {
    const r = el.getBoundingClientRect();
    const overlaps = r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
    if (overlaps && view.getComputedStyle(el).visibility !== 'hidden')
      return 'something on the page was drawn over the button';
  }
  const layer = doc.querySelector('dialog:modal, :popover-open') ?? doc.fullscreenElement;
  if (layer && !layer.contains(host)) return 'a window of the page was open on top';
  return null;
}
