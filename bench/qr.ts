import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { decodeQrCodes, type RgbaImage } from '../lib/qr';
import { zxingDecoder } from '../lib/qr/zxing';

// `npm run bench:qr -- <folder of PNG screenshots>`: the extension's full-frame decode (no
// element hints) on every PNG, against naive full-frame jsQR and full-frame zxing-wasm.
const folder = process.argv[2] ?? 'bench/qr-screens';
const wasm = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
const zxing = zxingDecoder({ bytes: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
await zxing({ data: new Uint8ClampedArray(4 * 32 * 32), width: 32, height: 32 }); // start the wasm outside the timings

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
};
async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: Math.round((performance.now() - start) * 10) / 10 };
}

// One untimed pass first, so every decoder is measured warm (JIT-compiled), not just the last.
const files = readdirSync(folder)
  .filter((f) => f.toLowerCase().endsWith('.png'))
  .sort();
const images = files.map((file) => {
  const png = PNG.sync.read(readFileSync(join(folder, file)));
  return {
    file,
    image: {
      data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
      width: png.width,
      height: png.height,
    } as RgbaImage,
  };
});
for (const { image } of images) {
  await decodeQrCodes(image, { fallback: zxing });
  jsQR(image.data, image.width, image.height);
}

// What each screenshot holds (written by scripts/make-qr-screenshots.ts; null: no code at all).
const expectedPath = join(folder, 'expected.json');
const expected: Record<string, string | null> = existsSync(expectedPath)
  ? JSON.parse(readFileSync(expectedPath, 'utf8'))
  : {};
const medianOf = async (fn: () => Promise<unknown> | unknown, runs: number) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timed(fn)).ms);
  return median(samples);
};

const ours: number[] = [];
const naive: number[] = [];
const reference: number[] = [];
const wrong: string[] = [];
for (const { file, image } of images) {
  const text = (await decodeQrCodes(image, { fallback: zxing }))[0] ?? null;
  const ms = await medianOf(() => decodeQrCodes(image, { fallback: zxing }), 3);
  // Files named none-* have no code; the others hold the text in expected.json.
  const want = file in expected ? expected[file] : file.startsWith('none-') ? null : undefined;
  const verdict =
    want === undefined
      ? text
        ? 'decoded'
        : 'missed'
      : text === want
        ? 'right'
        : text === null
          ? 'missed'
          : 'wrong';
  if (verdict === 'missed' || verdict === 'wrong') wrong.push(`${file}: ${verdict}`);
  console.log(JSON.stringify({ file, text, verdict, ms }));
  ours.push(ms);
  naive.push((await timed(() => jsQR(image.data, image.width, image.height))).ms);
  reference.push(await medianOf(() => zxing(image), 3));
}
const medianMs = median(ours);
const naiveMedianMs = median(naive);
const zxingMedianMs = median(reference);
const speedup = naiveMedianMs / Math.max(medianMs, 0.1);
const targets = {
  everyCodeRight: wrong.length === 0,
  speedupAtLeast12: speedup >= 12,
  atOrBelowZxing: medianMs <= zxingMedianMs,
};
console.log(
  JSON.stringify({
    summary: true,
    images: files.length,
    wrong,
    medianMs,
    naiveMedianMs,
    speedup: Math.round(speedup * 10) / 10,
    zxingMedianMs,
    targets,
  }),
);
// Every target is a gate: a wrong, missed or false decode, or a missed speed target, fails.
if (!Object.values(targets).every(Boolean)) {
  console.error(`bench:qr missed a target: ${JSON.stringify(targets)}`);
  process.exit(1);
}
