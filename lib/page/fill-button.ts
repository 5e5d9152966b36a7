import { i18n, uiLanguage } from '@/lib/i18n';
import { clickjackingProblem, type ButtonPlacement } from './clickjacking';

// Every property a page could use to hide or disguise the host is set inline with !important:
// a page's style sheet cannot override that, only its scripts can, and those the click-time
// checks see.
const HOST_CSS = [
  'position:fixed',
  'inset:auto',
  'margin:0',
  'padding:0',
  'border:0',
  'background:transparent',
  'overflow:visible',
  'width:auto',
  'height:auto',
  'opacity:1',
  'visibility:visible',
  'display:block',
  'filter:none',
  'transform:none',
  'scale:none',
  'rotate:none',
  'translate:none',
  'zoom:1',
  'mix-blend-mode:normal',
  'mask:none',
  'clip-path:none',
  'pointer-events:auto',
  'z-index:2147483647',
]
  .map((rule) => `${rule} !important`)
  .join(';');

const STYLE = `button{font:600 12px system-ui,sans-serif;background:#1f6f5c;color:#fff;border:0;border-radius:10px;padding:3px 8px;cursor:pointer}
  p{position:absolute;right:0;top:26px;width:240px;margin:0;background:#fff;color:#b3261e;font:12px system-ui,sans-serif;border:1px solid #b3261e;border-radius:6px;padding:6px}`;

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
  const host = doc.createElement('sfc-fill-button');
  host.lang = uiLanguage(); // read out in the extension's language, not the page's
  host.style.cssText = HOST_CSS;
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = i18n.t('page.fillCode');
  // Its name starts with what it shows (WCAG 2.5.3), then says whose button it is.
  button.setAttribute('aria-label', i18n.t('page.fillCodeName'));
  const note = doc.createElement('p');
  note.hidden = true;
  shadow.append(style, button, note);
  return { host, button, note };
}

/**
 * A small "Fill code" button beside a code field, in a closed shadow root the page cannot reach
 * into, in the top layer (a popover) so nothing the page draws sits above it. It acts only on a
 * trusted click that passes the clickjacking checks.
 */
export function attachFillButton(
  fields: HTMLInputElement[],
  onFill: () => Promise<{ ok: boolean; text: string }>,
): () => void {
  const field = fields[0]!;
  const doc = field.ownerDocument;
  const { host, button, note } = createHost(doc);
  const placed: ButtonPlacement = {
    left: '',
    top: '',
    width: 0,
    height: 0,
    stillSince: Date.now(),
    visible: null,
  };

  let hide: ReturnType<typeof setTimeout> | undefined;
  function say(text: string, ok = false) {
    note.textContent = text;
    note.style.color = ok ? '#1f6f5c' : '#b3261e';
    note.style.borderColor = ok ? '#1f6f5c' : '#b3261e';
    note.hidden = false;
    clearTimeout(hide);
    hide = setTimeout(() => (note.hidden = true), ok ? 3000 : 10000);
  }

  button.addEventListener('click', async (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (!event.isTrusted) return say(i18n.t('page.notYourClick'));
    const click = { x: event.clientX, y: event.clientY, at: Date.now() };
    const problem = clickjackingProblem(host, button, placed, click);
    if (problem) return say(i18n.t('page.refused', [problem]));
    const result = await onFill();
    say(result.text, result.ok);
  });

  // Inside the right end of a single field; beside a row of split boxes, never over one.
  function place() {
    const r = field.getBoundingClientRect();
    const last = fields.at(-1)!.getBoundingClientRect();
    const left = `${fields.length > 1 ? last.right + 6 : Math.max(0, r.right - 78)}px`;
    const top = `${r.top + Math.max(0, (r.height - 22) / 2)}px`;
    if (left === placed.left && top === placed.top) return;
    host.style.setProperty('left', left, 'important');
    host.style.setProperty('top', top, 'important');
    Object.assign(placed, { left: host.style.left, top: host.style.top, stillSince: Date.now() });
  }
  doc.documentElement.append(host);
  host.showPopover();
  place();
  const size = button.getBoundingClientRect();
  Object.assign(placed, { width: size.width, height: size.height });
  const stopWatching = watchVisibility(button, placed);
  const view = doc.defaultView!;
  view.addEventListener('scroll', place, { passive: true, capture: true });
  view.addEventListener('resize', place, { passive: true });
  return () => {
    stopWatching();
    view.removeEventListener('scroll', place, { capture: true });
    view.removeEventListener('resize', place);
    host.remove();
  };
}
