import { build } from 'esbuild';
import { chromium } from 'playwright-core';

/**
 * Fastest ms of the page detector on a 10,000-element page, and of a bare querySelectorAll('input'):
 * what the work costs, not what a busy machine added (the target is a gate in CI). The runs are
 * spread over some seconds: a shared machine has slow spells of a second or more, and runs back
 * to back all fall in the same one.
 */
export async function measureDetector(
  runs = 30,
  pauseMs = 150,
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
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    // After the detector's runs: the look restyles the whole page, which the detector must not pay.
    for (let i = 0; i < runs / 2; i++) {
      look.push(await page.evaluate(() => window.timeFieldLook()));
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    return { ms: Math.min(...ours), baselineMs: Math.min(...base), elements, fieldLookMs: Math.min(...look) };
  } finally {
    await browser.close();
  }
}
