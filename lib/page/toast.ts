import { uiLanguage } from '@/lib/i18n';
import { closedShadowHost } from './shadow-host';

/** A short note from the extension in the page's corner, in a closed shadow root. */
export function showToast(doc: Document, text: string, ms = 8000): void {
  const { host, shadow } = closedShadowHost(
    doc,
    'sfc-note',
    'position:fixed;right:16px;top:16px;z-index:2147483647;display:block',
  );
  const note = doc.createElement('p');
  note.lang = uiLanguage(); // read out in the extension's language, not the page's
  note.setAttribute('role', 'status');
  note.style.cssText =
    'margin:0;max-width:320px;background:#1f6f5c;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:10px 12px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.3)';
  note.textContent = text;
  shadow.append(note);
  setTimeout(() => host.remove(), ms);
}
