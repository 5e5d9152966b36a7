import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_SECRET, IQ_USERS } from '../fixtures/server/users';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import {
  addBoundAccount,
  clickFillButton,
  practiceQChallenge,
  therapyAppointmentTextedCode,
} from './helpers/portals';

const t = useBrowser();

const latestCode = () => t.sim.state.outbox.at(-1)!.code;

beforeAll(async () => {
  await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
  await addBoundAccount(
    t.session,
    `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
    'https://intakeq.com',
  );
  // A second PracticeQ account on the same site: the typed user name decides.
  await addBoundAccount(
    t.session,
    'otpauth://totp/PracticeQ:other%40practice.test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=PracticeQ',
    'https://intakeq.com',
  );
  await addBoundAccount(
    t.session,
    `otpauth://totp/Clinic:me?secret=${GENERIC_SECRET}&issuer=Clinic`,
    'https://www.clinic-example.test',
  );
});

describe('codes that come by text or email', () => {
  it('TherapyAppointment: the texted code, copied from the message, goes in with Ctrl+V (the box has the keyboard)', async () => {
    const page = await therapyAppointmentTextedCode(t.session);
    // The person copies the code from the text message (here, a page showing it), with Ctrl+C.
    const message = await t.session.open('https://sim.test/');
    await message.setContent(`<p>Your TherapyAppointment code is <b id="code">${latestCode()}</b></p>`);
    await message.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('code')!));
    await t.session.pressKeys(message, 'ctrl+c');
    await message.close();

    const popup = await t.session.openToolbarPopup(page);
    const paste = popup.getByTestId('paste-code');
    await expect.poll(() => paste.innerText()).toContain('Code from a text message');
    // The Paste button: Chrome keeps the clipboard from extensions without a permission we do not ask for.
    await paste.getByRole('button', { name: 'Paste' }).click();
    await expect.poll(shownText(paste.getByRole('status'))).toContain('press Ctrl+V');
    await t.session.pressKeysHere('ctrl+v');
    await expect.poll(() => paste.getByLabel(/Code from/).inputValue()).toBe(latestCode());
    await t.session.pressKeysHere('Return');
    await expect.poll(() => page.locator('#verification_code').inputValue()).toBe(latestCode());
    await popup.close();
    await page.close();
  });

  it('TherapyAppointment: a pasted 8-digit code is filled and "remember this computer" ticked', async () => {
    await t.session.ask('settings.update', { rememberOn: ['therapyappointment'] });
    const page = await therapyAppointmentTextedCode(t.session);
    const popup = await t.session.openToolbarPopup(page);
    const paste = popup.getByTestId('paste-code');
    await expect.poll(() => paste.innerText()).toContain('Code from a text message or a phone call');
    await paste.getByLabel(/Code from/).fill('call me');
    await paste.getByRole('button', { name: 'Fill into the page' }).click();
    await expect.poll(() => popup.getByRole('alert').first().innerText()).toContain('That is not a code');
    await paste.getByLabel(/Code from/).fill(latestCode());
    await paste.getByRole('button', { name: 'Fill into the page' }).click();
    await expect.poll(shownText(popup.getByTestId('notice'))).toContain('Code filled');
    expect(await page.locator('#verification_code').inputValue()).toBe(latestCode());
    expect(await page.getByLabel('Remember this computer for up to a year').isChecked()).toBe(true);
    await page.click('button:text("Verify")');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');
    const cookie = (await t.session.cookies('https://portal.therapyappointment.com/')).find(
      (c) => c.name === 'ta_device_auth',
    );
    expect(cookie?.expirationDate).toBeGreaterThan(Date.now() / 1000 + 360 * 86_400);
    await page.close();
    await popup.close();
  });
});

describe('which account, and what happens after filling', () => {
  it('picks the account whose user name was typed at sign-in', async () => {
    const page = await practiceQChallenge(t.session);
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#signed-in-as'))).toContain(IQ_USERS.app.email);
    await page.close();
  });

  it('several accounts fit and no typed name decides: the shortcut says so, and the popup fills the one picked', async () => {
    // Signed in as a person with neither account's name: two PracticeQ accounts could fill this.
    const page = await practiceQChallenge(t.session, 'intakeq.com', IQ_USERS.sms.email);
    await t.session.pressFillShortcut(page);
    const popup = await t.session.openToolbarPopup(page);
    await expect.poll(shownText(popup.getByTestId('refusal'))).toContain('Several accounts fit this site');
    expect(await page.locator('#code').inputValue()).toBe(''); // after the refusal: nothing guessed
    await popup.getByRole('button', { name: 'Fill code for PracticeQ other@practice.test' }).click();
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    const other = new TOTP({ secret: Secret.fromBase32('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ') });
    const now = Date.now();
    expect([other.generate({ timestamp: now }), other.generate({ timestamp: now - 30_000 })]).toContain(
      await page.locator('#code').inputValue(),
    );
    await popup.close();
    await page.close();
  });

  it('submits the form itself only where the person turned that on', async () => {
    await t.session.ask('settings.update', { autoSubmitOn: ['https://www.clinic-example.test'] });
    const page = await t.session.open('https://www.clinic-example.test/otc');
    await t.session.pressFillShortcut(page); // the shortcut grants activeTab itself
    await expect.poll(shownText(page.locator('#result'))).toBe('Code accepted');
    await page.close();
  });
});

describe('the in-page button', () => {
  it('fills on a real click', async () => {
    const page = await practiceQChallenge(t.session);
    await clickFillButton(page);
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    // Its "Code filled." note lies over the form for a moment, over "Trust this computer" here:
    // the person's click on the box at once still reaches it.
    const trust = page.getByLabel('Trust this computer');
    const box = (await trust.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await trust.isChecked()).toBe(true);
    await page.close();
  });

  // The tricks a page can play on the button are each tested in clickjacking.e2e.ts.

  it('is not shown when turned off', async () => {
    await t.session.ask('settings.update', { inPageButton: false });
    const page = await practiceQChallenge(t.session);
    await expect.poll(() => t.session.badgeText(page)).toBe('2');
    expect(await page.locator('sfc-fill-button').count()).toBe(0);
    await page.close();
  });
});
