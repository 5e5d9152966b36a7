import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';

type Box = { x: number; y: number; width: number; height: number };

async function pixels(page: Page, box: Box): Promise<[number, number, number][]> {
  const shot = PNG.sync.read(await page.screenshot({ clip: box }));
  const out: [number, number, number][] = [];
  for (let i = 0; i < shot.data.length; i += 4)
    out.push([shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!]);
  return out;
}

/**
 * Whether the screen shows our button as we draw it there: mostly its green, with its white
 * words on it (a restyle that paints over it, fades it or empties its words fails this).
 */
export async function buttonLooksOurs(page: Page, box: Box): Promise<boolean> {
  const seen = await pixels(page, box);
  const green = seen.filter(([r, g, b]) => g > r + 40 && g > b && g < 160).length;
  const white = seen.filter(([r, g, b]) => r > 200 && g > 200 && b > 200).length;
  return green > seen.length * 0.4 && white > seen.length * 0.03;
}

/** Whether the words of an element of the page are on the screen (dark pixels where it is). */
export async function labelShows(page: Page, label: Locator): Promise<boolean> {
  const box = (await label.first().boundingBox())!;
  const seen = await pixels(page, box);
  return seen.some(([r, g, b]) => r + g + b < 200);
}
