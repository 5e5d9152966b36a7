import { closedShadowHost } from './shadow-host';

/** A dismissible notice across the top of a portal page, in a closed shadow root. */
export function showBanner(doc: Document, text: string): () => void {
  const { host, shadow } = closedShadowHost(
    doc,
    'sfc-banner',
    'position:fixed;left:0;right:0;top:0;z-index:2147483646;display:block',
  );
  const bar = doc.createElement('div');
  bar.setAttribute('role', 'status');
  bar.style.cssText =
    'display:flex;gap:12px;align-items:center;justify-content:center;background:#fff4d6;color:#3d2e00;border-bottom:1px solid #e0c060;font:14px/1.4 system-ui,sans-serif;padding:8px 12px';
  const message = doc.createElement('span');
  message.textContent = `🔑 ${text}`;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.style.cssText =
    'font:inherit;border:1px solid #b89a3e;background:#fff;border-radius:6px;padding:2px 8px;cursor:pointer';
  const remove = () => host.remove();
  close.addEventListener('click', remove);
  bar.append(message, close);
  shadow.append(bar);
  return remove;
}
