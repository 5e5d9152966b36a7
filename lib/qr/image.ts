import type { RgbaImage } from './types';

/** Pixels of a picture (data URL or blob), decoded off the page (service worker or extension page). */
export async function imageFromDataUrl(dataUrl: string): Promise<RgbaImage> {
  return imageFromBlob(await (await fetch(dataUrl)).blob());
}

export async function imageFromBlob(blob: Blob): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}
