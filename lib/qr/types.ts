/** RGBA pixels, as ImageData holds them. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A second decoder for what jsQR misses (zxing-wasm), given a crop or the whole frame. */
export type FallbackDecoder = (image: RgbaImage) => Promise<string[]>;
