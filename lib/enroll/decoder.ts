import { browser } from 'wxt/browser';
import { zxingDecoder } from '@/lib/qr/zxing';
import type { FallbackDecoder } from '@/lib/qr';

// zxing-wasm's reader, packaged with the extension: its default would fetch the binary from
// a CDN, which must never happen (wxt.config.ts copies it in). Started on first use.
let decoder: FallbackDecoder | null = null;
export function packagedZxing(): FallbackDecoder {
  return (decoder ??= zxingDecoder({ url: browser.runtime.getURL('/zxing_reader.wasm' as '/') }));
}
