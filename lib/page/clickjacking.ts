const MIN_OPACITY = 0.7;

/**
 * Why a click on our button must not count, or null when it is safe: the button or an
 * ancestor made faint or invisible, something of the page's drawn over it at the click point,
 * or a dialog or popover of the page's open on top (SECURITY.md, DOM-based clickjacking).
 */
export function clickjackingProblem(host: HTMLElement, x: number, y: number): string | null {
  const view = host.ownerDocument.defaultView!;
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility !== 'visible' && style.visibility !== '') return 'the button was hidden';
    opacity *= Number(style.opacity || '1');
    if (style.filter && style.filter !== 'none') return 'the page changed how the button looks';
    if (style.clipPath && style.clipPath !== 'none') return 'the page clipped the button';
  }
  if (opacity < MIN_OPACITY) return 'the button was made see-through';
  const top = host.ownerDocument.elementsFromPoint(x, y)[0];
  if (top !== host) return 'something on the page was covering the button';
  const layer = host.ownerDocument.querySelector('dialog:modal, :popover-open');
  if (layer && !layer.contains(host)) return 'a window of the page was open on top';
  return null;
}
