import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { enrollment } from './helpers/enrollment';

// The same enrollment on a screen at twice the pixel density (codes and hints in device pixels).
const t = useBrowser({ args: ['--force-device-scale-factor=2'] });
const { enrollEndToEnd } = enrollment(t);

describe('enrolling at 2× device pixel ratio', () => {
  it('really runs at 2×', async () => {
    const page = await t.session.open('https://sim.test/');
    expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
    await page.close();
  });

  it('scans, adds and confirms PracticeQ setup drawn on a canvas', () => enrollEndToEnd('canvas'));
});
