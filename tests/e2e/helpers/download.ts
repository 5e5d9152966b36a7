import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Clicks a button that saves a file, as a person does, and reads what the browser saved. */
export async function savedFileText(page: Page, button: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(tmpdir(), `sfc-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}
