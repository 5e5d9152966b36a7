// The elements this extension drew on the page (button, banner, notes), known by reference:
// a page can make an element with the same tag name, but never one in this set, which lives in
// the content script's own world.
const ours = new WeakSet<Element>();

export function markOurs<T extends Element>(host: T): T {
  ours.add(host);
  return host;
}

export const isOurs = (el: Element): boolean => ours.has(el);
