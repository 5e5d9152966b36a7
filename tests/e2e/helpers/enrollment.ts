import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IQ_USERS, PASSWORD } from '../../fixtures/server/users';
import { shownText } from './text';
import { useBrowser } from '../harness';
import type { RealPopup } from '../harness/real-popup';

/** Steps of enrolling PracticeQ's authenticator from its setup page, shared by the QR tests. */
export function enrollment(t: ReturnType<typeof useBrowser>) {
  let vaultReady = false;

  async function ensureVault(): Promise<void> {
    if (!vaultReady) await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    vaultReady = true;
  }

  /** PracticeQ's "Set Up Two-Factor Authentication" for the not-yet-enrolled person, showing its barcode. */
  let signedIn = false;
  async function setupPage(render: 'img' | 'canvas' | 'svg' | 'url'): Promise<Page> {
    // Signed in once, before the first enrollment; later setups reuse that session (once
    // enrolled, signing in again would ask for the code).
    const page = await t.session.open(
      signedIn ? 'https://intakeq.com/#/dashboard' : 'https://intakeq.com/signin',
    );
    if (!signedIn) {
      await page.getByPlaceholder('Email Address').fill(IQ_USERS.fresh.email);
      await page.getByPlaceholder('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      signedIn = true;
    }
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.fresh.email);
    await page.evaluate((r) => {
      location.hash = `#/account/2fa?render=${r}`;
    }, render);
    await page.getByLabel('Authenticator App').check();
    await page.getByRole('button', { name: 'Set Up Two-Factor Authentication' }).click();
    await expect.poll(() => page.getByText('Then scan this barcode').isVisible()).toBe(true);
    return page;
  }

  /**
   * The toolbar button (the real popup, with activeTab), then "Scan page": the results, or what
   * the person saw instead. No second try here: a capture Chrome refuses for coming too soon
   * after another (two a second) is tried again by the extension itself, as a person would.
   */
  async function scan(page: Page): Promise<RealPopup> {
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByRole('button', { name: 'Scan page' }).click();
    await expect
      .poll(() =>
        popup
          .getByTestId('scan-results')
          .isVisible()
          .catch(() => false),
      )
      .toBe(true)
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nThe popup showed: ${await popup.text().catch(String)}`);
      });
    return popup;
  }

  async function enrollEndToEnd(render: 'img' | 'canvas' | 'svg'): Promise<void> {
    await ensureVault();
    const page = await setupPage(render);
    const popup = await scan(page);
    const finding = popup.getByTestId('finding').first();
    expect(await finding.innerText()).toContain('PracticeQ');
    expect(await finding.innerText()).toContain(IQ_USERS.fresh.email);
    expect(await finding.innerText()).toContain('6-digit codes every 30 seconds');
    expect(await finding.innerText()).toContain('filled on intakeq.com');
    await popup.getByRole('button', { name: 'Add this account' }).click();
    await popup.getByTestId('fill-confirmation').click();
    await expect.poll(() => page.locator('#confirm').inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.getByRole('status'))).toBe('Two-factor authentication is on.');
    await popup.close();
    await page.close();
  }

  return { ensureVault, setupPage, scan, enrollEndToEnd };
}

/** A whole test file: PracticeQ enrollment on a screen of another pixel density. */
export function enrollAtPixelRatio(ratio: number, render: 'img' | 'canvas' | 'svg'): void {
  const t = useBrowser({ args: [`--force-device-scale-factor=${ratio}`] });
  const { enrollEndToEnd } = enrollment(t);
  describe(`enrolling at ${ratio}× device pixel ratio`, () => {
    it(`really runs at ${ratio}×`, async () => {
      const page = await t.session.open('https://sim.test/');
      expect(await page.evaluate(() => devicePixelRatio)).toBe(ratio);
      await page.close();
    });
    it(`scans, adds and confirms PracticeQ setup drawn as ${render}`, () => enrollEndToEnd(render));
  });
}
