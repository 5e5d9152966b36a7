import { i18n, uiLanguage } from '@/lib/i18n';
import type { Rect } from '@/lib/messaging/types';

/**
 * Lets the person drag a rectangle over the page around a code the scan missed. Drawn in a
 * closed shadow root; resolves with the rectangle in device pixels, or null on Escape.
 */
export function selectArea(doc: Document): Promise<Rect | null> {
  return new Promise((resolve) => {
    const host = doc.createElement('sfc-area-select');
    host.lang = uiLanguage(); // read out in the extension's language, not the page's
    host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;cursor:crosshair;display:block';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `div.veil{position:fixed;inset:0;background:rgba(0,0,0,.15)} div.box{position:fixed;border:2px dashed #1f6f5c;background:rgba(31,111,92,.08)}
      p{position:fixed;top:12px;left:50%;transform:translateX(-50%);margin:0;background:#1f6f5c;color:#fff;font:13px system-ui,sans-serif;padding:6px 12px;border-radius:6px}`;
    const veil = doc.createElement('div');
    veil.className = 'veil';
    const box = doc.createElement('div');
    box.className = 'box';
    box.hidden = true;
    const hint = doc.createElement('p');
    hint.textContent = i18n.t('page.dragBox');
    shadow.append(style, veil, box, hint);
    doc.documentElement.append(host);

    let start: { x: number; y: number } | null = null;
    const finish = (rect: Rect | null) => {
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
      resolve(rect);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') finish(null);
    };
    doc.addEventListener('keydown', onKey, true);
    host.addEventListener('mousedown', (e) => {
      if (!e.isTrusted) return;
      start = { x: e.clientX, y: e.clientY };
      box.hidden = false;
    });
    host.addEventListener('mousemove', (e) => {
      if (!start) return;
      Object.assign(box.style, {
        left: `${Math.min(start.x, e.clientX)}px`,
        top: `${Math.min(start.y, e.clientY)}px`,
        width: `${Math.abs(e.clientX - start.x)}px`,
        height: `${Math.abs(e.clientY - start.y)}px`,
      });
    });
    host.addEventListener('mouseup', (e) => {
      if (!start || !e.isTrusted) return;
      const dpr = doc.defaultView?.devicePixelRatio || 1;
      const rect = {
        x: Math.min(start.x, e.clientX) * dpr,
        y: Math.min(start.y, e.clientY) * dpr,
        width: Math.abs(e.clientX - start.x) * dpr,
        height: Math.abs(e.clientY - start.y) * dpr,
      };
      // The veil must not be in the screenshot: remove it, then answer.
      finish(rect.width > 10 && rect.height > 10 ? rect : null);
    });
  });
}
