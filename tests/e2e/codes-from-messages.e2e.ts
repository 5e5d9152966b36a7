import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERIC_SECRET, PASSWORD, PP_USER, TA_USERS } from '../fixtures/server/users';
import { addBoundAccount } from './helpers/portals';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import type { RealPopup } from './harness/real-popup';

// Codes that come by email or text, brought from the person's own Gmail or Messages tab. The
// browser's permission prompt for those sites cannot be answered headless: the profile has it
// already, as if the person had said yes; turning a source on and off is done in Settings.
const GMAIL = 'https://mail.google.com/mail/u/0/';
const MESSAGES = 'https://messages.google.com/web/conversations';
/** An ordinary site (not a portal) where the person has an account bound. */
const SITE = 'https://www.clinic-example.test';
const t = useBrowser({
  grantHosts: [
    'https://mail.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
    'https://messages.google.com/*',
    `${SITE}/*`,
  ],
});
let settings: Page;

async function setSource(name: RegExp, on: boolean): Promise<void> {
  const box = settings.getByTestId('code-sources').getByLabel(name);
  if ((await box.isChecked()) === on) return;
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(on);
  await expect.poll(shownText(settings.getByTestId('message-sources'))).toContain('Saved');
  await expect
    .poll(() => t.session.ask<{ codeSources: string[] }>('settings.get', {}))
    .toMatchObject({
      codeSources: on ? expect.arrayContaining([expect.any(String)]) : expect.any(Array),
    });
}

async function practicePantherChallenge(): Promise<Page> {
  // A new device each time: PracticePanther remembers a browser once its code was used.
  await t.session.context.clearCookies();
  const pp = await t.session.open('https://app.practicepanther.com/');
  await pp.fill('#Email', PP_USER.email);
  await pp.fill('#Password', PASSWORD);
  await pp.click('button[type=submit]');
  await expect.poll(() => t.session.reportedKind(pp)).toBe('challenge');
  return pp;
}

/** TherapyAppointment's sign-in, its texted code brought, filled by the shortcut and accepted. */
async function textedCodeFilledAndAccepted(): Promise<void> {
  const ta = await t.session.open('https://portal.therapyappointment.com/');
  await ta.fill('#user_username', TA_USERS.staff.username);
  await ta.fill('#user_password', PASSWORD);
  await ta.click('button:text("Sign In")');
  await ta.click('text=Send Code');
  await expect.poll(() => t.session.badgeText(ta), { timeout: 15_000 }).toBe('✓');
  await t.session.pressFillShortcut(ta);
  const code = t.sim.state.outbox.at(-1)!.code;
  await expect.poll(() => ta.locator('#verification_code').inputValue()).toBe(code);
  await ta.getByLabel('Just this time').check();
  await ta.click('button:text("Verify")');
  await expect.poll(() => ta.locator('h1').innerText()).toBe('Dashboard');
  await ta.close();
}

/** The code reached PracticePanther's field (the popup then closed), and PracticePanther took it. */
async function acceptedByPracticePanther(pp: Page, code: string, popup: RealPopup): Promise<void> {
  await expect.poll(() => pp.locator('#SecurityCode').inputValue()).toBe(code);
  await popup.close();
  await pp.click('button:text("Verify")');
  await expect.poll(() => pp.locator('h1').innerText()).toBe('Dashboard');
  await pp.close();
}

/** The extension's scripts that ran in a tab so far (each injection is an isolated world of ours). */
async function countReads(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  let reads = 0;
  cdp.on(
    'Runtime.executionContextCreated',
    (event: { context: { origin: string; auxData?: { type?: string } } }) => {
      if (event.context.auxData?.type === 'isolated' && event.context.origin.includes(t.session.extensionId))
        reads++;
    },
  );
  await cdp.send('Runtime.enable');
  return () => reads;
}

beforeAll(async () => {
  await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
  settings = await t.session.open(t.session.extensionUrl('options.html'));
  await settings.getByTestId('code-sources').waitFor();
});

describe('codes from the person’s email and texts', () => {
  it('every source is off until turned on in Settings', async () => {
    expect(
      await settings
        .getByTestId('code-sources')
        .getByRole('checkbox')
        .evaluateAll((b) => b.map((x) => (x as HTMLInputElement).checked)),
    ).toEqual([false, false, false, false]); // Gmail, Outlook, Messages, and filling at once
  });

  it('PracticePanther: the emailed code is found in Gmail, offered in the popup, filled and accepted', async () => {
    await setSource(/Gmail/, true);
    const gmail = await t.session.open(GMAIL);
    const reads = await countReads(gmail);
    // An old code from PracticePanther, and a code from someone else, both already there.
    const now = t.sim.state.now();
    t.sim.state.messages.push(
      {
        channel: 'email',
        sender: 'PracticePanther',
        address: 'no-reply@practicepanther.com',
        subject: 'Your PracticePanther security code',
        text: 'Your security code is 111111.',
        at: now - 15 * 60_000,
      },
      {
        channel: 'email',
        sender: 'Clio',
        address: 'no-reply@clio.com',
        subject: 'Clio sign-in',
        text: 'Your Clio verification code is 222222.',
        at: now,
      },
    );
    const pp = await practicePantherChallenge();
    const popup = await t.session.openToolbarPopup(pp);
    // Before the email arrives (it takes two seconds), the old and the other code are not offered.
    await expect.poll(shownText(popup.getByTestId('sent-code'))).toContain('Watching Gmail');
    const code = t.sim.state.outbox.at(-1)!.code;
    await expect
      .poll(shownText(popup.getByTestId('sent-code')))
      .toMatch(new RegExp(`^Fill ${code.slice(0, 3)} ${code.slice(3)} from Gmail \\(PracticePanther, `));
    expect(reads(), 'the read is seen (so a count of none below means none)').toBeGreaterThan(0);
    await popup.getByTestId('sent-code').click();
    await expect.poll(() => pp.locator('#SecurityCode').inputValue()).toBe(code);
    await popup.close();
    // (Reading the badge brings the tab to the front, which closes a popup: read it after.)
    expect(await t.session.badgeText(pp)).toBe('✓');
    await pp.click('button:text("Verify")');
    await expect.poll(() => pp.locator('h1').innerText()).toBe('Dashboard');
    await gmail.close();
  });

  it('PracticePanther through Outlook on the web, filled by the shortcut', async () => {
    // Gmail stays on: with no Gmail tab open, Outlook's is the one read. (Turning a source off
    // gives its permission back, and turning it on again would ask the person: not headless.)
    await setSource(/Outlook/, true);
    const outlook = await t.session.open('https://outlook.office.com/mail/');
    const pp = await practicePantherChallenge();
    await expect.poll(() => t.session.badgeText(pp), { timeout: 15_000 }).toBe('✓');
    await t.session.pressFillShortcut(pp);
    const code = t.sim.state.outbox.at(-1)!.code;
    await expect.poll(() => pp.locator('#SecurityCode').inputValue()).toBe(code);
    await pp.click('button:text("Verify")');
    await expect.poll(() => pp.locator('h1').innerText()).toBe('Dashboard');
    await outlook.close();
    await pp.close();
  });

  it('TherapyAppointment: the texted code, from Messages for web, filled by the shortcut', async () => {
    await setSource(/Google Messages/, true);
    const messages = await t.session.open(MESSAGES);
    await textedCodeFilledAndAccepted();
    await messages.close();
  });

  it('the Fill code button appears on the page when the code arrives, and fills it', async () => {
    const gmail = await t.session.open(GMAIL);
    const pp = await practicePantherChallenge();
    // No account here: the button is offered only once the emailed code is in.
    expect(await pp.locator('sfc-fill-button').count()).toBe(0);
    const host = pp.locator('sfc-fill-button');
    await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(1);
    await pp.waitForTimeout(700); // a person's reaction: the button counts clicks once it stood still
    const box = (await host.boundingBox())!;
    await pp.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const code = t.sim.state.outbox.at(-1)!.code;
    await expect.poll(() => pp.locator('#SecurityCode').inputValue()).toBe(code);
    await pp.close();
    await gmail.close();
  });

  it('chosen in Settings: the arrived code is filled at once, with nothing pressed', async () => {
    const atOnce = settings.getByTestId('code-sources').getByLabel(/Fill the code as soon as it arrives/);
    expect(await atOnce.isChecked()).toBe(false); // off unless the person chooses
    await atOnce.click();
    await expect
      .poll(() => t.session.ask<{ fillArrivedCodes: boolean }>('settings.get', {}))
      .toMatchObject({
        fillArrivedCodes: true,
      });
    const gmail = await t.session.open(GMAIL);
    const pp = await practicePantherChallenge();
    const code = t.sim.state.outbox.at(-1)!.code;
    await expect.poll(() => pp.locator('#SecurityCode').inputValue(), { timeout: 15_000 }).toBe(code);
    await pp.click('button:text("Verify")');
    await expect.poll(() => pp.locator('h1').innerText()).toBe('Dashboard');
    await atOnce.click();
    await expect
      .poll(() => t.session.ask<{ fillArrivedCodes: boolean }>('settings.get', {}))
      .toMatchObject({
        fillArrivedCodes: false,
      });
    await pp.close();
    await gmail.close();
  });

  it('different codes arrive: the popup offers each, the newest first, and the one picked is filled', async () => {
    const gmail = await t.session.open(GMAIL);
    const pp = await practicePantherChallenge();
    // Two earlier resends land together, before the portal's last code.
    const soon = t.sim.state.now() + 700;
    for (const code of ['111111', '222222'])
      t.sim.state.messages.push({
        channel: 'email',
        sender: 'PracticePanther',
        address: 'no-reply@practicepanther.com',
        subject: 'Your PracticePanther security code',
        text: `Your security code is ${code}.`,
        at: soon,
      });
    const code = t.sim.state.outbox.at(-1)!.code;
    const popup = await t.session.openToolbarPopup(pp);
    const choices = popup.getByTestId('sent-code').getByRole('button');
    await expect.poll(() => choices.count(), { timeout: 15_000 }).toBe(3);
    expect(await shownText(popup.getByTestId('sent-code'))()).toContain('Different codes arrived');
    expect(await choices.first().innerText()).toMatch(
      new RegExp(`^Fill ${code.slice(0, 3)} ${code.slice(3)} from Gmail`),
    );
    await choices.first().click();
    await acceptedByPracticePanther(pp, code, popup);
    await gmail.close();
  });

  it('a code asked for again ("Resend code"): the new one is offered first, picked, and accepted', async () => {
    const gmail = await t.session.open(GMAIL);
    const pp = await practicePantherChallenge();
    await expect.poll(() => t.session.badgeText(pp), { timeout: 15_000 }).toBe('✓');
    await expect.poll(() => pp.locator('sfc-fill-button').count()).toBe(1);
    const first = t.sim.state.outbox.at(-1)!.code;
    // The person does not see the email and asks again: the portal voids the first code.
    await pp.click('button:text("Resend code")');
    await expect.poll(() => t.sim.state.outbox.at(-1)!.code).not.toBe(first);
    const second = t.sim.state.outbox.at(-1)!.code;
    const popup = await t.session.openToolbarPopup(pp);
    const choices = popup.getByTestId('sent-code').getByRole('button');
    await expect.poll(() => choices.count(), { timeout: 15_000 }).toBe(2);
    expect(await choices.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^Fill ${second.slice(0, 3)} ${second.slice(3)} from Gmail`)),
      expect.stringMatching(new RegExp(`^Fill ${first.slice(0, 3)} ${first.slice(3)} from Gmail`)),
    ]);
    // The page's Fill code button stood for the first code: with a choice to make, it goes.
    await expect.poll(() => pp.locator('sfc-fill-button').count()).toBe(0);
    await choices.first().click();
    await acceptedByPracticePanther(pp, second, popup);
    await gmail.close();
  });

  // The layouts and languages practices' inboxes come in (the simulator draws each as the real
  // app does, see its webmail page). In each: an old message from the portal already in the
  // list and another sender's code arriving meanwhile are passed over; the portal's new code is
  // the one offered, filled and accepted.
  const INBOXES: [what: string, url: string, source: string][] = [
    ['Gmail in English (UK)', `${GMAIL}?lang=en-GB`, 'Gmail'],
    ['Gmail in Spanish', `${GMAIL}?lang=es`, 'Gmail'],
    ['Gmail in German', `${GMAIL}?lang=de`, 'Gmail'],
    ['Gmail in Spanish, rows without message ids', `${GMAIL}?lang=es&ids=none`, 'Gmail'],
    ['Gmail’s Priority Inbox', `${GMAIL}?layout=priority`, 'Gmail'],
    ['Gmail’s split pane', `${GMAIL}?layout=split`, 'Gmail'],
    ['Outlook at outlook.cloud.microsoft', 'https://outlook.cloud.microsoft/mail/', 'Outlook'],
    ['Outlook in Spanish', 'https://outlook.office.com/mail/?lang=es', 'Outlook'],
  ];
  it.each(INBOXES)(
    '%s: the new PracticePanther code, not the old one nor another sender’s',
    async (_what, url, source) => {
      t.sim.state.messages.push({
        channel: 'email',
        sender: 'PracticePanther',
        address: 'no-reply@practicepanther.com',
        subject: 'Your PracticePanther security code',
        text: 'Your security code is 909090.',
        at: t.sim.state.now() - 20 * 60_000,
      });
      const inbox = await t.session.open(url);
      await expect.poll(() => inbox.getByText('909090').count()).toBeGreaterThan(0);
      const pp = await practicePantherChallenge();
      t.sim.state.messages.push({
        channel: 'email',
        sender: 'Clio',
        address: 'no-reply@clio.com',
        subject: 'Your Clio sign-in code',
        text: 'Your Clio code is 333444.',
        at: t.sim.state.now() + 300,
      });
      const code = t.sim.state.outbox.at(-1)!.code;
      const popup = await t.session.openToolbarPopup(pp);
      await expect
        .poll(shownText(popup.getByTestId('sent-code')), { timeout: 15_000 })
        .toMatch(new RegExp(`^Fill ${code.slice(0, 3)} ${code.slice(3)} from ${source}`));
      expect(await shownText(popup.getByTestId('sent-code'))()).not.toContain('Different codes arrived');
      await popup.getByTestId('sent-code').click();
      await acceptedByPracticePanther(pp, code, popup);
      await inbox.close();
    },
  );

  it('Messages for web in Spanish ("Ahora"): the new TherapyAppointment text, not an old one', async () => {
    t.sim.state.messages.push({
      channel: 'sms',
      sender: '(833) 555-0142',
      address: '',
      subject: '',
      text: 'TherapyAppointment: your verification code is 90909090. Do not share it.',
      at: t.sim.state.now() - 20 * 60_000,
    });
    const messages = await t.session.open(`${MESSAGES}?lang=es`);
    await expect.poll(() => messages.getByText('90909090').count()).toBeGreaterThan(0);
    await textedCodeFilledAndAccepted();
    await messages.close();
  });

  it('a page the reader does not know: the popup says so, and the paste box is there', async () => {
    const gmail = await t.session.open(`${GMAIL}?layout=other`);
    const pp = await practicePantherChallenge();
    const popup = await t.session.openToolbarPopup(pp);
    await expect.poll(shownText(popup.getByTestId('sent-code'))).toContain('Gmail’s page could not be read');
    expect(await popup.getByTestId('paste-code').count()).toBe(1);
    await popup.close();
    await pp.close();
    await gmail.close();
  });

  it('a site bound to an account, not a portal: its emailed code is found by the site’s name, filled by the shortcut, accepted', async () => {
    await addBoundAccount(t.session, `otpauth://totp/Clinic:me?secret=${GENERIC_SECRET}&issuer=Clinic`, SITE);
    const gmail = await t.session.open(GMAIL);
    // Another site's code arriving meanwhile is not this site's.
    t.sim.state.messages.push({
      channel: 'email',
      sender: 'Northwind Payroll',
      address: 'no-reply@northwind-payroll.test',
      subject: 'Your sign-in code',
      text: 'Use 333333 to finish signing in.',
      at: t.sim.state.now() + 500,
    });
    const page = await t.session.open(`${SITE}/emailed`);
    await expect.poll(() => t.session.reportedKind(page)).toBe('challenge');
    const code = t.sim.state.outbox.at(-1)!.code;
    const popup = await t.session.openToolbarPopup(page);
    await expect
      .poll(shownText(popup.getByTestId('sent-code')), { timeout: 15_000 })
      .toMatch(
        new RegExp(`^Fill ${code.slice(0, 3)} ${code.slice(3)} from Gmail \\(clinic-example\\.test, `),
      );
    await popup.close();
    // The shortcut fills the emailed code, not the bound account's authenticator code.
    await t.session.pressFillShortcut(page);
    await expect.poll(() => page.getByLabel('Code').inputValue()).toBe(code);
    await page.click('button:text("Verify")');
    await expect.poll(() => page.locator('#result').innerText()).toBe('Code accepted');
    await page.close();
    await gmail.close();
  });

  it('a look-alike site’s challenge starts no read', async () => {
    const gmail = await t.session.open(GMAIL);
    const reads = await countReads(gmail);
    const fake = await t.session.open(
      'https://app.practicepanther.com.secure-login.test/Account/VerifyDevice',
    );
    // The page helper is brought in by the person's shortcut there, and looks at the page.
    await t.session.pressFillShortcut(fake);
    await expect.poll(() => t.session.reportedKind(fake)).toBe('challenge');
    await fake.waitForTimeout(1_500);
    expect(reads()).toBe(0);
    await fake.close();
    await gmail.close();
  });

  it('turned off, nothing is read, and the permission is given back', async () => {
    await setSource(/Gmail/, false);
    await setSource(/Outlook/, false);
    expect(
      await t.session.inWorker(
        () => chrome.permissions.contains({ origins: ['https://mail.google.com/*'] }),
        null,
      ),
    ).toBe(false);
    const gmail = await t.session.open(GMAIL);
    const reads = await countReads(gmail);
    const pp = await practicePantherChallenge();
    await expect.poll(() => t.sim.state.messages.at(-1)!.at <= t.sim.state.now()).toBe(true);
    await pp.waitForTimeout(1_500);
    expect(reads()).toBe(0);
    const popup = await t.session.openToolbarPopup(pp);
    await expect.poll(() => popup.getByTestId('paste-code').count()).toBe(1);
    expect(await popup.getByTestId('sent-code').count()).toBe(0);
    await popup.close();
    await pp.close();
    await gmail.close();
  });
});
