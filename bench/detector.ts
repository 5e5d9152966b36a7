import { build } from 'esbuild';
import { chromium } from 'playwright-core';

/**
 * Fastest ms of the page detector on a 10,000-element page, and of a bare querySelectorAll('input'):
 * what the work costs, not what a busy machine added (the target is a gate in CI).
 */
export async function measureDetector(
  runs = 15,
): Promise<{ ms: number; baselineMs: number; elements: number; fieldLookMs: number }> {
  const bundle = await build({
    entryPoints: ['bench/detect-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    alias: { '@': '.' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<body></body>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate(() => window.buildLargePage(10_000));
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const ours: number[] = [];
    const base: number[] = [];
    const look: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await page.evaluate(() => window.timeDetector()));
      base.push(await page.evaluate(() => window.timeBareQuery()));
    }
    // After the detector's runs: the look restyles the whole page, which the detector must not pay.
    for (let i = 0; i < runs; i++) look.push(await page.evaluate(() => window.timeFieldLook()));
    return { ms: Math.min(...ours), baselineMs: Math.min(...base), elements, fieldLookMs: Math.min(...look) };
  } finally {
    await browser.close();
  }
}
