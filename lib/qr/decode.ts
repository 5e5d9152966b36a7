import jsQR from 'jsqr';
import { crop } from './crop';
import { locateCodes } from './locate';
import type { FallbackDecoder, Rect, RgbaImage } from './types';

export interface DecodeOptions {
  /** Where the page says images, canvases and SVGs are (device pixels): tried first. */
  hints?: Rect[];
  /** zxing-wasm, for the dense or blurred codes jsQR misses. */
  fallback?: FallbackDecoder;
}

function jsqrText(image: RgbaImage): string | null {
  if (image.width < 21 || image.height < 21) return null;
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** jsQR on a region, then (for the page's own hints) the fallback decoder on the same region. */
async function decodeRegion(image: RgbaImage, rect: Rect, fallback?: FallbackDecoder): Promise<string[]> {
  const part = crop(image, rect);
  const text = jsqrText(part);
  if (text !== null) return [text];
  return fallback ? fallback(part) : [];
}

/**
 * Every QR code text on a screenshot: the page's hints first, then regions that look like
 * codes, then (only if those find nothing) the second decoder on the whole frame.
 */
export async function decodeQrCodes(image: RgbaImage, options: DecodeOptions = {}): Promise<string[]> {
  const found = new Set<string>();
  for (const rect of options.hints ?? [])
    for (const text of await decodeRegion(image, rect, options.fallback)) found.add(text);
  if (found.size > 0) return [...found];
  // Guessed regions: zxing-wasm when it is there (on small crops it is several times faster
  // than jsQR, measured in `npm run bench:qr`), else jsQR.
  for (const rect of locateCodes(image)) {
    const part = crop(image, rect);
    const texts = options.fallback
      ? await options.fallback(part)
      : [jsqrText(part)].filter((t): t is string => t !== null);
    for (const text of texts) found.add(text);
    if (found.size > 0) return [...found];
  }
  if (found.size > 0) return [...found];
  if (options.fallback) for (const text of await options.fallback(image)) found.add(text);
  else {
    const text = jsqrText(image);
    if (text !== null) found.add(text);
  }
  return [...found];
}
