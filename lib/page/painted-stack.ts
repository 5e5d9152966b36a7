import { isOurs } from './ours';

// What the browser paints at a point, topmost first, including what a page made click-through.
// `elementsFromPoint` skips elements with `pointer-events: none`, which is exactly how a page
// lays a cover over a field while clicks still reach it; so for the moment of the look every
// element (and its ::before/::after) is made hit-testable, in the document and in every shadow
// root, and put back before anything else can run (one synchronous turn: the page's scripts
// never see the change take effect).

const ALL_HITTABLE = '*,*::before,*::after{pointer-events:auto!important}';

type ShadowReader = (el: Element) => ShadowRoot | null;

/** Closed shadow roots too, where the browser lets an extension read them (Chrome, Firefox). */
function shadowReader(): ShadowReader {
  const chromeDom = (
    globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowReader } } }
  ).chrome?.dom?.openOrClosedShadowRoot;
  return (el) => {
    if (isOurs(el)) return null;
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox;
    try {
      return chromeDom ? chromeDom(el) : el.shadowRoot;
    } catch {
      return el.shadowRoot;
    }
  };
}

/** The document's shadow roots, nested ones included. */
export function shadowRootsOf(doc: Document, read = shadowReader()): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      const inner = read(el);
      if (inner) {
        roots.push(inner);
        visit(inner);
      }
    }
  };
  visit(doc);
  return roots;
}

/** Runs `look` with every element hit-testable, then puts the page back as it was. */
export function withEverythingHittable<T>(doc: Document, roots: ShadowRoot[], look: () => T): T {
  const added: HTMLStyleElement[] = [];
  for (const root of [doc.documentElement, ...roots]) {
    const style = doc.createElement('style');
    style.textContent = ALL_HITTABLE;
    root.append(style);
    added.push(style);
  }
  try {
    return look();
  } finally {
    for (const style of added) style.remove();
  }
}

/** Everything painted at (x, y), topmost first, looking into shadow roots. */
export function stackAt(root: Document | ShadowRoot, x: number, y: number, read = shadowReader()): Element[] {
  const stack: Element[] = [];
  for (const el of root.elementsFromPoint(x, y)) {
    // A shadow root's answer repeats its host and what lies outside it: keep only its own part.
    if (root.nodeType !== 9 && !(root as ShadowRoot).contains(el)) continue;
    const inner = read(el);
    if (inner) stack.push(...stackAt(inner, x, y, read).filter((e) => e !== el));
    stack.push(el);
  }
  return stack;
}
