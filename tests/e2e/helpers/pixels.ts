import { PNG } from 'pngjs';

// What a screenshot shows, read from its pixels (Playwright and puppeteer both give PNG bytes).

function pixels(png: Uint8Array): [number, number, number][] {
  const shot = PNG.sync.read(Buffer.from(png));
  const out: [number, number, number][] = [];
  for (let i = 0; i < shot.data.length; i += 4)
    out.push([shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!]);
  return out;
}

/**
 * Whether a screenshot of our button's box shows it as we draw it: mostly its green, with its
 * white words on it (a restyle that paints over it, fades it or empties its words fails this).
 */
export function looksLikeOurButton(png: Uint8Array): boolean {
  const seen = pixels(png);
  const green = seen.filter(([r, g, b]) => g > r + 40 && g > b && g < 160).length;
  const white = seen.filter(([r, g, b]) => r > 200 && g > 200 && b > 200).length;
  return green > seen.length * 0.4 && white > seen.length * 0.03;
}

/** Whether words show in a screenshot (dark pixels): a page's label not covered by anything. */
export function showsWords(png: Uint8Array): boolean {
  return pixels(png).some(([r, g, b]) => r + g + b < 200);
}
