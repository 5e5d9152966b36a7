import { describe, expect, it } from 'vitest';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { NEGATIVE_PAGES } from '../fixtures/server/portals/generic-negatives';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';

// www.clinic-example.test stands for a Clio or MyCase: not a portal the manifest knows, so the
// page helper runs there only once an account is bound to it and the person allows the site.
const SITE = 'https://www.clinic-example.test';
const t = useBrowser({ grantHosts: [`${SITE}/*`] });

describe('binding an account to a new site', () => {
  it('asks for the site and registers the page helper there', async () => {
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByLabel('Passphrase', { exact: true }).fill('staple battery horse');
    await options.getByLabel('Type it again').fill('staple battery horse');
    await options.getByRole('button', { name: 'Create vault' }).click();
    await options
      .getByLabel(/or paste setup links/)
      .fill(`otpauth://totp/Clinic:me?secret=${GENERIC_SECRET}&issuer=Clinic`);
    await options.getByRole('button', { name: 'Preview' }).click();
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    const editor = options.getByTestId('account-editor').first();
    await editor.locator('button[aria-expanded]').click(); // the account's line opens its view
    await editor.getByLabel(/Fill codes on these sites/).fill('www.clinic-example.test');
    await editor.getByRole('button', { name: 'Save sites' }).click();
    await expect.poll(shownText(options.getByTestId('message-accounts'))).toBe('Sites saved.');
    await expect
      .poll(() =>
        t.session.inWorker(
          async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
          null,
        ),
      )
      .toEqual([`${SITE}/*`]);
    await options.close();
  });
});

describe('a site an account is bound to', () => {
  for (const path of ['/otc', '/split', '/react', '/iframe']) {
    it(`badges the code step at ${path} without being asked`, async () => {
      const page = await t.session.open(`${SITE}${path}`);
      await expect.poll(() => t.session.badgeText(page)).toBe('1');
      await page.close();
    });
  }

  for (const path of Object.keys(NEGATIVE_PAGES)) {
    it(`leaves the badge empty on ${path}`, async () => {
      const page = await t.session.open(`${SITE}${path}`);
      // The helper has looked and told the background what the page is: not a code step.
      await expect.poll(() => t.session.reportedKind(page)).not.toBeNull();
      expect(await t.session.reportedKind(page)).not.toBe('challenge');
      expect(await t.session.badgeText(page)).toBe('');
      await page.close();
    });
  }

  it('fills a challenge inside a same-origin frame', async () => {
    const page = await t.session.open(`${SITE}/iframe`);
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('input[name=code]').inputValue()).toMatch(/^\d{6}$/);
    await frame.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(frame.locator('#result'))).toBe('Code accepted');
    await page.close();
  });

  it('stops running there when the account is removed', async () => {
    const [account] = (await t.session.ask<{ accounts: { id: string }[] }>('accounts.list', {})).accounts;
    await t.session.ask('accounts.delete', { id: account!.id });
    await expect
      .poll(() =>
        t.session.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).length, null),
      )
      .toBe(0);
  });

  it('an account added in the popup on that site, to fill its codes there, brings the helper back at once', async () => {
    const page = await t.session.open(`${SITE}/`);
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup
      .getByLabel('Setup link (otpauth://…)')
      .fill(`otpauth://totp/Clinic:me?secret=${GENERIC_SECRET}&issuer=Clinic`);
    expect(await popup.getByLabel('Fill its codes on www.clinic-example.test').isChecked()).toBe(true);
    await popup.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(shownText(popup.getByTestId('notice'))).toBe('Account added.');
    await popup.close();
    await page.close();
    // Without a visit to Settings or a restart: the next code step there is badged unasked.
    const step = await t.session.open(`${SITE}/otc`);
    await expect.poll(() => t.session.badgeText(step)).toBe('1');
    await step.close();
  });
});
