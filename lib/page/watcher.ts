const THROTTLE_MS = 250;
const IDLE_MS = 15_000;

/**
 * Calls `check` when the page may have changed: at once, on navigation within the page, and on
 * DOM changes (throttled). Single-page apps (PracticeQ) change views without a reload; the
 * watching stops once the page has been quiet for a while, and a click or navigation wakes it.
 */
export function watchPage(doc: Document, check: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Our own button, note and banner (sfc-*) move and change; that is not the page changing.
    if (records.every((r) => (r.target as Element).localName?.startsWith('sfc-'))) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      check();
    }, THROTTLE_MS);
    rest();
  });
  function rest() {
    clearTimeout(idle);
    idle = setTimeout(() => observer.disconnect(), IDLE_MS);
  }
  function wake() {
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden'],
    });
    rest();
    check();
  }
  for (const type of ['hashchange', 'popstate']) doc.defaultView?.addEventListener(type, wake);
  doc.addEventListener('click', wake, { capture: true, passive: true });
  doc.addEventListener('load', wake, { capture: true, passive: true }); // a frame finished loading
  wake();
}
