import { browser } from 'wxt/browser';
import { overwriteClipboard } from '@/lib/clipboard/overwrite';

// Chrome only: the hidden page the background opens to clear the clipboard, since a service
// worker has no clipboard. It answers the background alone (an offscreen page only has runtime).
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || (message as { type?: string })?.type !== 'sfc.offscreen.clear-clipboard') return undefined;
  return Promise.resolve(overwriteClipboard(document));
});
