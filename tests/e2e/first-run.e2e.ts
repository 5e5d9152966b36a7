import { describe, expect, it } from 'vitest';
import { IQ_USERS } from '../fixtures/server/users';
import { addBoundAccount } from './helpers/portals';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';

// A practice installs the extension: the browser opens its first-run page by itself.
const t = useBrowser({ keepWelcome: true });
const PASS = 'staple battery horse';

describe('the first run', () => {
  it('opens a welcome page on install that says what it does and how to pin its button', async () => {
    const welcome = t.session.welcomePage;
    expect(welcome, 'the extension did not open its welcome page on install').not.toBeNull();
    await expect.poll(() => welcome!.locator('h1').innerText()).toBe('Welcome to Second Factor Companion');
    const text = await welcome!.locator('main').innerText();
    expect(text).toContain('PracticePanther, PracticeQ (IntakeQ), TherapyAppointment');
    expect(text).toContain('puzzle-piece Extensions button');
    expect(text).toContain('Its badge is how it tells you a page is asking for a code');
  });

  it('creates the vault right there', async () => {
    const welcome = t.session.welcomePage!;
    const step = welcome.getByTestId('welcome-passphrase');
    await step.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await step.getByLabel('Type it again').fill('staple battery house');
    await step.getByRole('button', { name: 'Create vault' }).click();
    await expect.poll(shownText(step.getByRole('alert'))).toContain('not the same');
    await step.getByLabel('Type it again').fill(PASS);
    await step.getByRole('button', { name: 'Create vault' }).click();
    await expect.poll(shownText(step.getByRole('status'))).toContain('Your vault is ready');
    expect(await t.session.ask<{ exists: boolean }>('vault.status', {})).toMatchObject({ exists: true });
  });

  it('with accounts and no backup, the popup reminds; its link leads to the backup, and the reminder goes', async () => {
    await addBoundAccount(
      t.session,
      `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
      'https://intakeq.com',
    );
    const welcome = t.session.welcomePage!;
    const popup = await t.session.openToolbarPopup(welcome);
    await expect
      .poll(shownText(popup.getByTestId('backup-reminder')))
      .toContain('You have 1 account and no backup yet');
    // The link opens a tab, and the popup closes as it loses focus: the click does not come back.
    void popup
      .getByRole('link', { name: 'Make a backup' })
      .click()
      .catch(() => undefined);
    const options = await t.session.waitForPage((url) => url.includes('/options.html#backup'));
    // The link lands on the backup section, drawn once the vault answered, not the top of the page.
    const inView = (name: string) => () =>
      options
        .getByRole('heading', { name, exact: true })
        .evaluate(
          (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight / 2,
        )
        .catch(() => false);
    await expect.poll(inView('Backup')).toBe(true);
    // The settings map, from the keyboard: a link, Enter, and its section in view.
    const map = options.getByRole('navigation', { name: 'Settings sections' });
    expect(await map.getByRole('link').allInnerTexts()).toEqual([
      'Accounts',
      'Filling codes',
      'Codes from email and texts',
      'Import and export',
      'Backup and sync',
      'Passphrase and lock',
      'Activity',
      'Handover',
      'Practice portals',
      'Clock',
      'About',
    ]);
    await map.getByRole('link', { name: 'Passphrase and lock' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(inView('Passphrase')).toBe(true);
    expect(new URL(options.url()).hash).toBe('#passphrase');
    await options.getByLabel(/Your vault passphrase/).fill(PASS);
    await options.getByLabel('Passphrase for the backup file').fill('backup passphrase 1');
    await options.getByLabel('The backup passphrase again').fill('backup passphrase 1');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Save an encrypted backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^second-factor-backup-\d{4}-\d\d-\d\d\.json$/);
    await expect
      .poll(shownText(options.getByTestId('message-backup')))
      .toContain('checked that it opens with its passphrase');

    const again = await t.session.openToolbarPopup(welcome);
    await expect.poll(() => again.getByTestId('code-row').count()).toBe(1);
    expect(await again.getByTestId('backup-reminder').count()).toBe(0);
    await again.close();
    // Back on the welcome page, its last step shows the backup done.
    await welcome.bringToFront();
    await welcome.evaluate(() => dispatchEvent(new Event('focus')));
    await expect
      .poll(shownText(welcome.getByTestId('welcome-backup')))
      .toContain('Your last backup was saved on');
  });
});
