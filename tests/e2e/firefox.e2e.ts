import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../fixtures/server/index';
import { IQ_USERS, PASSWORD, PP_USER, TA_USERS } from '../fixtures/server/users';
import { xdotool } from './harness/display';
import { FirefoxSession, GECKO_ID } from './harness/firefox';

// The Firefox build, installed in Firefox ESR, through the person's own doors: the shortcuts
// that open the popup (Alt+Shift+K), fill (Alt+Shift+O) and scan (Alt+Shift+Q), and real keys in
// the popup. Firefox has no offscreen documents (the scan decodes in the background page) and
// no managed storage schema; its private windows are their own cookie store.

let sim: Simulator;
let ff: FirefoxSession;

// A practice's Firefox policy, installed the way an administrator would (policies.json next to
// Firefox; needs root, as CI is): the extension allowed in private windows, and its settings.
const POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';
const policyBefore = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE, 'utf8') : null;
const policy = {
  policies: {
    ExtensionSettings: { [GECKO_ID]: { private_browsing: true } },
    // reminderDays out of range: Firefox has no schema to refuse it, so the extension must.
    '3rdparty': { Extensions: { [GECKO_ID]: { autoLockMaxMinutes: 5, reminderDays: 999 } } },
  },
};

beforeAll(async () => {
  if (process.getuid?.() !== 0)
    throw new Error('The Firefox run needs root (port 443 and Firefox policies.json), as CI has.');
  writeFileSync(POLICY_FILE, JSON.stringify(policy));
  // Firefox keeps the page's port in its origin: the simulator must answer on 443 (CI runs as root).
  sim = await startSimulator(443);
  ff = await FirefoxSession.launch();
  await ff.ask('vault.create', { passphrase: 'staple battery horse' });
}, 60_000);

afterAll(async () => {
  await ff?.close();
  await sim?.close();
  if (policyBefore === null) rmSync(POLICY_FILE, { force: true });
  else writeFileSync(POLICY_FILE, policyBefore);
});

/** Waits for `test`; a failure says what the page showed instead, when `shown` is given. */
const waitUntil = async (
  what: string,
  test: () => Promise<boolean>,
  shown?: () => Promise<string>,
): Promise<void> => {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (await test().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const instead = shown ? ` (the page showed: ${await shown().catch((e) => String(e))})` : '';
  throw new Error(`Waited 10 s for ${what}${instead}`);
};
const valueOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLInputElement).value).catch(() => '');
const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText).catch(() => '');

async function signInToPracticeQ(email: string): Promise<Page> {
  const page = await ff.open('https://intakeq.com/signin');
  await page.locator('input[placeholder="Email Address"]').fill(email);
  await page.locator('input[placeholder="Password"]').fill(PASSWORD);
  await page.locator('button ::-p-text(Sign in)').click();
  return page;
}

describe('Firefox', () => {
  it('PracticeQ: the challenge is recognised, and the popup (opened by its shortcut) fills a code PracticeQ accepts', async () => {
    const { id } = await ff.ask<{ id: string }>('accounts.add', {
      uri: `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
    });
    await ff.ask('accounts.update', { id, bindings: [{ kind: 'origin', origin: 'https://intakeq.com' }] });
    const page = await signInToPracticeQ(IQ_USERS.app.email);
    await waitUntil('the code step', async () => (await textOf(page, 'h1')).includes('Two-Factor'));
    await waitUntil('the badge to count one account', async () => (await ff.badgeText(page)) === '1');

    const popup = await ff.openPopup(page);
    await popup.waitFor((text) => text.includes('PracticeQ (IntakeQ) is asking for a code'));
    await popup.press(`Fill code for PracticeQ ${IQ_USERS.app.email}`);
    await waitUntil('the code in the field', async () => /^\d{6}$/.test(await valueOf(page, '#code')));
    await page.locator('button ::-p-text(Verify)').click();
    await waitUntil('the dashboard', async () =>
      (await textOf(page, '#signed-in-as')).includes(IQ_USERS.app.email),
    );
    await popup.close();
    await page.close();
  });

  it('TherapyAppointment: the texted code is recognised, and the code typed into the popup is filled', async () => {
    const page = await ff.open('https://portal.therapyappointment.com/');
    await page.locator('#user_username').fill(TA_USERS.staff.username);
    await page.locator('#user_password').fill(PASSWORD);
    await page.locator('button ::-p-text(Sign In)').click();
    await page.locator('::-p-text(Send Code)').click();
    await page.locator('#verification_code').wait();
    await waitUntil('the badge to mark a texted code', async () => (await ff.badgeText(page)) !== '');

    const popup = await ff.openPopup(page);
    await popup.waitFor((text) => text.includes('TherapyAppointment is asking for a code'));
    // Opened from the keyboard, Firefox's popup takes typing once you click (or Tab) into it.
    await popup.click('Code from');
    await popup.type(sim.state.outbox.at(-1)!.code, true);
    await waitUntil('the 8 digits in the field', async () =>
      /^\d{8}$/.test(await valueOf(page, '#verification_code')),
    );
    await page.locator('button ::-p-text(Verify)').click();
    await waitUntil('the dashboard', async () => (await textOf(page, 'h1')) === 'Dashboard');
    await popup.close();
    await page.close();
  });

  it('PracticeQ setup: the scan shortcut reads the barcode, the popup adds it, and the confirmation is filled', async () => {
    const page = await signInToPracticeQ(IQ_USERS.fresh.email);
    await waitUntil('signed in', async () =>
      (await textOf(page, '#signed-in-as')).includes(IQ_USERS.fresh.email),
    );
    await page.evaluate(() => (location.hash = '#/account/2fa?render=img'));
    await page.locator('::-p-text(Authenticator App)').click();
    await page.locator('button ::-p-text(Set Up Two-Factor Authentication)').click();
    await page.locator('::-p-text(Then scan this barcode)').wait();

    await ff.pressKeys(page, 'alt+shift+q');
    const tabId = await ff.tabIdOf(page);
    await waitUntil('the note on the page', async () =>
      (await ff.closedShadowText(tabId, 'sfc-note')).includes('PracticeQ'),
    );
    const popup = await ff.popupShown(); // the extension opens it to show what it found
    await popup.waitFor(
      (text) => text.includes(IQ_USERS.fresh.email) && text.includes('filled on intakeq.com'),
    );
    await popup.press('Add this account');
    await popup.waitFor((text) => text.includes('Fill confirmation code'));
    await popup.press('Fill confirmation code');
    await waitUntil('the confirmation code', async () => /^\d{6}$/.test(await valueOf(page, '#confirm')));
    await page.locator('button ::-p-text(Verify)').click();
    await waitUntil(
      '2FA on',
      async () => (await textOf(page, '[role=status]')) === 'Two-factor authentication is on.',
      async () => `"${await textOf(page, 'body')}", code "${await valueOf(page, '#confirm')}"`,
    );
    await popup.close();
    await page.close();
  });

  it('PracticePanther: Gmail turned on in Settings, the emailed code is brought from the Gmail tab and filled by the shortcut', async () => {
    const settings = await ff.openExtensionPage('options.html');
    await settings.locator('[data-testid="code-sources"] ::-p-text(Read codes from Gmail)').click();
    await waitUntil('Gmail on, with its permission', async () =>
      (await ff.ask<{ codeSources: string[] }>('settings.get', {})).codeSources.includes('gmail'),
    );
    expect(
      await ff.inExtension((b) => b.permissions.contains({ origins: ['https://mail.google.com/*'] }), null),
    ).toBe(true);
    await settings.close();
    const gmail = await ff.open('https://mail.google.com/mail/u/0/');
    const page = await ff.open('https://app.practicepanther.com/');
    await page.locator('#Email').fill(PP_USER.email);
    await page.locator('#Password').fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('#SecurityCode').wait();
    // The email arrives in the Gmail tab two seconds later; then the badge says a code is in.
    await waitUntil('the badge to say the code arrived', async () => (await ff.badgeText(page)) === '✓');
    const code = sim.state.outbox.at(-1)!.code;
    await ff.pressKeys(page, 'alt+shift+o');
    await waitUntil(
      'the emailed code in the field',
      async () => (await valueOf(page, '#SecurityCode')) === code,
    );
    await page.locator('button ::-p-text(Verify)').click();
    await waitUntil('the dashboard', async () => (await textOf(page, 'h1')) === 'Dashboard');
    await page.close();
    await gmail.close();
  });

  it('Outlook at outlook.cloud.microsoft and Messages for web, both in Spanish: each brings its portal’s code, filled by the shortcut', async () => {
    const settings = await ff.openExtensionPage('options.html');
    for (const [name, id] of [
      ['Outlook', 'outlook'],
      ['Google Messages', 'google-messages'],
    ] as const) {
      await settings.locator(`[data-testid="code-sources"] ::-p-text(Read codes from ${name})`).click();
      await waitUntil(`${name} on, with its permission`, async () =>
        (await ff.ask<{ codeSources: string[] }>('settings.get', {})).codeSources.includes(id),
      );
    }
    await settings.close();

    const outlook = await ff.open('https://outlook.cloud.microsoft/mail/?lang=es');
    const pp = await ff.open('https://app.practicepanther.com/');
    // A new device again: PracticePanther remembers this browser since the Gmail test.
    await pp.deleteCookie(...(await pp.cookies()));
    await pp.reload();
    await pp.locator('#Email').fill(PP_USER.email);
    await pp.locator('#Password').fill(PASSWORD);
    await pp.locator('button[type=submit]').click();
    await pp.locator('#SecurityCode').wait();
    await waitUntil(
      'the badge to say the emailed code arrived',
      async () => (await ff.badgeText(pp)) === '✓',
    );
    const emailed = sim.state.outbox.at(-1)!.code;
    await ff.pressKeys(pp, 'alt+shift+o');
    await waitUntil(
      'the emailed code in the field',
      async () => (await valueOf(pp, '#SecurityCode')) === emailed,
    );
    await pp.close();
    await outlook.close();

    const messages = await ff.open('https://messages.google.com/web/conversations?lang=es');
    const ta = await ff.open('https://portal.therapyappointment.com/');
    await ta.deleteCookie(...(await ta.cookies()));
    await ta.reload();
    await ta.locator('#user_username').fill(TA_USERS.staff.username);
    await ta.locator('#user_password').fill(PASSWORD);
    await ta.locator('button ::-p-text(Sign In)').click();
    await ta.locator('::-p-text(Send Code)').click();
    await waitUntil('the badge to say the texted code arrived', async () => (await ff.badgeText(ta)) === '✓');
    const texted = sim.state.outbox.at(-1)!.code;
    await ff.pressKeys(ta, 'alt+shift+o');
    await waitUntil(
      'the texted code in the field',
      async () => (await valueOf(ta, '#verification_code')) === texted,
    );
    await ta.close();
    await messages.close();
  });

  it("the practice's settings reach it from Firefox's policies (no schema there: the extension checks them)", async () => {
    await expect(ff.ask('settings.setAutoLock', { minutes: 30 })).rejects.toThrow(
      'Your practice allows at most 5 minutes',
    );
    // The bad value is not used, and Settings says so where the administrator and staff look.
    const settings = await ff.openExtensionPage('options.html');
    await waitUntil('the policy warning in Settings', async () =>
      (await textOf(settings, '[data-testid="policy-ignored"]')).includes(
        'Your practice’s setting reminderDays was ignored: it is 999, and must be a whole number from 1 to 60.',
      ),
    );
    expect((await ff.ask<{ reminderDays: number }>('settings.get', {})).reminderDays).not.toBe(999);
    await settings.close();
  });

  it('a private window: the extension runs there and the portal page says it will not be remembered', async () => {
    expect(await ff.inExtension((b) => b.extension.isAllowedIncognitoAccess(), null)).toBe(true);
    const { page, helper, windowId } = await ff.privateWindow('https://portal.therapyappointment.com/');
    const tabId = await ff.tabIdOf(page);
    await waitUntil('the private-window banner', async () =>
      (await ff.closedShadowText(tabId, 'sfc-banner')).includes(
        'This is a private window: TherapyAppointment will not remember it',
      ),
    );
    // Its own popup says the same (read through an extension page of that private window).
    const back = await ff.readThrough(helper);
    const popup = await ff.openPopup(page);
    await popup.waitFor((text) => text.includes('will ask for a code every time'));
    await popup.close();
    back();
    await ff.inExtension((b, id) => b.windows.remove(id), windowId);
  });

  it('sync turned on in Settings, then the extension’s IndexedDB wiped: the popup brings every account back after the passphrase', async () => {
    const settings = await ff.openExtensionPage('options.html');
    await waitUntil('the sync section, with Firefox’s own step', async () =>
      (await textOf(settings, '[data-testid="sync-panel"]')).includes('make sure “Add-ons” is ticked'),
    );
    await settings.locator('[data-testid="sync-panel"] input[type=checkbox]').click();
    await waitUntil('the first sync', async () =>
      (await textOf(settings, '[data-testid="sync-state"]')).includes('Last synced'),
    );
    const names = async () =>
      (await ff.ask<{ accounts: { account: string }[] }>('accounts.list', {})).accounts
        .map((a) => a.account)
        .sort();
    const before = await names();
    expect(before.length).toBeGreaterThan(1);
    // What a reinstall leaves: the sync area only (the background's connection lets the deletion through).
    await settings.evaluate(async () => {
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('second-factor-vault');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
      await browser.storage.local.clear();
      await browser.storage.session.clear();
    });
    await settings.close();

    const page = await ff.open('https://portal.therapyappointment.com/');
    const popup = await ff.openPopup(page);
    await popup.waitFor((text) => text.includes('Your accounts are in browser sync'));
    await popup.click('Passphrase');
    await popup.type('not my passphrase', true);
    await popup.waitFor((text) => text.includes('That passphrase is not right'));
    await popup.click('Passphrase');
    await xdotool('key', 'ctrl+a');
    await popup.type('staple battery horse', true);
    await popup.waitFor(
      (text) => text.includes(`Brought back ${before.length} accounts from browser sync.`),
      20_000,
    );
    expect(await names()).toEqual(before);
    await popup.close();
    await page.close();
  });
});
