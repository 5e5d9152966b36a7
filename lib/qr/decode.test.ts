import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrCodes } from './decode';
import { locateCodes } from './locate';
import type { RgbaImage } from './types';
import { zxingDecoder } from './zxing';

const URI = 'otpauth://totp/PracticeQ:app%40practice.test?secret=JBSWY3DPEHPK3PXP&issuer=PracticeQ';

/** A screenshot-like image: grey page, a code drawn at (left, top) with `scale` px per module. */
function screen(
  text: string | null,
  opts: {
    width?: number;
    height?: number;
    left?: number;
    top?: number;
    scale?: number;
    invert?: boolean;
    noise?: boolean;
  } = {},
): RgbaImage {
  const { width = 800, height = 600, left = 500, top = 200, scale = 3, invert = false, noise = false } = opts;
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const v = noise ? seed % 256 : 235;
    data[i] = v;
    data[i + 1] = noise ? (seed >> 8) % 256 : v;
    data[i + 2] = noise ? (seed >> 16) % 256 : v;
    data[i + 3] = 255;
  }
  if (text) {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    for (let my = -4; my < n + 4; my++) {
      for (let mx = -4; mx < n + 4; mx++) {
        const on = mx >= 0 && my >= 0 && mx < n && my < n && Boolean(qr.modules.get(my, mx));
        const v = on !== invert ? 0 : 255;
        for (let y = 0; y < scale; y++)
          for (let x = 0; x < scale; x++) {
            const i = ((top + my * scale + y) * width + left + mx * scale + x) * 4;
            data[i] = data[i + 1] = data[i + 2] = v;
          }
      }
    }
  }
  return { data, width, height };
}

const wasm = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
const zxing = zxingDecoder({ bytes: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });

describe('finding a QR code on a screenshot', () => {
  it('decodes a code anywhere on the frame, with and without the second decoder', async () => {
    expect(await decodeQrCodes(screen(URI))).toEqual([URI]);
    expect(await decodeQrCodes(screen(URI), { fallback: zxing })).toEqual([URI]);
  });

  it('decodes an inverted (dark mode) code and a small one at 2 px per module', async () => {
    expect(await decodeQrCodes(screen(URI, { invert: true }), { fallback: zxing })).toEqual([URI]);
    expect(await decodeQrCodes(screen(URI, { scale: 2 }), { fallback: zxing })).toEqual([URI]);
  });

  it('tries the page hints first', async () => {
    const image = screen(URI, { left: 100, top: 100 });
    expect(await decodeQrCodes(image, { hints: [{ x: 80, y: 80, width: 200, height: 200 }] })).toEqual([URI]);
  });

  it('finds the region of a code and nothing in plain noise', () => {
    const [region] = locateCodes(screen(URI, { left: 500, top: 200 }));
    expect(region!.x).toBeLessThanOrEqual(500);
    expect(region!.x + region!.width).toBeGreaterThanOrEqual(500 + 45 * 3);
  });

  it('returns nothing for a screen without a code, noisy or not', async () => {
    expect(await decodeQrCodes(screen(null), { fallback: zxing })).toEqual([]);
    expect(await decodeQrCodes(screen(null, { noise: true }), { fallback: zxing })).toEqual([]);
  });
});
