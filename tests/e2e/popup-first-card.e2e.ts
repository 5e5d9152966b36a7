import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { IQ_USERS } from '../fixtures/server/users';
import { useBrowser } from './harness';
import type { RealPopup } from './harness/real-popup';
import { enrollment } from './helpers/enrollment';
import { addBoundAccount, practiceQChallenge } from './helpers/portals';
import { shownText } from './helpers/text';

// The popup puts the one thing to do on this tab first, with its primary button holding the
// keyboard: Enter does it, Down reaches the next choice. Driven with real keys in the real popup.
const t = useBrowser();
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const OTHER_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const codesNow = (secret: string) => {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  const now = Date.now();
  return [totp.generate({ timestamp: now }), totp.generate({ timestamp: now - 30_000 })];
};

/** What has the keyboard in the popup, by the name a screen reader says. */
const focused = (popup: RealPopup) => () =>
  popup.evaluate<string>(
    '((el) => el?.getAttribute("aria-label") ?? el?.innerText ?? "")(document.activeElement).replace(/\\s+/g, " ").trim()',
  );

/** The popup fits the browser's 600 px without scrolling, and shows no file field of its own. */
async function layout(popup: RealPopup) {
  return popup.evaluate<{ height: number; scrolls: boolean; fileFields: number }>(`({
    height: innerHeight,
    scrolls: document.documentElement.scrollHeight > innerHeight,
    fileFields: [...document.querySelectorAll('input[type=file]')].filter((f) => f.getClientRects().length).length,
  })`);
}

describe('the popup’s first card', () => {
  it('a code step with two accounts for it and 40 others: the Fill of the one whose name was typed at sign-in has the keyboard, Down the other, Enter fills it; nothing scrolls', async () => {
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    // The front desk's account first in the vault's order; the one signing in is the app user.
    await addBoundAccount(
      t.session,
      `otpauth://totp/PracticeQ:front@practice.test?secret=${OTHER_SECRET}&issuer=PracticeQ`,
      'https://intakeq.com',
    );
    await addBoundAccount(
      t.session,
      `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
      'https://intakeq.com',
    );
    for (let i = 0; i < 40; i++)
      await t.session.ask('accounts.add', {
        uri: `otpauth://totp/Service%20${i}:staff${i}?secret=JBSWY3DPEHPK3P${B32[i >> 5]}${B32[i % 32]}&issuer=Service%20${i}`,
      });
    const page = await practiceQChallenge(t.session);
    const popup = await t.session.openToolbarPopup(page);
    const card = popup.getByTestId('first-card');
    await expect.poll(() => card.getByTestId('code-row').count()).toBe(2);
    await expect.poll(focused(popup)).toBe(`Fill code for PracticeQ ${IQ_USERS.app.email}`);
    expect(await layout(popup)).toEqual({ height: expect.any(Number), scrolls: false, fileFields: 0 });
    expect((await layout(popup)).height).toBeLessThanOrEqual(600);
    // The rest are below, in their own scrolling list: 40 of them, none of the card's twice (a
    // screenful first, the others a moment later).
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(42);

    await t.session.pressKeysHere('Down');
    await expect.poll(focused(popup)).toBe('Fill code for PracticeQ front@practice.test');
    await t.session.pressKeysHere('Return');
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    expect(codesNow(OTHER_SECRET)).toContain(await page.locator('#code').inputValue());
    await popup.close();
    await page.close();
  });

  it('a setup page from the keyboard alone: Enter scans, Enter adds, Enter fills the confirmation code', async () => {
    const { setupPage } = enrollment(t);
    const page = await setupPage('img');
    const popup = await t.session.openToolbarPopup(page);
    await expect.poll(focused(popup)).toBe('Scan this page');
    expect((await layout(popup)).scrolls).toBe(false);
    await t.session.pressKeysHere('Return');
    await expect.poll(shownText(popup.getByTestId('finding'))).toContain(IQ_USERS.fresh.email);
    await expect.poll(focused(popup)).toBe('Add this account');
    await t.session.pressKeysHere('Return');
    await expect.poll(focused(popup)).toBe('Fill confirmation code');
    await t.session.pressKeysHere('Return');
    await expect.poll(() => page.locator('#confirm').inputValue()).toMatch(/^\d{6}$/);
    expect((await layout(popup)).scrolls).toBe(false);
    await popup.close();
    await page.close();
  });

  it('a page with nothing to do: the search has the keyboard, and the list is the card', async () => {
    const page = await t.session.open('https://sim.test/');
    const popup = await t.session.openToolbarPopup(page);
    await expect.poll(focused(popup)).toBe('Search accounts');
    expect(await popup.getByTestId('first-card').count()).toBe(0);
    expect((await layout(popup)).scrolls).toBe(false);
    // The popup draws a screenful first; what is typed at once still searches all 42.
    await t.session.typeHere('staff39');
    await expect.poll(shownText(popup.getByTestId('code-row'))).toContain('Service 39');
    expect(await popup.getByTestId('code-row').count()).toBe(1);
    // The scan menu closes when the person clicks elsewhere (here on an account, to copy its code).
    await popup.getByRole('button', { name: 'More ways to scan' }).click();
    await expect.poll(() => popup.getByRole('menu').count()).toBe(1);
    await popup.clickAt('document.querySelector("[data-testid=code-row] .names")');
    await expect.poll(() => popup.getByRole('menu').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
