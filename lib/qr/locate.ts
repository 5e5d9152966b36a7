import type { Rect, RgbaImage } from './types';

// Finds where QR codes may be on a screenshot without decoding it: a code is a block of
// crisp two-tone pixels, about half dark, and roughly square. Text is mostly light, photos
// and noise have many in-between tones, so both drop out. Measured in `npm run bench:qr`.
const BLOCK = 16;
const MIN_CONTRAST = 64;

const hist = new Uint16Array(16);

/** One pass over a block's sampled pixels: contrast, dark share and crispness from a 16-bin histogram. */
function isCodeLike(image: RgbaImage, bx: number, by: number, step: number): boolean {
  const { data, width } = image;
  let min = 255;
  let max = 0;
  let total = 0;
  hist.fill(0);
  const x1 = Math.min(image.width, bx + BLOCK);
  const y1 = Math.min(image.height, by + BLOCK);
  for (let y = by; y < y1; y += step) {
    for (let x = bx, i = (y * width + bx) * 4; x < x1; x += step, i += 4 * step) {
      const lum = (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29) >> 8;
      if (lum < min) min = lum;
      if (lum > max) max = lum;
      hist[lum >> 4]!++;
      total++;
    }
  }
  if (max - min < MIN_CONTRAST) return false;
  const lo = min >> 4;
  const hi = max >> 4;
  const mid = (lo + hi) >> 1;
  const quarter = Math.max(1, (hi - lo) >> 2);
  let dark = 0;
  let crisp = 0;
  for (let b = lo; b <= hi; b++) {
    if (b <= mid) dark += hist[b]!;
    if (b <= lo + quarter || b >= hi - quarter) crisp += hist[b]!;
  }
  const darkShare = dark / total;
  // Text is mostly background (dark share under a fifth either way); codes are about half dark.
  return darkShare > 0.22 && darkShare < 0.78 && crisp / total > 0.6;
}

/** Likely code regions, largest first, in image pixels with a quiet-zone margin. */
export function locateCodes(image: RgbaImage, maxRegions = 4): Rect[] {
  const cols = Math.ceil(image.width / BLOCK);
  const rows = Math.ceil(image.height / BLOCK);
  const marks = new Uint8Array(cols * rows);
  // Sparser samples on big screenshots: 4K has four times the pixels of 1080p.
  const step = image.width * image.height > 4_000_000 ? 3 : 2;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      marks[r * cols + c] = isCodeLike(image, c * BLOCK, r * BLOCK, step) ? 1 : 0;

  // Connected groups of marked blocks (diagonal neighbours count).
  const seen = new Uint8Array(cols * rows);
  const regions: (Rect & { blocks: number })[] = [];
  for (let start = 0; start < marks.length; start++) {
    if (!marks[start] || seen[start]) continue;
    let minC = cols,
      minR = rows,
      maxC = 0,
      maxR = 0,
      blocks = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const at = stack.pop()!;
      const r = Math.floor(at / cols),
        c = at % cols;
      blocks++;
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const nr = r + dr,
            nc = c + dc;
          if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
          const next = nr * cols + nc;
          if (marks[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    const w = maxC - minC + 1,
      h = maxR - minR + 1;
    const aspect = w / h;
    // Codes are square-ish, mostly marked, and far smaller than a whole screen.
    const tooBig = w * h > cols * rows * 0.25;
    if (w < 2 || h < 2 || aspect < 0.5 || aspect > 2 || blocks < w * h * 0.4 || tooBig) continue;
    const margin = BLOCK * 2;
    regions.push({
      x: minC * BLOCK - margin,
      y: minR * BLOCK - margin,
      width: w * BLOCK + 2 * margin,
      height: h * BLOCK + 2 * margin,
      blocks,
    });
  }
  return regions
    .sort((a, b) => b.blocks - a.blocks)
    .slice(0, maxRegions)
    .map(({ x, y, width, height }) => ({ x, y, width, height }));
}
