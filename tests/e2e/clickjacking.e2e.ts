import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BUTTON_ATTACKS,
  FIELD_ATTACKS,
  POINTER_ATTACKS,
  PRESS_ATTACKS,
  REFUSED_BUTTON_ATTACKS,
} from '../fixtures/server/portals/attacks';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { useBrowser } from './harness';
import { addBoundAccount } from './helpers/portals';
import { looksLikeOurButton, showsWords } from './helpers/pixels';

// One simulator page per trick (tests/fixtures/server/portals/attacks.ts), in the four classes
// of docs/threat-model.md: a field the person cannot see, our button restyled or moved, a
// disguise taken off as the press begins, the pointer lied about. Each button test clicks with
// a real, trusted mouse click; a field the person cannot see is also tried with the shortcut
// and the popup. No code reaches the field, and the page or the popup says why.
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
const toast = (page: Page) => t.session.closedShadowText(page, 'sfc-note').catch(() => '');
const attack = (trick: string) => t.session.open(`${SITE}/attack/${trick}`);

/** The extension read the page and took it for a code step: what it does next is its choice. */
async function looked(page: Page) {
  await expect.poll(() => t.session.reportedKind(page)).toBe('challenge');
  await page.waitForTimeout(REACTION_MS);
}

/** Tricks whose field is unseen from the start, and the reason each is given. */
const UNSEEN_FROM_THE_START: [trick: keyof typeof FIELD_ATTACKS, why: RegExp][] = [
  ['cover-let-through', /drawn over the code field/],
  ['cover-in-shadow-root', /drawn over the code field/],
  ['cover-in-closed-shadow-root', /drawn over the code field/],
  ['spotlight-shadow', /drawn over the code field/],
  ['outline-sheet', /drawn over the code field/],
  ['frosted-glass', /drawn over the code field/],
  ['faded-form', /see-through or blurred/],
  ['faded-page', /see-through or blurred/],
  ['field-off-screen', /outside the visible part/],
  ['field-shrunk', /too small to read/],
  ['tiny-text', /too small to read/],
];
const UNSEEN_AFTER_THE_BUTTON: [trick: keyof typeof FIELD_ATTACKS, why: RegExp][] = [
  ['cover-after-button', /drawn over the code field/],
  ['faded-form-after-button', /see-through or blurred/],
  ['blurred-form-after-button', /see-through or blurred/],
];

describe('clickjacking: a code only for what the person can see', () => {
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

  it('a code field below the fold: the shortcut brings it into view and fills it', async () => {
    const page = await attack('below-the-fold');
    await looked(page);
    expect(await field(page).evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
    await t.session.pressFillShortcut(page);
    await expect.poll(() => field(page).inputValue()).toMatch(/^\d{6}$/);
    expect(await field(page).evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.close();
  });

  describe('1. the code field hidden, faded, shrunk, moved away or covered', () => {
    for (const [trick, why] of UNSEEN_FROM_THE_START) {
      it(`"${trick}": no Fill code button beside it, and the shortcut is refused with the reason`, async () => {
        const page = await attack(trick);
        await looked(page);
        expect(await page.locator('sfc-fill-button').count()).toBe(0);
        await t.session.pressFillShortcut(page);
        await expect.poll(() => toast(page)).toMatch(/Not filled: .*Copy it from the extension/);
        expect(await toast(page)).toMatch(why);
        expect(await field(page).inputValue()).toBe('');
        await page.close();
      });
    }

    for (const [trick, why] of UNSEEN_AFTER_THE_BUTTON) {
      it(`"${trick}": the button stays genuine, but its click is refused: the field is not seen`, async () => {
        const page = await attack(trick);
        await clickButton(page);
        await expect.poll(() => note(page)).toMatch(/Not filled: /);
        expect(await note(page)).toMatch(why);
        expect(await field(page).inputValue()).toBe('');
        await page.close();
      });
    }

    it('"cover-let-through" through the popup: its Fill is refused, and the popup says why', async () => {
      const page = await attack('cover-let-through');
      await looked(page);
      const popup = await t.session.openToolbarPopup(page);
      await popup.getByRole('button', { name: /^Fill code for Clinic/ }).click();
      await expect
        .poll(() => popup.getByRole('alert').innerText())
        .toMatch(/Not filled: something on the page/);
      expect(await field(page).inputValue()).toBe('');
      await popup.close();
      await page.close();
    });

    it('"cover-let-through" through the right-click menu: "Fill two-factor code" is refused, and the page says why', async () => {
      const page = await attack('cover-let-through');
      await looked(page);
      await t.session.chooseFromContextMenu(page, field(page));
      await expect.poll(() => toast(page)).toMatch(/Not filled: something on the page is drawn over/);
      expect(await field(page).inputValue()).toBe('');
      await page.close();
    });

    it('"framed-and-covered": the field shows in its frame, but the page over the frame covers it', async () => {
      const page = await attack('framed-and-covered');
      const frame = page.frameLocator('iframe').locator('input[name=code]');
      await expect.poll(() => t.session.reportedKind(page)).toBe('challenge');
      await t.session.pressFillShortcut(page);
      await expect.poll(() => toast(page)).toMatch(/Not filled: something on the page is drawn over/);
      expect(await frame.inputValue()).toBe('');
      await page.close();
    });
  });

  describe('2. our button restyled or moved by CSS: the disguise does not take', () => {
    for (const trick of Object.keys(BUTTON_ATTACKS)) {
      it(`"${trick}": the button is drawn as ours, where we put it, and the page around it shows; the click fills`, async () => {
        const page = await attack(trick);
        const box = await buttonShown(page);
        const input = (await field(page).boundingBox())!;
        expect(Math.abs(box.x - Math.max(0, Math.round(input.x + input.width - 78)))).toBeLessThanOrEqual(2);
        expect(
          Math.abs(box.y - Math.round(input.y + Math.max(0, (input.height - 22) / 2))),
        ).toBeLessThanOrEqual(2);
        expect(looksLikeOurButton(await page.screenshot({ clip: box }))).toBe(true);
        const label = (await page.getByText('Code', { exact: true }).boundingBox())!;
        expect(showsWords(await page.screenshot({ clip: label }))).toBe(true);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect.poll(() => field(page).inputValue()).toMatch(/^\d{6}$/);
        await page.close();
      });
    }

    const refused: Record<keyof typeof REFUSED_BUTTON_ATTACKS, RegExp> = {
      'out-of-its-layer': /own layer/,
      'popover-on-top': /open on top|not fully visible/,
      'sliding-button': /just appeared or moved/,
    };
    for (const [trick, why] of Object.entries(refused)) {
      it(`"${trick}": refused, and the button says why`, async () => {
        const page = await attack(trick);
        await clickButton(page);
        await expect.poll(() => note(page)).toMatch(/Refused: .*Nothing was filled/);
        expect(await note(page)).toMatch(why);
        expect(await field(page).inputValue()).toBe('');
        await page.close();
      });
    }
  });

  describe('3. a disguise taken off in the page’s own pointerdown', () => {
    for (const trick of Object.keys(PRESS_ATTACKS)) {
      it(`"${trick}": the whole press is checked, so the click is refused`, async () => {
        const page = await attack(trick);
        const box = await buttonShown(page);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
        await page.waitForTimeout(300); // aiming, while the disguise is on
        await page.mouse.down();
        await page.mouse.up();
        await expect.poll(() => note(page)).toMatch(/Refused: .*Nothing was filled/);
        expect(await field(page).inputValue()).toBe('');
        await page.close();
      });
    }
  });

  describe('4. the pointer lied about: the real one hidden or replaced', () => {
    for (const trick of Object.keys(POINTER_ATTACKS)) {
      it(`"${trick}": a click on our button is refused`, async () => {
        const page = await attack(trick);
        const box = await buttonShown(page);
        await page.mouse.move(20, 20);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
        await page.waitForTimeout(200);
        await page.mouse.down();
        await page.mouse.up();
        await expect.poll(() => note(page)).toMatch(/Refused: the page hid or replaced the mouse pointer/);
        expect(await field(page).inputValue()).toBe('');
        await page.close();
      });
    }
  });

  it('a code with under 3 seconds left: the button says the next one is coming, then fills it', async () => {
    const { accounts } = await t.session.ask<{ accounts: { id: string }[] }>('accounts.list', {});
    for (const { id } of accounts) await t.session.ask('accounts.delete', { id });
    // A 5-second code: most of each period is within 3 seconds of its end.
    await addBoundAccount(
      t.session,
      `otpauth://totp/Clinic:desk?secret=${GENERIC_SECRET}&issuer=Clinic&period=5`,
      SITE,
    );
    const page = await t.session.open(`${SITE}/otc`);
    const box = await buttonShown(page);
    // Into the last 2.5 s of a period, as a person might by chance.
    const left = 5000 - (Date.now() % 5000);
    if (left > 2500) await page.waitForTimeout(left - 2200);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => note(page), { interval: 50 }).toMatch(/Filling the next code in [12] s/);
    expect(await field(page).inputValue()).toBe('');
    await expect.poll(() => field(page).inputValue()).toMatch(/^\d{6}$/);
    await page.close();
  });
});
