import { BrowserSession } from '../e2e/harness/session';
import type { Simulator } from '../fixtures/server/index';
import { demoVault } from './vault';

/**
 * Every section of Settings in light and dark, in English and Spanish, as the navigation
 * reaches it (its `#` link): demo-output/settings/<language>-<section>-<scheme>.png. The
 * sections are read off the page's own navigation, so a new one is shot without a change here.
 */
export async function shootSettingsSections(sim: Simulator, out: string): Promise<string[]> {
  const shots: string[] = [];
  for (const language of ['en', 'es'] as const) {
    const s = await BrowserSession.launch(sim, { language });
    try {
      await demoVault(s);
      const page = await s.open(s.extensionUrl('options.html'));
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.getByTestId('trust-table').waitFor();
      const ids = await page
        .locator('[data-testid=settings-nav] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
      for (const id of ids) {
        await page.locator(`[data-testid=settings-nav] a[href="#${id}"]`).click();
        const section = page.locator(`[id="${id}"]`);
        await section.waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await new Promise((r) => setTimeout(r, 100));
          const path = `${out}/${language}-${id}-${scheme}.png`;
          await section.screenshot({ path });
          shots.push(path);
        }
      }
      await page.close();
    } finally {
      await s.close();
    }
  }
  return shots;
}
