import { browser } from 'wxt/browser';
import { detectPage, type Detection } from '@/lib/detect';
import { typeCode } from '@/lib/fill';
import { send } from '@/lib/messaging/send';

// The content-script side: watch the page for a code step, tell the background, and type a
// code when the background sends one. It never sees a secret, only the code for this frame.
export interface FillAnswer {
  filled: boolean;
  reason?: string;
}

const THROTTLE_MS = 250;
const IDLE_MS = 15_000;

export function startPageHelper(doc: Document): void {
  const marker = globalThis as { sfcPageHelper?: boolean };
  if (marker.sfcPageHelper) return; // injected again on demand: one helper per frame
  marker.sfcPageHelper = true;

  let detection: Detection = { kind: 'none', fields: [] };
  let reported: string | null = null;

  function check() {
    detection = detectPage(doc);
    if (detection.kind === reported) return;
    reported = detection.kind;
    void send('page.report', { kind: detection.kind }).catch(() => undefined);
  }

  // Single-page apps (PracticeQ) change views without a reload: watch the DOM, throttled, and
  // stop watching once the page has been quiet for a while; navigation or a click wakes it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => { timer = undefined; check(); }, THROTTLE_MS);
    rest();
  });
  function rest() {
    clearTimeout(idle);
    idle = setTimeout(() => observer.disconnect(), IDLE_MS);
  }
  function wake() {
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
    rest();
    check();
  }
  for (const type of ['hashchange', 'popstate']) doc.defaultView?.addEventListener(type, wake);
  doc.addEventListener('click', wake, { capture: true, passive: true });
  wake();

  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string })?.type !== 'sfc.fill') return undefined;
    check();
    if (detection.fields.length === 0) return undefined; // let a frame that has the field answer
    return fill();
  });

  async function fill(): Promise<FillAnswer> {
    try {
      const { code } = await send('fill.request', { boxes: detection.fields.length });
      return typeCode(detection.fields, code) ? { filled: true } : { filled: false, reason: 'The page did not take the code. Type it in by hand.' };
    } catch (error) {
      return { filled: false, reason: (error as Error).message };
    }
  }
}
