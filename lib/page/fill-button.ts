import { clickjackingProblem } from './clickjacking';

/**
 * A small "Fill code" button beside a code field, in a closed shadow root the page cannot
 * reach into. It acts only on a trusted click that passes the clickjacking checks.
 */
export function attachFillButton(
  field: HTMLInputElement,
  onFill: () => Promise<{ ok: boolean; text: string }>,
): () => void {
  const doc = field.ownerDocument;
  const host = doc.createElement('sfc-fill-button');
  host.style.cssText =
    'position:fixed;z-index:2147483647;margin:0;padding:0;border:0;opacity:1;visibility:visible;display:block';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `button{font:600 12px system-ui,sans-serif;background:#1f6f5c;color:#fff;border:0;border-radius:10px;padding:3px 8px;cursor:pointer}
    p{position:absolute;right:0;top:26px;width:240px;margin:0;background:#fff;color:#b3261e;font:12px system-ui,sans-serif;border:1px solid #b3261e;border-radius:6px;padding:6px}`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Fill code';
  button.setAttribute('aria-label', 'Fill the two-factor code (Second Factor Companion)');
  const note = doc.createElement('p');
  note.hidden = true;
  shadow.append(style, button, note);

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
    if (!event.isTrusted) return say('Refused: this click did not come from you.');
    const problem = clickjackingProblem(host, event.clientX, event.clientY);
    if (problem) return say(`Refused: ${problem}. Nothing was filled. Use the toolbar button instead.`);
    const result = await onFill();
    say(result.text, result.ok);
  });

  function place() {
    const r = field.getBoundingClientRect();
    host.style.left = `${Math.max(0, r.right - 78)}px`;
    host.style.top = `${r.top + Math.max(0, (r.height - 22) / 2)}px`;
  }
  place();
  doc.documentElement.append(host);
  const view = doc.defaultView!;
  view.addEventListener('scroll', place, { passive: true, capture: true });
  view.addEventListener('resize', place, { passive: true });
  return () => {
    view.removeEventListener('scroll', place, { capture: true });
    view.removeEventListener('resize', place);
    host.remove();
  };
}
