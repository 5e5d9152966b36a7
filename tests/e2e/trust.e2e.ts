import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IQ_USERS, PASSWORD, PP_USER } from '../fixtures/server/users';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import { practiceQChallenge, signInToTherapyAppointment } from './helpers/portals';

const t = useBrowser();
const TA = 'https://portal.therapyappointment.com/';

const signInTherapyAppointment = (page: Page, remember: boolean, wrongFirst = false) =>
  signInToTherapyAppointment(t.sim, page, remember, wrongFirst, t.session);

/** The extension saw the code step give way to the app (it drops its snapshot of cookies then). */
const challengeDone = (page: Page) =>
  expect.poll(() => t.session.tabItem(page, 'challengeSnapshot')).toBeNull();

async function trustRow(portal: string): Promise<string> {
  const options = await t.session.open(t.session.extensionUrl('options.html'));
  await expect.poll(() => options.getByTestId('trust-table').count()).toBe(1);
  const text = await options.locator(`tr[data-portal=${portal}]`).innerText();
  await options.close();
  return text;
}

/**
 * The daily check, now: the browser fires the extension's own alarm (kept daily afterwards).
 * A real browser's clock cannot be moved, so this and movePortalTrust stand in for waiting.
 */
async function runDailyCheck(): Promise<void> {
  await t.session.inWorker(
    () => chrome.alarms.create('trust-check', { when: Date.now(), periodInMinutes: 24 * 60 }),
    null,
  );
}

/**
 * Months passing, as the extension would see them: a learned cookie's expiry moved to `days`
 * from now, or the last password change moved `days` back. The only stored state tests write.
 */
async function movePortalTrust(portal: string, what: 'expiry' | 'password', days: number): Promise<void> {
  await t.session.inWorker(
    async ([id, kind, n]) => {
      const { portalTrust } = (await chrome.storage.local.get('portalTrust')) as {
        portalTrust: Record<string, { cookies: { expiresAt: number }[]; passwordChangedAt?: number }>;
      };
      const trust = portalTrust[id]!;
      if (kind === 'expiry') trust.cookies.forEach((c) => (c.expiresAt = Date.now() / 1000 + n * 86_400));
      else trust.passwordChangedAt = Date.now() - n * 86_400_000;
      await chrome.storage.local.set({ portalTrust });
    },
    [portal, what, days] as const,
  );
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
    await challengeDone(page);
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

  it('the site renewing its cookie is not a loss: the learned expiry moves with it', async () => {
    const learnedExpiry = async () =>
      (
        (await t.session.inWorker(() => chrome.storage.local.get('portalTrust'), null)) as {
          portalTrust: Record<string, { cookies: { expiresAt: number }[] }>;
        }
      ).portalTrust.therapyappointment!.cookies[0]!.expiresAt;
    const renewedTo = await t.session.inWorker(async (url) => {
      const c = (await chrome.cookies.getAll({ url })).find((x) => x.name === 'ta_device_auth')!;
      const expirationDate = Math.floor(c.expirationDate!) + 86_400;
      await chrome.cookies.set({
        url,
        name: c.name,
        value: c.value,
        path: c.path,
        secure: true,
        httpOnly: true,
        expirationDate,
      });
      return expirationDate;
    }, TA);
    await expect.poll(learnedExpiry).toBe(renewedTo); // the extension saw the rewrite
    expect(await notifications()).not.toContain('trust-lost-therapyappointment');
    expect(await t.session.inWorker(() => chrome.action.getBadgeText({}), null)).toBe('');
  });

  it('reminds some days before the trust cookie expires (the learned expiry moved close)', async () => {
    await movePortalTrust('therapyappointment', 'expiry', 3);
    await runDailyCheck();
    await expect.poll(notifications).toContain('trust-expiring-therapyappointment');
  });

  it('a cleanup tool deleting the cookie brings a notification, the options entry and the banner', async () => {
    await t.session.inWorker((url) => chrome.cookies.remove({ url, name: 'ta_device_auth' }), TA);
    await expect.poll(notifications).toContain('trust-lost-therapyappointment');
    expect(await t.session.inWorker(() => chrome.action.getBadgeText({}), null)).toBe('!'); // the toolbar's mark
    expect(await trustRow('therapyappointment')).toContain('its cookie was cleared');
    await t.session.context.clearCookies({ name: 'CFID' });
    const page = await t.session.open(TA);
    await expect
      .poll(() => t.session.closedShadowText(page, 'sfc-banner'))
      .toContain('not remembered by TherapyAppointment');
    await page.close();
  });

  it('PracticeQ without "Trust this computer" learns nothing', async () => {
    const page = await practiceQChallenge(t.session, 'intakeq.com', IQ_USERS.sms.email);
    await expect.poll(() => t.session.tabItem(page, 'challengeSnapshot')).not.toBeNull(); // seen
    await page.fill('#code', t.sim.state.outbox.at(-1)!.code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.sms.email);
    await challengeDone(page);
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
    await expect.poll(shownText(page.getByRole('status'))).toContain('changed');
    const row = await trustRow('practicepanther');
    expect(row).toContain('today');
    expect(row).toContain('pp_device'); // PracticePanther remembers every browser it sends a code to
    expect(
      JSON.stringify(await t.session.inWorker(() => chrome.storage.local.get(null), null)),
    ).not.toContain('a new password 2');
    await page.close();
  });

  it('reminds when a portal password is due, and reminds of an expiry only once', async () => {
    await t.session.inWorker(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    }, null);
    await movePortalTrust('practicepanther', 'password', 85);
    await runDailyCheck();
    await expect.poll(notifications).toContain('password-due-practicepanther'); // the check ran
    expect(await notifications()).not.toContain('trust-expiring-therapyappointment'); // already reminded
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
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.sms.email);
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
