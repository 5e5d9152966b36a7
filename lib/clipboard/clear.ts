import { browser } from 'wxt/browser';
import { sendToOffscreen } from '@/lib/messaging';

export const CLEAR_CLIPBOARD_ALARM = 'clear-clipboard';

/** A code was copied: clear the clipboard in 30 seconds, even after the popup has closed. */
export async function scheduleClipboardClear(): Promise<void> {
  await browser.alarms.create(CLEAR_CLIPBOARD_ALARM, { delayInMinutes: 0.5 });
}

/**
 * Overwrites the clipboard: through an offscreen document in Chrome, directly where the
 * background is a page (Firefox). A code left on the clipboard is the one promise here a person
 * cannot see being broken, so a failed attempt is tried once more with a fresh document.
 */
export async function clearClipboard(): Promise<boolean> {
  const offscreen = (globalThis as { chrome?: { offscreen?: typeof chrome.offscreen } }).chrome?.offscreen;
  if (!offscreen) {
    await navigator.clipboard.writeText(' ');
    return true;
  }
  for (let attempt = 1; ; attempt++) {
    const cleared = await clearThroughOffscreen(offscreen).catch((error: unknown) => {
      console.warn('Second Factor Companion: clearing the clipboard failed', error);
      return false;
    });
    if (cleared || attempt === 2) return cleared;
    await new Promise((settled) => setTimeout(settled, 500));
  }
}

async function clearThroughOffscreen(offscreen: typeof chrome.offscreen): Promise<boolean> {
  const existing = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
  });
  if (existing.length === 0) {
    await offscreen.createDocument({
      url: 'offscreen.html',
      reasons: [chrome.offscreen.Reason.CLIPBOARD],
      justification: 'Clear a copied two-factor code from the clipboard after 30 seconds.',
    });
  }
  try {
    return (await sendToOffscreen('offscreen.clearClipboard', {})).cleared;
  } finally {
    // Already closed (another clear ran at the same time): nothing is left open either way.
    await offscreen.closeDocument().catch(() => undefined);
  }
}
