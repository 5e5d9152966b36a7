import type { BoundingBox, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUTTON_ATTACKS,
  FIELD_ATTACKS,
  POINTER_ATTACKS,
  PRESS_ATTACKS,
  REFUSED_BUTTON_ATTACKS,
} from '../fixtures/server/portals/attacks';
import { startSimulator, type Simulator } from '../fixtures/server/index';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { FirefoxSession } from './harness/firefox';
import { looksLikeOurButton } from './helpers/pixels';

// The same attack pages as clickjacking.e2e.ts, in Firefox ESR, with real (trusted) mouse
// clicks and the real shortcut. Firefox has no IntersectionObserver v2: what Chrome's
// visibility verdict adds there, the whole-press watch and the pinned styles must do alone.

const SITE = 'https://www.clinic-example.test';
const REACTION_MS = 700;
let sim: Simulator;
let ff: FirefoxSession;

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('The Firefox run needs root (port 443), as CI has.');
  sim = await startSimulator(443);
  ff = await FirefoxSession.launch();
  await ff.ask('vault.create', { passphrase: 'staple battery horse' });
  const { id } = await ff.ask<{ id: string }>('accounts.add', {
    uri: `otpauth://totp/Clinic:desk?secret=${GENERIC_SECRET}&issuer=Clinic`,
  });
  // Binding a site asks the browser for it, on a click, as Settings does; the profile says yes.
  const settings = await ff.openExtensionPage('options.html');
  await settings.evaluate((origin) => {
    const ask = document.createElement('button');
    ask.id = 'ask-for-site';
    ask.textContent = 'Allow';
    const { browser } = globalThis as unknown as { browser: typeof chrome };
    ask.onclick = () => void browser.permissions.request({ origins: [`${origin}/*`] });
    document.body.prepend(ask);
  }, SITE);
  await settings.click('#ask-for-site');
  await ff.ask('accounts.update', { id, bindings: [{ kind: 'origin', origin: SITE }] });
  await settings.close();
}, 60_000);

afterAll(async () => {
  await ff?.close();
  await sim?.close();
});

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 10_000;
  let value: T | undefined;
  while (Date.now() < end) {
    value = await read().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited 10 s for ${what}; last seen: ${String(value)}`);
}

const value = (page: Page) => page.$eval('input[name=code]', (el) => (el as HTMLInputElement).value);
const shadowText = async (page: Page, tag: string) => ff.closedShadowText(await ff.tabIdOf(page), tag);

async function buttonShown(page: Page): Promise<BoundingBox> {
  const box = await until(
    'our Fill code button',
    async () => (await page.$('sfc-fill-button'))?.boundingBox() ?? null,
    (b) => b !== null,
  );
  await new Promise((r) => setTimeout(r, REACTION_MS));
  return box!;
}

async function press(page: Page, box: BoundingBox, from?: { x: number; y: number }) {
  if (from) await page.mouse.move(from.x, from.y);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await new Promise((r) => setTimeout(r, 300));
  await page.mouse.down();
  await page.mouse.up();
}

/** The page was taken for a code step (the badge: one account fits). */
const looked = (page: Page) =>
  until(
    'the badge',
    () => ff.badgeText(page),
    (t) => t === '1',
  );

describe('Firefox: a code only for what the person can see', () => {
  it('a plain code page: the click fills', async () => {
    const page = await ff.open(`${SITE}/otc`);
    await press(page, await buttonShown(page));
    await until(
      'a code in the field',
      () => value(page),
      (v) => /^\d{6}$/.test(v),
    );
    await page.close();
  });

  const fromTheStart = Object.keys(FIELD_ATTACKS).filter((trick) => !trick.endsWith('-after-button'));
  for (const trick of fromTheStart) {
    it(`1. "${trick}": no button, and the shortcut is refused`, async () => {
      const page = await ff.open(`${SITE}/attack/${trick}`);
      await looked(page);
      await new Promise((r) => setTimeout(r, REACTION_MS));
      expect(await page.$('sfc-fill-button')).toBeNull();
      await ff.pressKeys(page, 'alt+shift+o');
      await until(
        'the refusal',
        () => shadowText(page, 'sfc-note'),
        (t) => t.includes('Not filled: '),
      );
      expect(await value(page)).toBe('');
      await page.close();
    });
  }

  for (const trick of Object.keys(FIELD_ATTACKS).filter((trick) => trick.endsWith('-after-button'))) {
    it(`1. "${trick}": the click is refused, the field is not seen`, async () => {
      const page = await ff.open(`${SITE}/attack/${trick}`);
      await press(page, await buttonShown(page));
      await until(
        'the refusal',
        () => shadowText(page, 'sfc-fill-button'),
        (t) => t.includes('Not filled: '),
      );
      expect(await value(page)).toBe('');
      await page.close();
    });
  }

  for (const trick of Object.keys(BUTTON_ATTACKS)) {
    it(`2. "${trick}": the disguise does not take, the button stays where we put it, the click fills`, async () => {
      const page = await ff.open(`${SITE}/attack/${trick}`);
      const box = await buttonShown(page);
      const input = (await (await page.$('input[name=code]'))!.boundingBox())!;
      expect(Math.abs(box.x - Math.max(0, Math.round(input.x + input.width - 78)))).toBeLessThanOrEqual(2);
      expect(looksLikeOurButton(await page.screenshot({ clip: box }))).toBe(true);
      await press(page, box);
      await until(
        'a code in the field',
        () => value(page),
        (v) => /^\d{6}$/.test(v),
      );
      await page.close();
    });
  }

  const refusals = { ...REFUSED_BUTTON_ATTACKS, ...PRESS_ATTACKS, ...POINTER_ATTACKS };
  for (const trick of Object.keys(refusals)) {
    it(`2–4. "${trick}": the click is refused, and the button says why`, async () => {
      const page = await ff.open(`${SITE}/attack/${trick}`);
      const box = await buttonShown(page);
      await press(page, box, { x: 20, y: 20 });
      await until(
        'the refusal',
        () => shadowText(page, 'sfc-fill-button'),
        (t) => t.includes('Refused: '),
      );
      expect(await value(page)).toBe('');
      await page.close();
    });
  }
});
