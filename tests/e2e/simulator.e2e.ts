import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IQ_USERS, PASSWORD, PP_USER, TA_USERS } from '../fixtures/server/users';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';

// The simulator itself must behave like the portals, or every later test proves nothing.
// These sign in by hand, reading codes where a person would: the inbox and the phone.
const t = useBrowser();

async function latestCode(page: Page, where: 'inbox' | 'phone'): Promise<string> {
  await page.goto(`https://sim.test/${where}`);
  return page.locator('.message .code').first().innerText();
}

describe('the practice portal simulator', () => {
  it('PracticePanther: email code on a new browser, rejected when wrong, reused or expired, then remembered', async () => {
    const page = await t.session.open('https://app.practicepanther.com/');
    const signIn = async () => {
      await page.goto('https://app.practicepanther.com/');
      await page.fill('#Email', PP_USER.email);
      await page.fill('#Password', PASSWORD);
      await page.click('button[type=submit]');
    };
    await signIn();
    await expect.poll(() => page.locator('h1').innerText()).toBe("Verify it's you");
    await page.fill('#SecurityCode', '000000');
    await page.click('#verifyForm button');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('invalid');

    const mail = await t.session.open('https://sim.test/inbox');
    // An expired code is refused with its own message.
    const old = await latestCode(mail, 'inbox');
    t.sim.state.advanceClock(11 * 60_000);
    await page.fill('#SecurityCode', old);
    await page.click('#verifyForm button');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('expired');

    const sentBefore = t.sim.state.outbox.length;
    await page.click('button:text("Resend code")');
    await expect.poll(() => t.sim.state.outbox.length).toBe(sentBefore + 1);
    const code = await latestCode(mail, 'inbox');
    expect(code).not.toBe(old);
    await page.fill('#SecurityCode', code);
    await page.click('#verifyForm button');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');
    const device = (await t.session.cookies('https://app.practicepanther.com/')).find(
      (c) => c.name === 'pp_device',
    );
    expect(device?.expirationDate).toBeGreaterThan(Date.now() / 1000 + 300 * 86_400);

    // Remembered: the next sign-in goes straight through.
    await page.context().clearCookies({ name: 'pp_session' });
    await signIn();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');

    // Forgotten again (cookies cleared): a new code is asked for, and the used one is refused.
    await page.context().clearCookies({ name: 'pp_session' });
    await page.context().clearCookies({ name: 'pp_device' });
    await signIn();
    await expect.poll(() => page.locator('h1').innerText()).toBe("Verify it's you");
    await page.fill('#SecurityCode', code);
    await page.click('#verifyForm button');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('invalid');
    await page.close();
    await mail.close();
  });

  it('PracticeQ: authenticator code with a ±1 step window, no reuse, trust cookie only when ticked', async () => {
    const page = await t.session.open('https://intakeq.com/signin');
    await page.getByPlaceholder('Email Address').fill(IQ_USERS.app.email);
    await page.getByPlaceholder('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.url()).toContain('#/verify');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Two-Factor Authentication');

    const totp = new TOTP({ secret: IQ_USERS.app.secret! });
    // A code two periods old is outside the window.
    await page.fill('#code', totp.generate({ timestamp: Date.now() - 65_000 }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('incorrect');

    const code = totp.generate();
    await page.fill('#code', code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.app.email);

    // Signing in again with the same code is refused: a TOTP code counts once.
    await page.goto('https://intakeq.com/signin');
    await page.getByPlaceholder('Email Address').fill(IQ_USERS.app.email);
    await page.getByPlaceholder('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Two-Factor Authentication');
    await page.fill('#code', code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('incorrect');
    const cookies = await t.session.cookies('https://intakeq.com/');
    expect(cookies.map((c) => c.name)).not.toContain('iq_trusted_computer');
    await page.close();
  });

  it('PracticeQ: SMS code arrives on the phone page; "Trust this computer" sets a cookie', async () => {
    const page = await t.session.open('https://app.intakeq.com/signin');
    await page.getByPlaceholder('Email Address').fill(IQ_USERS.sms.email);
    await page.getByPlaceholder('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Two-Factor Authentication');
    const phone = await t.session.open('https://sim.test/phone');
    const code = await latestCode(phone, 'phone');
    await page.fill('#code', code);
    await page.getByLabel('Trust this computer').check();
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.sms.email);
    const names = (await t.session.cookies('https://app.intakeq.com/')).map((c) => c.name);
    expect(names).toContain('iq_trusted_computer');
    await page.close();
    await phone.close();
  });

  it('TherapyAppointment: 8-digit code by text, "remember this computer" for a year', async () => {
    const page = await t.session.open('https://portal.therapyappointment.com/');
    await page.fill('#user_username', TA_USERS.staff.username);
    await page.fill('#user_password', PASSWORD);
    await page.click('button:text("Sign In")');
    await expect.poll(() => page.locator('h1').innerText()).toBe("We don't recognize this computer");
    const sentBefore = t.sim.state.outbox.length;
    await page.click('text=Send Code');
    await expect.poll(() => t.sim.state.outbox.length).toBe(sentBefore + 1);
    const phone = await t.session.open('https://sim.test/phone');
    const code = await latestCode(phone, 'phone');
    expect(code).toMatch(/^\d{8}$/);
    await page.fill('#verification_code', code);
    await page.getByLabel('Remember this computer for up to a year').check();
    await page.click('button:text("Verify")');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');
    const device = (await t.session.cookies('https://portal.therapyappointment.com/')).find(
      (c) => c.name === 'ta_device_auth',
    );
    expect(device?.expirationDate).toBeGreaterThan(Date.now() / 1000 + 360 * 86_400);
    await page.close();
    await phone.close();
  });

  it('TherapyAppointment: an expired code and an already used one are refused', async () => {
    const page = await t.session.open('https://portal.therapyappointment.com/');
    await page.context().clearCookies({ name: 'ta_device_auth' }); // remembered by the test above
    await page.context().clearCookies({ name: 'CFID' });
    const signIn = async () => {
      await page.goto('https://portal.therapyappointment.com/');
      await page.fill('#user_username', TA_USERS.staff.username);
      await page.fill('#user_password', PASSWORD);
      await page.click('button:text("Sign In")');
      await page.click('text=Send Code');
      await expect.poll(() => page.locator('#verification_code').count()).toBe(1);
    };
    const verify = async (code: string) => {
      await page.fill('#verification_code', code);
      await page.getByLabel('Just this time').check();
      await page.click('button:text("Verify")');
    };
    await signIn();
    const old = t.sim.state.outbox.at(-1)!.code;
    t.sim.state.advanceClock(11 * 60_000);
    await verify(old);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('expired');
    await page.getByRole('button', { name: "Didn't get it?" }).click();
    await expect.poll(() => t.sim.state.outbox.at(-1)!.code).not.toBe(old);
    const code = t.sim.state.outbox.at(-1)!.code;
    await verify(code);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');

    await page.context().clearCookies({ name: 'CFID' }); // signed out; not remembered
    await signIn();
    await verify(code);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('not correct');
    await page.close();
  });

  it('TherapyAppointment: forced setup wizard for staff without a phone', async () => {
    await t.session.context.clearCookies({ name: 'CFID' }); // sign out the earlier staff member
    const page = await t.session.open('https://portal.therapyappointment.com/');
    await page.fill('#user_username', TA_USERS.newStaff.username);
    await page.fill('#user_password', PASSWORD);
    await page.click('button:text("Sign In")');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Set up two-factor authentication');
    await page.fill('input[name=phone]', '555 010 9999');
    const sentBefore = t.sim.state.outbox.length;
    await page.click('text=Send Code');
    await expect.poll(() => t.sim.state.outbox.length).toBe(sentBefore + 1);
    const phone = await t.session.open('https://sim.test/phone');
    await page.fill('input[name=setup_code]', '12345678');
    await page.click('button:text("Verify")');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('not correct');
    await page.fill('input[name=setup_code]', await latestCode(phone, 'phone'));
    await page.click('button:text("Verify")');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');
    await page.close();
    await phone.close();
  });
});
