import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { OtpAccount } from '../lib/otp';
import { getMessageFrom, localeMessages } from '../tests/locales';

/** Median ms to render the popup's 500-row list in Chromium, and the plain-list baseline. */
export async function measurePopupRender(
  accounts: OtpAccount[],
  runs = 7,
): Promise<{ ms: number; baselineMs: number }> {
  const bundle = await build({
    entryPoints: ['bench/render.tsx'],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': '.', '#i18n': './.wxt/i18n/index.ts' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(`<style>${readFileSync('components/theme.css', 'utf8')}</style><body></body>`);
    // Outside the extension there is no browser.i18n: the page gets the English messages.
    const getMessage = `(${getMessageFrom.toString()})(${JSON.stringify(localeMessages('en'))})`;
    await page.addScriptTag({
      content: `window.chrome = { runtime: { id: 'bench' }, i18n: { getUILanguage: () => 'en', getMessage: ${getMessage} } };`,
    });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await page.evaluate((a) => window.renderCodeList(a), accounts));
      base.push(await page.evaluate((a) => window.renderBaselineList(a), accounts));
    }
    return { ms: median(ours), baselineMs: median(base) };
  } finally {
    await browser.close();
  }
}
