import { browser } from 'wxt/browser';
import { overwriteClipboard } from '@/lib/clipboard/overwrite';
import { createRouter, ownExtension, shape, type Handlers, type OffscreenProtocol } from '@/lib/messaging';

// Chrome only: the hidden page the background opens to clear the clipboard, since a service
// worker has no clipboard. It answers our own extension alone.
const handlers: Handlers<OffscreenProtocol> = {
  'offscreen.clearClipboard': {
    allow: ['extension-page'],
    validate: shape({}),
    handle: () => ({ cleared: overwriteClipboard(document) }),
  },
};
const route = createRouter(handlers, ownExtension());
browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
