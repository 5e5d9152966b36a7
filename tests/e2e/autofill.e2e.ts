import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_SECRET, IQ_USERS, PASSWORD, PP_USER } from '../fixtures/server/users';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import { addBoundAccount, practiceQChallenge } from './helpers/portals';

const t = useBrowser();

/** Toolbar click (activeTab), then the shortcut, then the page's result after submitting. */
async function shortcutFillAndSubmit(page: Page): Promise<string> {
  await t.session.pressFillShortcut(page);
  // What a person waits for before pressing Verify: the code in the field (or the boxes).
  const typed = () =>
    page
      .locator('form input:not([type=hidden])')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value).join(''));
  await expect.poll(typed).toMatch(/^\d{6}$/);
  await page.getByRole('button', { name: 'Verify' }).click();
  return page.locator('#result').innerText();
}

beforeAll(async () => {
  await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
  await addBoundAccount(
    t.session,
    `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
    'https://intakeq.com',
  );
  await addBoundAccount(
    t.session,
    `otpauth://totp/Clinic:me?secret=${GENERIC_SECRET}&issuer=Clinic`,
    'https://www.clinic-example.test',
  );
});

describe('badge on code steps', () => {
  it("leaves the badge empty on each portal's sign-in page, once it has looked (its banner shows)", async () => {
    for (const url of [
      'https://app.practicepanther.com/',
      'https://intakeq.com/signin',
      'https://portal.therapyappointment.com/',
    ]) {
      const page = await t.session.open(url);
      await expect
        .poll(() => t.session.closedShadowText(page, 'sfc-banner').catch(() => ''))
        .toContain('is not remembered by');
      expect(await t.session.badgeText(page), url).toBe('');
      await page.close();
    }
  });

  it('marks each portal challenge, and nothing on sign-in pages', async () => {
    const pp = await t.session.open('https://app.practicepanther.com/');
    await expect.poll(() => t.session.badgeText(pp)).toBe('');
    await pp.fill('#Email', PP_USER.email);
    await pp.fill('#Password', PASSWORD);
    await pp.click('button[type=submit]');
    await expect.poll(() => t.session.badgeText(pp)).toBe('✉');

    const iq = await practiceQChallenge(t.session); // a hash-route change in a single-page app
    await expect.poll(() => t.session.badgeText(iq)).toBe('1');
    const popup = await t.session.openToolbarPopup(iq);
    await expect
      .poll(() => popup.getByTestId('site-summary').innerText())
      .toContain('PracticeQ (IntakeQ) is asking for a code');
    for (const p of [pp, iq, popup]) await p.close();
  });

  it('a portal code step with no account here still has a mark, and the popup says what to do', async () => {
    // app.intakeq.com: PracticeQ, but the vault's account is bound to intakeq.com only.
    const app = await practiceQChallenge(t.session, 'app.intakeq.com'); // its page: "authenticator app"
    await expect.poll(() => t.session.badgeText(app)).toBe('+');
    const popup = await t.session.openToolbarPopup(app);
    await expect.poll(shownText(popup.getByTestId('add-account-hint'))).toContain('choose Scan page');
    await expect.poll(shownText(popup.getByTestId('paste-code'))).toContain('Code from a text message');
    await popup.close();
    await app.close();

    // The same portal texting its code: the page says so, and the mark is the phone's.
    const sms = await practiceQChallenge(t.session, 'app.intakeq.com', IQ_USERS.sms.email);
    await expect.poll(() => t.session.badgeText(sms)).toBe('☎');
    await sms.close();
  });

  it('gives a look-alike host no badge', async () => {
    const fake = await t.session.open('https://app.intakeq.com.secure-login.test/signin');
    // The extension looks when the toolbar button is clicked there: not a portal, no mark.
    const popup = await t.session.openToolbarPopup(fake);
    await expect
      .poll(shownText(popup.getByTestId('site-summary')))
      .toContain('not one of your practice portals');
    expect(await t.session.badgeText(fake)).toBe('');
    await popup.close();
    await fake.close();
  });
});

describe('filling', () => {
  it("the popup's Fill puts a code PracticeQ accepts into its AngularJS form", async () => {
    const page = await practiceQChallenge(t.session);
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByRole('button', { name: /^Fill code for PracticeQ/ }).click();
    await expect.poll(shownText(popup.getByTestId('notice'))).toContain('Code filled');
    await page.bringToFront();
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.app.email);
    // The partner iframe on the same page (another site) got nothing.
    const adValue = await page.frameLocator('iframe[title="Partner offer"]').locator('#ad-otp').inputValue();
    expect(adValue).toBe('');
    await page.close();
    await popup.close();
  });

  it('the shortcut fills a one-time-code field, split boxes and a React-style input', async () => {
    for (const path of ['/otc', '/split', '/react']) {
      const page = await t.session.open(`https://www.clinic-example.test${path}`);
      expect(await shortcutFillAndSubmit(page), path).toBe('Code accepted');
      await page.close();
    }
  });

  it('the context menu on the field fills the code too (a real right-click, the item chosen by keyboard)', async () => {
    const page = await practiceQChallenge(t.session);
    await t.session.chooseFromContextMenu(page, page.locator('#code'));
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    await page.close();
  });

  it('a look-alike host gets no code even when the shortcut is pressed, and the popup says why', async () => {
    const fake = await t.session.open('https://app.intakeq.com.secure-login.test/signin');
    await t.session.pressFillShortcut(fake); // the shortcut grants activeTab itself
    const popup = await t.session.openToolbarPopup(fake);
    await expect.poll(shownText(popup.getByTestId('refusal'))).toContain('is not PracticeQ');
    expect(await fake.locator('#code').inputValue()).toBe(''); // after the refusal: the extension looked
    expect(await t.session.badgeText(fake)).toBe('');
    await fake.close();
    await popup.close();
  });

  it('a code field in a frame from another site gets nothing', async () => {
    const page = await t.session.open('https://www.clinic-example.test/ad-frame');
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    // The other site's frame is out of the extension's reach: the fill finds no field it may use.
    const popup = await t.session.openToolbarPopup(page);
    await expect.poll(shownText(popup.getByTestId('refusal'))).toContain('No code field was found');
    expect(await page.frameLocator('iframe').locator('#ad-otp').inputValue()).toBe('');
    await popup.close();
    await page.close();
  });

  it('a code step the detector misses: the field right-clicked, or the one clicked into, is filled on request', async () => {
    const page = await t.session.open('https://www.clinic-example.test/missed');
    const field = page.locator('#missed');
    await t.session.chooseFromContextMenu(page, field);
    await expect.poll(() => field.inputValue()).toMatch(/^\d{6}$/);
    expect(await t.session.badgeText(page)).toBe(''); // it was not detected: the person pointed at it
    await page.reload();
    await field.click();
    await t.session.pressFillShortcut(page);
    await expect.poll(() => field.inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#result'))).toBe('Code accepted');
    await page.close();
  });

  it('nothing is filled on page load, even with a matching account and the helper on the page', async () => {
    const page = await practiceQChallenge(t.session);
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    // The last thing the helper does for a code step: offer its button (after the background answered).
    await expect.poll(() => page.locator('sfc-fill-button').count()).toBe(1);
    expect(await page.locator('#code').inputValue()).toBe('');
    await page.close();
  });
});
