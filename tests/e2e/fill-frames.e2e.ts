import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { useBrowser } from './harness';
import { addBoundAccount } from './helpers/portals';

// Frames that must never receive a code, on sites the extension DOES run on (the person allowed
// both): the browser lets the helper in, so only the background's own checks stand in the way.
const SITE = 'https://www.clinic-example.test';
const ADS = 'https://ads.example-cdn.test';
const t = useBrowser({ grantHosts: [`${SITE}/*`, `${ADS}/*`] });

async function refusalShownFor(page: Page): Promise<string> {
  const popup = await t.session.openToolbarPopup(page);
  let text = '';
  await expect
    .poll(
      async () =>
        (text = await popup
          .getByTestId('refusal')
          .innerText()
          .catch(() => '')),
    )
    .not.toBe('');
  await popup.close();
  return text;
}

describe('frames that get no code, even on allowed sites', () => {
  it('setup: accounts bound to the site and to the ad host', async () => {
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    const uri = (name: string, secret: string) =>
      `otpauth://totp/Clinic:${name}?secret=${secret}&issuer=Clinic`;
    await addBoundAccount(t.session, uri('front-desk', GENERIC_SECRET), SITE);
    // Another account (its own secret), so the ad host has a code of its own to ask for.
    await addBoundAccount(t.session, uri('ads', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'), ADS);
    const listed = await t.session.ask<{ accounts: unknown[] }>('accounts.list', {});
    expect(listed.accounts).toHaveLength(2);
  });

  it('a cross-origin frame on a host the extension has permission for gets nothing', async () => {
    const page = await t.session.open(`${SITE}/ad-frame`);
    const ad = page.frameLocator('iframe').locator('#ad-otp');
    await ad.waitFor();
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    expect(await refusalShownFor(page)).toContain('inside a frame from another site');
    expect(await ad.inputValue()).toBe('');
    await page.close();
  });

  it('a sandboxed frame of the bound site itself gets nothing', async () => {
    const page = await t.session.open(`${SITE}/sandboxed`);
    const field = page.frameLocator('iframe').locator('input[name=code]');
    await field.waitFor();
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    expect(await refusalShownFor(page)).toContain('sandboxed');
    expect(await field.inputValue()).toBe('');
    await page.close();
  });

  it('a page that leaves for another allowed site while the shortcut is being handled: the next site gets nothing', async () => {
    // The page starts leaving on the shortcut's first key, so the code is asked for by the next
    // site's document, on a site with an account of its own. The person asked on the first site.
    const page = await t.session.open(`${SITE}/attack/redirect-on-shortcut`);
    await expect.poll(() => t.session.badgeText(page)).toBe('1'); // the helper has seen the field
    await t.session.pressFillShortcut(page);
    await page.waitForURL(`${ADS}/landing`);
    const field = page.locator('#ad-otp');
    await field.waitFor();
    expect(await refusalShownFor(page)).toContain('The page changed before the code could be filled');
    expect(await field.inputValue()).toBe('');
    await page.close();
  });

  it('the same code page, not sandboxed, is filled (the checks above are not refusing everything)', async () => {
    const page = await t.session.open(`${SITE}/iframe`);
    const field = page.frameLocator('iframe').locator('input[name=code]');
    await field.waitFor();
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    await expect.poll(() => field.inputValue()).toMatch(/^\d{6}$/);
    await page.close();
  });
});
