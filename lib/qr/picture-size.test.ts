import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { imageFromBlob, MAX_PICTURE_BYTES } from './image';
import { pictureSize } from './picture-size';

const png = (width: number, height: number) => new Uint8Array(PNG.sync.write(new PNG({ width, height })));

/** A PNG whose header claims a size its data never has (a decompression bomb's first bytes). */
function lyingPng(width: number, height: number): Uint8Array {
  const bytes = png(1, 1);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

function withHeader(head: number[], length = 64): Uint8Array {
  const b = new Uint8Array(length);
  b.set(head);
  return b;
}

describe('the size a picture claims, read before decoding', () => {
  it('PNG, GIF, BMP, WebP and JPEG headers', () => {
    expect(pictureSize(png(640, 480))).toEqual({ width: 640, height: 480 });
    expect(pictureSize(withHeader([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x02]))).toEqual({
      width: 800,
      height: 600,
    });
    const bmp = withHeader([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 1920, true);
    new DataView(bmp.buffer).setInt32(22, -1080, true);
    expect(pictureSize(bmp)).toEqual({ width: 1920, height: 1080 });
    const webp = withHeader([...'RIFF'].map((c) => c.charCodeAt(0)));
    webp.set(
      [...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
      8,
    );
    webp.set([0x7f, 0x07, 0x00, 0x37, 0x04, 0x00], 24); // 1920 × 1080, stored minus one
    expect(pictureSize(webp)).toEqual({ width: 1920, height: 1080 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 1080 and width 1920.
    const jpeg = withHeader([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
    jpeg.set([0xff, 0xc0, 0x00, 0x11, 0x08, 0x04, 0x38, 0x07, 0x80], 20);
    expect(pictureSize(jpeg)).toEqual({ width: 1920, height: 1080 });
  });

  it('is not a picture: null, never a throw', () => {
    expect(
      pictureSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>')),
    ).toBeNull();
    expect(pictureSize(new Uint8Array(3))).toBeNull();
    expect(pictureSize(withHeader([0xff, 0xd8, 0x00]))).toBeNull();
  });
});

describe('pictures too large to decode (hostile input gets a clear error, never a hang)', () => {
  it('a small file claiming 100,000 × 100,000 pixels is refused before any decoder sees it', async () => {
    const bomb = new Blob([lyingPng(100_000, 100_000) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    await expect(imageFromBlob(bomb)).rejects.toThrow(/too large to read/);
  });

  it('a file over 15 MB is refused by its size alone', async () => {
    const huge = new Blob([new Uint8Array(MAX_PICTURE_BYTES + 1)], { type: 'image/png' });
    await expect(imageFromBlob(huge)).rejects.toThrow(/too large to read/);
  });

  it('something that is not a picture says so', async () => {
    await expect(imageFromBlob(new Blob(['hello']))).rejects.toThrow(/could not be read/);
  });
});
