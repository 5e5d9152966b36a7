import { i18n, uiLanguage } from '@/lib/i18n';
import { clickjackingProblem, computedStyleOf, buttonProblem, type ButtonPlacement } from './clickjacking';
import { markOurs } from './ours';
import { pointerLieAround, watchPress, type PressWatch } from './press-watch';

// Pinned from inside the closed shadow root: an !important rule in a shadow tree wins over
// every rule of the page for its host, inline styles with !important included (CSS Cascade 5,
// "context"), and `all` resets every property, those a future browser adds too. So the page's
// styles cannot restyle or move the host at all; the inherited text properties of our own
// elements come from the pinned host, and `direction`, which `all` leaves out, is pinned too.
// The note ("Code filled.") lies over the page for a moment: clicks go through it to the page
// (the form's "trust this computer" box is often just below the field).
const PINNED = `:host{all:initial!important;position:fixed!important;display:block!important;margin:0!important;
  z-index:2147483647!important;direction:ltr!important;unicode-bidi:isolate!important;pointer-events:auto!important}
  :host::backdrop{all:initial!important;display:none!important}
  button{all:initial;display:block;font:600 12px/16px system-ui,sans-serif;background:#1f6f5c;color:#fff;
  border-radius:10px;padding:3px 8px;cursor:pointer;white-space:nowrap}
  button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
  p{all:initial;display:block;position:absolute;right:0;top:26px;width:240px;margin:0;background:#fff;color:#b3261e;
  font:12px/1.4 system-ui,sans-serif;border:1px solid #b3261e;border-radius:6px;padding:6px;pointer-events:none}
  p[hidden]{display:none}`;

/** A press counts only when we saw it begin on our button, this recently. */
const PRESS_MS = 5_000;

/** Watches the button as the browser sees it (IntersectionObserver v2, where there is one). */
function watchVisibility(button: HTMLElement, placed: ButtonPlacement): () => void {
  if (!('IntersectionObserver' in globalThis)) return () => undefined;
  const options = { trackVisibility: true, delay: 100, threshold: [1] } as IntersectionObserverInit;
  const observer = new IntersectionObserver((entries) => {
    const entry = entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean };
    if (typeof entry?.isVisible === 'boolean') {
      if (entry.isVisible && placed.visible !== true) placed.stillSince = Date.now();
      placed.visible = entry.isVisible;
    }
  }, options);
  observer.observe(button);
  return () => observer.disconnect();
}

function createHost(doc: Document) {
  const host = markOurs(doc.createElement('sfc-fill-button'));
  host.lang = uiLanguage(); // read out in the extension's language, not the page's
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const pinned = doc.createElement('style');
  pinned.textContent = PINNED;
  const position = doc.createElement('style'); // rewritten as the field moves
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = i18n.t('page.fillCode');
  // Its name starts with what it shows (WCAG 2.5.3), then says whose button it is.
  button.setAttribute('aria-label', i18n.t('page.fillCodeName'));
  const note = doc.createElement('p');
  note.setAttribute('role', 'status');
  note.hidden = true;
  shadow.append(pinned, position, button, note);
  return { host, position, button, note };
}

export interface FillButton {
  /** Where the button is drawn, so a look at the field can leave it out. */
  box(): DOMRect;
  /** Shows a line under the button (ok: green, else red) for a while. */
  say(text: string, ok?: boolean, ms?: number): void;
  detach(): void;
}

/**
 * A small "Fill code" button beside a code field, in a closed shadow root the page cannot reach
 * into, in the top layer (a popover) so nothing the page draws sits above it. It acts only on a
 * trusted press that passes the clickjacking checks from pointerdown to click.
 */
export function attachFillButton(
  fields: HTMLInputElement[],
  onFill: () => Promise<{ ok: boolean; text: string }>,
): FillButton {
  const field = fields[0]!;
  const doc = field.ownerDocument;
  const { host, position, button, note } = createHost(doc);
  const placed = {
    left: NaN,
    top: NaN,
    stillSince: Date.now(),
    visible: null,
  } as ButtonPlacement;

  let hide: ReturnType<typeof setTimeout> | undefined;
  function say(text: string, ok = false, ms = ok ? 3000 : 10000) {
    note.textContent = text;
    note.style.color = ok ? '#1f6f5c' : '#b3261e';
    note.style.borderColor = ok ? '#1f6f5c' : '#b3261e';
    note.hidden = false;
    clearTimeout(hide);
    hide = setTimeout(() => (note.hidden = true), ms);
  }

  let watch: PressWatch | null = null;
  function problemAt(x: number, y: number, at: number): string | null {
    const since = Math.max(placed.stillSince, watch?.disturbedAt() ?? 0);
    const problem = clickjackingProblem(host, button, { ...placed, stillSince: since }, { x, y, at });
    if (problem) return problem;
    if (watch?.pointerLieAt() || pointerLieAround(host)) return i18n.t('clickjack.pointerHidden');
    return null;
  }

  // The whole press is checked: where it began, where it ended, and the click itself.
  let press: { at: number; problem: string | null } | null = null;
  button.addEventListener('pointerdown', (event) => {
    if (!event.isTrusted) return;
    press = { at: Date.now(), problem: problemAt(event.clientX, event.clientY, Date.now()) };
  });
  button.addEventListener('pointerup', (event) => {
    if (!event.isTrusted || !press) return;
    press.problem ??= problemAt(event.clientX, event.clientY, Date.now());
  });
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    event.stopPropagation();
    const began = press;
    press = null;
    if (!event.isTrusted) return say(i18n.t('page.notYourClick'));
    if (!began || Date.now() - began.at > PRESS_MS)
      return say(i18n.t('page.refused', [i18n.t('clickjack.pressUnseen')]));
    const problem = began.problem ?? problemAt(event.clientX, event.clientY, Date.now());
    if (problem) return say(i18n.t('page.refused', [problem]));
    const result = await onFill();
    say(result.text, result.ok);
  });

  // Inside the right end of a single field; beside a row of split boxes, never over one.
  function place() {
    const r = field.getBoundingClientRect();
    const last = fields.at(-1)!.getBoundingClientRect();
    const left = Math.round(fields.length > 1 ? last.right + 6 : Math.max(0, r.right - 78));
    const top = Math.round(r.top + Math.max(0, (r.height - 22) / 2));
    if (left === placed.left && top === placed.top) return;
    position.textContent = `:host{left:${left}px!important;top:${top}px!important}`;
    Object.assign(placed, { left, top, stillSince: Date.now() });
  }
  doc.documentElement.append(host);
  host.showPopover();
  place();
  const size = button.getBoundingClientRect();
  Object.assign(placed, {
    width: size.width,
    height: size.height,
    host: computedStyleOf(host),
    button: computedStyleOf(button),
    backdrop: computedStyleOf(host, '::backdrop'),
  });
  watch = watchPress(host, () => buttonProblem(host, button, placed, false));
  const stopWatching = watchVisibility(button, placed);
  const view = doc.defaultView!;
  view.addEventListener('scroll', place, { passive: true, capture: true });
  view.addEventListener('resize', place, { passive: true });
  return {
    box: () => host.getBoundingClientRect(),
    say,
    detach() {
      stopWatching();
      watch?.stop();
      view.removeEventListener('scroll', place, { capture: true });
      view.removeEventListener('resize', place);
      host.remove();
    },
  };
}
