import { i18n } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { sendToTab, UserFacingError, type QrTargets, type ScanReport } from '@/lib/messaging';
import { portalImitatedBy } from '@/lib/portals';
import { crop, decodeQrCodes, type Rect, type RgbaImage } from '@/lib/qr';
import { imageFromBlob, imageFromDataUrl } from '@/lib/qr/image';
import { tabOrigin } from '@/lib/tab-status';
import { readUsableAccounts, currentDataKey, vaultDb, type VaultAccount } from '@/lib/vault';
import { captureVisible } from './capture';
import { packagedZxing } from './decoder';
import { rememberScan } from './pending';
import { previewOf } from './preview';
import { classifyQrText, type QrFinding } from './qr-kind';

const HELPER_SCRIPT = '/content-scripts/portal.js';

/** The visible part of a tab, as pixels; says why when the browser refuses. */
async function captureTab(tabId: number): Promise<RgbaImage> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (
    /^(chrome|edge|about|chrome-extension|moz-extension|view-source):/i.test(url) ||
    url.startsWith('https://chromewebstore.google.com')
  ) {
    throw new UserFacingError(i18n.t('enroll.browserPage'));
  }
  return imageFromDataUrl(await captureVisible(tab.windowId!));
}

async function existingAccounts(): Promise<VaultAccount[]> {
  return readUsableAccounts(await vaultDb(), await currentDataKey());
}

/** Decodes, classifies and remembers what was found; returns what the popup may show. */
async function report(
  tabKey: number,
  image: RgbaImage,
  hints: Rect[],
  origin: string | null,
  scrolled: boolean,
): Promise<ScanReport> {
  const texts = await decodeQrCodes(image, { hints, fallback: packagedZxing() });
  const findings: QrFinding[] = texts.map(classifyQrText);
  const existing = await existingAccounts();
  const imitates = origin ? (portalImitatedBy(new URL(origin).hostname)?.name ?? null) : null;
  const result: ScanReport = {
    origin,
    imitates,
    scrolled,
    findings: findings.map((f) => previewOf(f, existing)),
  };
  await rememberScan(
    tabKey,
    origin,
    findings.map((f) => ('uri' in f ? f.uri : null)),
    result,
  );
  return result;
}

/** "Scan this page": capture the visible tab and look for codes, the page's own images first. */
export async function scanTab(tabId: number): Promise<ScanReport> {
  await currentDataKey(); // locked: say so before looking at anything
  const origin = await tabOrigin(tabId);
  let targets: QrTargets = { rects: [], scrolled: false };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [HELPER_SCRIPT] });
    targets = (await sendToTab(tabId, 'page.qrTargets', {}, { frameId: 0 })) ?? targets;
  } catch {
    // No helper on this page (not allowed): the whole frame is still searched.
  }
  const image = await captureTab(tabId);
  return report(tabId, image, targets.rects, origin, targets.scrolled);
}

/** A box the person drew around a code the scan missed. */
export async function scanArea(tabId: number, rect: Rect): Promise<ScanReport> {
  const image = await captureTab(tabId);
  return report(tabId, crop(image, rect), [], await tabOrigin(tabId), false);
}

/** A picture of a code (a file, a pasted screenshot, an image on a page), as a data URL. */
export async function scanImage(key: number, dataUrl: string, origin: string | null): Promise<ScanReport> {
  if (!/^data:image\/(png|jpeg|gif|webp|bmp);base64,/i.test(dataUrl))
    throw new UserFacingError(i18n.t('enroll.notPicture'));
  return scanBlob(key, await (await fetch(dataUrl)).blob(), origin);
}

async function scanBlob(key: number, blob: Blob, origin: string | null): Promise<ScanReport> {
  await currentDataKey();
  return report(key, await imageFromBlob(blob), [], origin, false);
}

/**
 * "Add 2FA account from this QR code" on an image. A data: picture is read as it is; any other
 * is fetched without cookies (never a signed-in request to a portal on the person's behalf),
 * and a picture only a signed-in page can see is read from the screen instead.
 */
export async function scanImageAt(tabId: number, srcUrl: string): Promise<ScanReport> {
  let blob: Blob | null = null;
  try {
    const response = await fetch(srcUrl, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (response.ok) blob = await response.blob();
  } catch {
    blob = null; // another site that does not share its pictures: read the screen instead
  }
  if (!blob) return scanTab(tabId);
  return scanBlob(tabId, blob, await tabOrigin(tabId));
}
