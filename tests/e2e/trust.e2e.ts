import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IQ_USERS, PASSWORD, PP_USER } from '../fixtures/server/users';
import { useBrowser } from './harness';
import { signInToTherapyAppointment } from './helpers/portals';

const t = useBrowser();
const TA = 'https://portal.therapyappointment.com/';

const signInTherapyAppointment = (page: Page, remember: boolean, wrongFirst = false) =>
  signInToTherapyAppointment(t.sim, page, remember, wrongFirst);

async function trustRow(portal: string): Promise<string> {
  const options = await t.session.open(t.session.extensionUrl('options.html'));
  await expect.poll(() => options.getByTestId('trust-table').count()).toBe(1);
  const text = await options.locator(`tr[data-portal=${portal}]`).innerText();
  await options.close();
  return text;
}

const notifications = () =>
  t.session.inWorker(async () => Object.keys(await chrome.notifications.getAll()), null);

describe('learning when this browser is remembered', () => {
  it('a fresh profile shows the not-remembered banner on the sign-in page', async () => {
    const page = await t.session.open(TA);
    await expect
      .poll(() => t.session.closedShadowText(page, 'sfc-banner'))
      .toContain(
        'This browser is not remembered by TherapyAppointment. After you sign in, a code will be sent by text to your phone.',
      );
    await page.close();
  });

  it('signing in "just this time", even after a wrong code, learns nothing', async () => {
    const page = await t.session.open(TA);
    await signInTherapyAppointment(page, false, true);
    expect(await trustRow('therapyappointment')).toContain('not learned yet');
    await page.context().clearCookies({ name: 'CFID' });
    await page.close();
  });

  it('completing the challenge with "remember" learns its trust cookie, names and dates only', async () => {
    const page = await t.session.open(TA);
    await signInTherapyAppointment(page, true);
    const row = await trustRow('therapyappointment');
    expect(row).toContain('Remembered until');
    expect(row).toContain('ta_device_auth');
    const stored = JSON.stringify(
      await t.session.inWorker(() => chrome.storage.local.get('portalTrust'), null),
    );
    const value = (await t.session.cookies(TA)).find((c) => c.name === 'ta_device_auth')!.value;
    expect(stored).not.toContain(value);
    await page.close();
  });

  it('the site rewriting its cookie is not a loss', async () => {
    await t.session.inWorker(async (url) => {
      const c = (await chrome.cookies.getAll({ url })).find((x) => x.name === 'ta_device_auth')!;
      await chrome.cookies.set({
        url,
        name: c.name,
        value: c.value,
        path: c.path,
        secure: true,
        httpOnly: true,
        expirationDate: c.expirationDate! + 60,
      });
    }, TA);
    await new Promise((r) => setTimeout(r, 300));
    expect(await notifications()).not.toContain('trust-lost-therapyappointment');
  });

  it('reminds some days before the trust cookie expires (clock moved forward)', async () => {
    const expires =
      (await t.session.cookies(TA)).find((c) => c.name === 'ta_device_auth')!.expirationDate! * 1000;
    const sent = await t.session.inWorker(
      (at) => (globalThis as unknown as { runReminders(n: number): Promise<string[]> }).runReminders(at),
      expires - 3 * 86_400_000,
    );
    expect(sent).toContain('expiring:therapyappointment');
    expect(await notifications()).toContain('trust-expiring-therapyappointment');
    const again = await t.session.inWorker(
      (at) => (globalThis as unknown as { runReminders(n: number): Promise<string[]> }).runReminders(at),
      expires - 2 * 86_400_000,
    );
    expect(again).not.toContain('expiring:therapyappointment');
  });

  it('a cleanup tool deleting the cookie brings a notification, the options entry and the banner', async () => {
    await t.session.inWorker((url) => chrome.cookies.remove({ url, name: 'ta_device_auth' }), TA);
    await expect.poll(notifications).toContain('trust-lost-therapyappointment');
    expect(await trustRow('therapyappointment')).toContain('its cookie was cleared');
    await t.session.context.clearCookies({ name: 'CFID' });
    const page = await t.session.open(TA);
    await expect
      .poll(() => t.session.closedShadowText(page, 'sfc-banner'))
      .toContain('not remembered by TherapyAppointment');
    await page.close();
  });

  it('PracticeQ without "Trust this computer" learns nothing', async () => {
    const page = await t.session.open('https://intakeq.com/signin');
    await page.getByPlaceholder('Email Address').fill(IQ_USERS.sms.email);
    await page.getByPlaceholder('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#code').count()).toBe(1);
    await page.fill('#code', t.sim.state.outbox.at(-1)!.code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect
      .poll(() =>
        page
          .locator('#signed-in-as')
          .innerText()
          .catch(() => ''),
      )
      .toContain(IQ_USERS.sms.email);
    expect(await trustRow('practiceq')).toContain('not learned yet');
    await page.close();
  });

  it('records when a portal password is changed, never the password', async () => {
    const page = await t.session.open('https://app.practicepanther.com/');
    await page.fill('#Email', PP_USER.email);
    await page.fill('#Password', PASSWORD);
    await page.click('button[type=submit]');
    await page.fill('#SecurityCode', t.sim.state.outbox.at(-1)!.code);
    await page.click('#verifyForm button');
    await page.goto('https://app.practicepanther.com/Settings/Security');
    await page.fill('input[name=CurrentPassword]', PASSWORD);
    await page.fill('input[name=NewPassword]', 'a new password 2');
    await page.fill('input[name=ConfirmPassword]', 'a new password 2');
    await page.click('button:text("Submit")');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .innerText()
          .catch(() => ''),
      )
      .toContain('changed');
    const row = await trustRow('practicepanther');
    expect(row).toContain('0 days ago');
    expect(row).toContain('pp_device'); // PracticePanther remembers every browser it sends a code to
    expect(
      JSON.stringify(await t.session.inWorker(() => chrome.storage.local.get(null), null)),
    ).not.toContain('a new password 2');
    await page.close();
  });

  it('reminds when a portal password is due (clock moved forward)', async () => {
    const sent = await t.session.inWorker(
      (at) => (globalThis as unknown as { runReminders(n: number): Promise<string[]> }).runReminders(at),
      Date.now() + 85 * 86_400_000,
    );
    expect(sent).toContain('password:practicepanther');
    expect(await notifications()).toContain('password-due-practicepanther');
  });

  it('PracticeQ with "Trust this computer" learns its cookie; a code asked again with it present unlearns it', async () => {
    await t.session.context.clearCookies({ name: 'iq_session' });
    const page = await t.session.open('https://app.intakeq.com/signin');
    await page.getByPlaceholder('Email Address').fill(IQ_USERS.sms.email);
    await page.getByPlaceholder('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#code').count()).toBe(1);
    await page.fill('#code', t.sim.state.outbox.at(-1)!.code);
    await page.getByLabel('Trust this computer').check();
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect
      .poll(() =>
        page
          .locator('#signed-in-as')
          .innerText()
          .catch(() => ''),
      )
      .toContain(IQ_USERS.sms.email);
    expect(await trustRow('practiceq')).toContain('iq_trusted_computer');

    // The portal forgets the browser on its side (cookie still here) and asks again: wrong guess.
    t.sim.state.trustedDevices.clear();
    await t.session.context.clearCookies({ name: 'iq_session' });
    await page.goto('https://app.intakeq.com/signin');
    await page.getByPlaceholder('Email Address').fill(IQ_USERS.sms.email);
    await page.getByPlaceholder('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#code').count()).toBe(1);
    await expect.poll(() => trustRow('practiceq')).toContain('not learned yet');
    await page.close();
  });
});
