import { browser } from 'wxt/browser';
import { detectPage, type Detection, type PageKind } from '@/lib/detect';
import { typeCode } from '@/lib/fill';
import type { CodeForPage } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import { selectArea } from './area-select';
import { showBanner } from './banner';
import { watchPortalForms } from './portal-forms';
import { attachFillButton } from './fill-button';
import { findQrTargets } from './qr-targets';
import { chooseRemember } from './remember';
import { watchSignIn } from './sign-in';
import { showToast } from './toast';

// The content-script side: watch the page for a code step, tell the background, and type a
// code when the background sends one. It never sees a secret, only the code for this frame.
export interface FillAnswer {
  filled: boolean;
  reason?: string;
}

const THROTTLE_MS = 250;
const IDLE_MS = 15_000;

/** Types the code, then ticks "remember this computer" and submits if the person chose so. */
function useCode(fields: HTMLInputElement[], answer: CodeForPage): FillAnswer {
  if (!typeCode(fields, answer.code)) return { filled: false, reason: 'The page did not take the code. Type it in by hand.' };
  const form = fields[0]!.form ?? fields[0]!.closest('form, main') ?? fields[0]!.ownerDocument;
  if (answer.tickRemember) chooseRemember(form);
  if (answer.autoSubmit && fields[0]!.form) fields[0]!.form.requestSubmit();
  return { filled: true };
}

export function startPageHelper(doc: Document): void {
  const marker = globalThis as { sfcPageHelper?: boolean };
  if (marker.sfcPageHelper) return; // injected again on demand: one helper per frame
  marker.sfcPageHelper = true;

  let detection: Detection = { kind: 'none', fields: [] };
  let reported: string | null = null;
  let buttonFor: HTMLInputElement | null = null;
  let detachButton: (() => void) | null = null;
  let shownBanner: string | null = null;
  let removeBanner: (() => void) | null = null;

  async function ask(name: 'fill.request' | 'fill.fromButton'): Promise<FillAnswer> {
    try {
      return useCode(detection.fields, await send(name, { boxes: detection.fields.length }));
    } catch (error) {
      return { filled: false, reason: (error as Error).message };
    }
  }

  /** A code step inside a same-origin frame makes the whole tab a code step (its own helper fills it). */
  function kindWithFrames(): PageKind {
    if (detection.kind === 'challenge' || detection.kind === 'enrollment' || doc.defaultView !== doc.defaultView?.top) return detection.kind;
    for (const frame of doc.querySelectorAll('iframe')) {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument; // null for another site's frame
      } catch {
        inner = null;
      }
      if (inner?.body && detectPage(inner).kind === 'challenge') return 'challenge';
    }
    return detection.kind;
  }

  function check() {
    detection = detectPage(doc);
    if (buttonFor && detection.fields[0] !== buttonFor) {
      detachButton?.();
      buttonFor = null;
    }
    const kind = kindWithFrames();
    const key = `${kind}:${detection.fields.length}`;
    if (key === reported) return;
    reported = key;
    void send('page.report', { kind }).then(({ offerButton, banner }) => {
      if (banner !== shownBanner) {
        removeBanner?.();
        removeBanner = banner ? showBanner(doc, banner) : null;
        shownBanner = banner;
      }
      const field = detection.fields[0];
      if (!offerButton || !field || buttonFor === field) return;
      buttonFor = field;
      detachButton = attachFillButton(field, async () => {
        const answer = await ask('fill.fromButton');
        return { ok: answer.filled, text: answer.filled ? 'Code filled.' : answer.reason ?? 'Nothing was filled.' };
      });
    }).catch(() => undefined);
  }

  // Single-page apps (PracticeQ) change views without a reload: watch the DOM, throttled, and
  // stop watching once the page has been quiet for a while; navigation or a click wakes it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Our own button, note and banner (sfc-*) move and change; that is not the page changing.
    if (records.every((r) => (r.target as Element).localName?.startsWith('sfc-'))) return;
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
  doc.addEventListener('load', wake, { capture: true, passive: true }); // a frame finished loading
  watchSignIn(doc);
  watchPortalForms(doc, (form) => detection.fields.some((f) => form.contains(f)));
  wake();

  const isTop = doc.defaultView === doc.defaultView?.top;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, text } = (message ?? {}) as { type?: string; text?: string };
    if (type === 'sfc.fill') {
      check();
      if (detection.fields.length === 0) return undefined; // let a frame that has the field answer
      return ask('fill.request');
    }
    if (!isTop) return undefined;
    if (type === 'sfc.qr-targets') return Promise.resolve(findQrTargets(doc));
    if (type === 'sfc.toast' && typeof text === 'string') showToast(doc, text);
    if (type === 'sfc.select-area') void pickArea();
    return undefined;
  });

  async function pickArea() {
    const rect = await selectArea(doc);
    if (!rect) return;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))); // let the veil leave the screen
    const box = { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
    try {
      showToast(doc, (await send('qr.areaSelected', box)).message);
    } catch (error) {
      showToast(doc, (error as Error).message);
    }
  }
}
