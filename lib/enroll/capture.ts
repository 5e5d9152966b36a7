import { i18n } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { UserFacingError } from '@/lib/messaging';

/**
 * Chrome allows two captures a second per extension and refuses the next one outright
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND): a scan right after another one, or after the
 * image menu, would be told "not allowed" although the person did everything right.
 */
const RETRY_AFTER_MS = 600;

/** The visible part of a window as a PNG data URL, tried once more before saying it was refused. */
export async function captureVisible(
  windowId: number,
  capture = (id: number) => browser.tabs.captureVisibleTab(id, { format: 'png' }),
): Promise<string> {
  try {
    return await capture(windowId);
  } catch {
    await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
    try {
      return await capture(windowId);
    } catch {
      throw new UserFacingError(i18n.t('enroll.notAllowed'));
    }
  }
}
