/** Input types a code can be typed into (a code field is sometimes a password field). */
export const CODE_INPUT_TYPES: ReadonlySet<string> = new Set(['', 'text', 'tel', 'number', 'password']);

/** A field a person can see and type into now: filling a hidden one gets codes rejected. */
export function isUsableField(el: HTMLInputElement): boolean {
  if (el.disabled || el.readOnly || el.type === 'hidden') return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    (style.opacity !== '' && Number(style.opacity) === 0)
  )
    return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Every input in a document and its open shadow roots (closed ones are not ours to read). */
export function allInputs(root: Document | ShadowRoot): HTMLInputElement[] {
  const inputs = [...root.querySelectorAll('input')];
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as Document;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.shadowRoot) inputs.push(...allInputs(node.shadowRoot));
  }
  return inputs;
}
