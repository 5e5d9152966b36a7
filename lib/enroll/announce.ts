import { browser } from 'wxt/browser';
import { sendToTab, type ScanReport } from '@/lib/messaging';
import { scanImageAt, scanTab } from './scan';
import { summarize } from './summarize';

/** Tells the person on the page what a shortcut or menu scan found (the popup shows the rest). */
async function announce(tabId: number, work: () => Promise<ScanReport>): Promise<void> {
  let text: string;
  try {
    text = summarize(await work());
  } catch (error) {
    text = (error as Error).message;
  }
  // The note is a courtesy: on a page the helper cannot reach, the popup still says it all.
  await sendToTab(tabId, 'page.toast', { text }, { frameId: 0 });
  // openPopup needs a recent gesture and a focused window; without them the badge still shows.
  await browser.action.openPopup?.().catch(() => undefined);
}

/** The scan shortcut: look at the whole visible tab. */
export const scanTabAndTell = (tabId: number) => announce(tabId, () => scanTab(tabId));

/** The image menu: read the picture that was right-clicked. */
export const scanImageAndTell = (tabId: number, srcUrl: string) =>
  announce(tabId, () => scanImageAt(tabId, srcUrl));
