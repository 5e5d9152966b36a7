import { i18n } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { sendToTab, UserFacingError, type Rect, type VerifiedSender } from '@/lib/messaging';
import { areaRequest } from '@/lib/storage';
import { scanArea } from './scan';
import { summarize } from './summarize';

const AREA_TTL_MS = 2 * 60_000;

/** The popup's "Draw a box": the next box drawn on that tab is the person's. */
export async function askForArea(tabId: number): Promise<{ ok: true }> {
  await areaRequest.set(tabId, Date.now());
  // Already there on portals; elsewhere the popup's activeTab lets us add it now. Where it
  // cannot be added, the message below finds no one and says so.
  await browser.scripting
    .executeScript({ target: { tabId }, files: ['/content-scripts/portal.js'] })
    .catch(() => undefined);
  const shown = await sendToTab(tabId, 'page.selectArea', {}, { frameId: 0 });
  if (!shown) throw new UserFacingError(i18n.t('enroll.cannotDraw'));
  return { ok: true };
}

/** The page helper says where the box was drawn: scan it, if the person asked for one there. */
export async function areaDrawn(rect: Rect, sender: VerifiedSender): Promise<{ message: string }> {
  const tabId = sender.tabId!;
  const at = await areaRequest.take(tabId);
  if (sender.frameId !== 0 || at === null || Date.now() - at > AREA_TTL_MS) {
    throw new UserFacingError(i18n.t('enroll.startFirst'));
  }
  return { message: summarize(await scanArea(tabId, rect)) };
}
