import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';
import { pictureSize } from './picture-size';
import type { RgbaImage } from './types';

/** Larger than any screen or screenshot a person would scan (an 8K screen is 33 million). */
export const MAX_PICTURE_PIXELS = 40_000_000;
export const MAX_PICTURE_BYTES = 15 * 1024 * 1024;

const tooLarge = () => i18n.t('enroll.pictureTooLarge');
const unreadable = () => i18n.t('enroll.pictureUnreadable');

/** Pixels of a picture (data URL or blob), decoded off the page (service worker or extension page). */
export async function imageFromDataUrl(dataUrl: string): Promise<RgbaImage> {
  return imageFromBlob(await (await fetch(dataUrl)).blob());
}

/** Refuses what is too large by its bytes and by the size its header claims, before decoding. */
export async function imageFromBlob(blob: Blob): Promise<RgbaImage> {
  if (blob.size > MAX_PICTURE_BYTES) throw new UserFacingError(tooLarge());
  const size = pictureSize(new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer()));
  if (!size) throw new UserFacingError(unreadable());
  if (size.width * size.height > MAX_PICTURE_PIXELS) throw new UserFacingError(tooLarge());
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new UserFacingError(unreadable());
  }
  try {
    // The header may lie; the decoded size is checked again before any pixel is copied.
    if (bitmap.width * bitmap.height > MAX_PICTURE_PIXELS) throw new UserFacingError(tooLarge());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}
