import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { useBrowser } from './harness';
import { addBoundAccount } from './helpers/portals';

// One simulator page per trick a page can play on our in-page button (tests/fixtures/server/
// portals/attacks.ts), each clicked with a real, trusted mouse click: no code reaches the field,
// and the button says why.
const SITE = 'https://www.clinic-example.test';
const t = useBrowser({ grantHosts: [`${SITE}/*`] });
/** A person takes longer than this to see a button and move to it. */
const REACTION_MS = 700;

async function buttonShown(page: Page) {
  const host = page.locator('sfc-fill-button');
  await expect.poll(() => host.count()).toBe(1);
  await page.waitForTimeout(REACTION_MS);
  return (await host.boundingBox())!;
}

async function clickButton(page: Page): Promise<void> {
  const box = await buttonShown(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const field = (page: Page) => page.locator('input[name=code]');
const note = (page: Page) => t.session.closedShadowText(page, 'sfc-fill-button').catch(() => '');

const REFUSED: [trick: string, why: RegExp][] = [
  ['faded-page', /see-through/],
  ['see-through-button', /see-through|not fully visible/],
  ['blended-button', /blended|not fully visible/],
  ['masked-button', /masked|not fully visible/],
  ['shrunk-button', /size|shrank|not fully visible/],
  ['zoomed-button', /size|zoomed|not fully visible/],
  ['filtered-button', /looks|not fully visible/],
  ['clipped-button', /clipped|not fully visible/],
  ['moved-button', /moved the button/],
  ['out-of-its-layer', /own layer/],
  ['popover-on-top', /open on top|not fully visible/],
  ['sliding-button', /just appeared or moved/],
];

describe('clickjacking the in-page button', () => {
  it('setup: an account bound to the site', async () => {
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    await addBoundAccount(
      t.session,
      `otpauth://totp/Clinic:desk?secret=${GENERIC_SECRET}&issuer=Clinic`,
      SITE,
    );
  });

  it('a plain code page: the click fills (so the refusals below are the tricks, not the button)', async () => {
    const page = await t.session.open(`${SITE}/otc`);
    await clickButton(page);
    await expect.poll(() => field(page).inputValue()).toMatch(/^\d{6}$/);
    await page.close();
  });

  for (const [trick, why] of REFUSED) {
    it(`refuses, and says why, when the page plays "${trick}"`, async () => {
      const page = await t.session.open(`${SITE}/attack/${trick}`);
      await clickButton(page);
      await expect.poll(() => note(page)).toMatch(/Refused: .*Nothing was filled/);
      expect(await note(page)).toMatch(why);
      expect(await field(page).inputValue()).toBe('');
      await page.close();
    });
  }

  it('an opaque layer over the whole page cannot cover it: the button stays on top, visible, and works', async () => {
    const page = await t.session.open(`${SITE}/attack/opaque-overlay`);
    const box = await buttonShown(page);
    const shot = PNG.sync.read(
      await page.screenshot({ clip: { x: box.x + 4, y: box.y + box.height / 2, width: 1, height: 1 } }),
    );
    const [r, g, b] = shot.data;
    expect([r, g, b]).not.toEqual([255, 255, 255]); // our green, not the page's white layer
    expect(g!).toBeGreaterThan(r! + 40);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => field(page).inputValue()).toMatch(/^\d{6}$/);
    await page.close();
  });
});
