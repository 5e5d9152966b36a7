import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { FallbackDecoder } from './types';

/**
 * The zxing-wasm reader as a fallback decoder. `wasm` says where its binary comes from: a URL
 * packaged with the extension (never a CDN), or the bytes themselves (Node, for the bench).
 */
export function zxingDecoder(wasm: { url: string } | { bytes: ArrayBuffer }): FallbackDecoder {
  prepareZXingModule({
    overrides:
      'url' in wasm
        ? {
            locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm.url : prefix + path),
          }
        : { wasmBinary: wasm.bytes },
  });
  return async (image) => {
    const results = await readBarcodes(
      {
        data: image.data as Uint8ClampedArray<ArrayBuffer>,
        width: image.width,
        height: image.height,
        colorSpace: 'srgb',
      },
      { formats: ['QRCode'], tryHarder: true, tryInvert: true, maxNumberOfSymbols: 4 },
    );
    return results.filter((r) => r.isValid).map((r) => r.text);
  };
}
