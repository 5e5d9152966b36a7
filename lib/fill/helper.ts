import { browser } from 'wxt/browser';

const HELPER_SCRIPT = '/content-scripts/portal.js';

/**
 * Makes sure the page helper runs in every frame of a tab the person acted on (activeTab lets
 * us inject it on any site; on the portals it is there already and starts only once). Returns
 * the documents it runs in, or null when the tab cannot take it (closed, or a browser page).
 */
export async function injectHelper(tabId: number): Promise<{ frameId: number; documentId: string }[] | null> {
  try {
    const injected = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [HELPER_SCRIPT],
    });
    return (injected as { frameId: number; documentId?: string }[]).flatMap((r) =>
      r.documentId ? [{ frameId: r.frameId, documentId: r.documentId }] : [],
    );
  } catch {
    return null;
  }
}
