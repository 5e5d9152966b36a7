import { describe, expect, it } from 'vitest';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { useBrowser } from './harness';
import { savedFileText } from './helpers/download';
import { addBoundAccount, clickFillButton } from './helpers/portals';
import { shownText } from './helpers/text';

// The activity record, each entry written by the door a person used: the shortcut, the
// right-click menu, the popup's Fill and Copy, the in-page button; a wrong passphrase; the lock
// after time without use; a rename and a removal in Settings; then read and saved in Settings.
const SITE = 'https://www.clinic-example.test';
const t = useBrowser({ grantHosts: [`${SITE}/*`] });
const PASS = 'staple battery horse';
const NAME = 'Clinic – front-desk';

async function codeStep() {
  const page = await t.session.open(`${SITE}/otc`);
  await expect.poll(() => t.session.badgeText(page)).toBe('1');
  return page;
}
const filled = (page: Awaited<ReturnType<typeof codeStep>>) =>
  expect.poll(() => page.locator('input[name=code]').inputValue()).toMatch(/^\d{6}$/);

async function openActivity() {
  const options = await t.session.open(t.session.extensionUrl('options.html#activity'));
  await options.locator('[data-testid=activity] tbody tr').first().waitFor();
  return options;
}

describe('the activity record', () => {
  it('setup: a vault and two accounts bound to the site', async () => {
    await t.session.ask('vault.create', { passphrase: PASS });
    await addBoundAccount(
      t.session,
      `otpauth://totp/Clinic:front-desk?secret=${GENERIC_SECRET}&issuer=Clinic`,
      SITE,
    );
    await addBoundAccount(
      t.session,
      'otpauth://totp/Billing:office?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Billing',
      'https://billing.example.test',
    );
  });

  it('writes a fill by each door, and a copy from the popup', async () => {
    let page = await codeStep();
    await t.session.pressFillShortcut(page);
    await filled(page);
    await page.close();

    page = await codeStep();
    await t.session.chooseFromContextMenu(page, page.locator('input[name=code]'));
    await filled(page);
    await page.close();

    page = await codeStep();
    const cdp = await t.session.browser.newBrowserCDPSession();
    await cdp.send('Browser.grantPermissions', {
      origin: `chrome-extension://${t.session.extensionId}`,
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByRole('button', { name: 'Fill code for Clinic front-desk' }).click();
    await filled(page);
    await popup
      .getByRole('button', { name: /^Copy code for Clinic/ })
      .first()
      .click();
    await expect.poll(shownText(popup.getByTestId('notice'))).toContain('Code copied');
    await popup.close();
    await page.close();

    page = await codeStep();
    await clickFillButton(page);
    await filled(page);
    await page.close();

    const options = await openActivity();
    const table = options.getByTestId('activity');
    for (const how of ['keyboard shortcut', 'right-click menu', 'toolbar popup', 'button in the page']) {
      await expect
        .poll(shownText(table.locator('tr', { hasText: how }).filter({ hasText: 'Code filled' }).first()))
        .toContain(`${NAME}\twww.clinic-example.test`);
    }
    await expect.poll(shownText(table)).toMatch(/Code copied\tClinic – front-desk\t\ttoolbar popup/);
    await options.close();
  });

  it('writes a wrong passphrase and the lock after time without use', async () => {
    const page = await t.session.open(`${SITE}/no-qr`);
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByLabel('Passphrase').fill('wrong passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(shownText(popup.getByRole('alert'))).toContain('passphrase is not right');
    await popup.getByLabel('Passphrase').fill(PASS);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await popup.getByTestId('code-row').first().waitFor();
    await popup.close();
    // The auto-lock's own alarm, due now (as it would be after the idle minutes).
    await t.session.inWorker(() => chrome.alarms.create('auto-lock', { when: Date.now() }), null);
    await expect
      .poll(async () => (await t.session.ask<{ unlocked: boolean }>('vault.status', {})).unlocked)
      .toBe(false);
    await t.session.ask('vault.unlock', { passphrase: PASS });
    const options = await openActivity();
    await expect.poll(shownText(options.getByTestId('activity'))).toContain('Wrong passphrase');
    await expect.poll(shownText(options.getByTestId('activity'))).toContain('Locked after time without use');
    await options.close();
    await page.close();
  });

  it('writes a rename and a removal made in Settings, filters by account, and saves the CSV without a code in it', async () => {
    const options = await openActivity();
    await options.getByRole('link', { name: 'Accounts' }).first().click();
    const billing = options.getByTestId('account-editor').filter({ hasText: 'Billing' });
    await billing.locator('button[aria-expanded]').click();
    await billing.getByLabel('Account', { exact: true }).fill('front office');
    await billing.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(shownText(options.getByTestId('message-accounts'))).toContain('Saved');
    await billing.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(1);
    await options.reload();
    const table = options.getByTestId('activity');
    await table.first().waitFor();
    await expect.poll(shownText(table)).toContain('Account renamed\tBilling – front office');
    await expect.poll(shownText(table)).toContain('Account removed\tBilling – front office');

    await options.locator('#activity').getByRole('combobox').selectOption(NAME);
    await expect.poll(shownText(table)).not.toContain('Billing');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);

    const csv = await savedFileText(
      options,
      options.locator('#activity').getByRole('button', { name: 'Download as CSV (spreadsheet)' }),
    );
    expect(csv.split('\r\n')[0]).toBe('Time (UTC),Event,Account,Site,How,Detail');
    expect(csv).toMatch(/,Code filled,Clinic – front-desk,www\.clinic-example\.test,keyboard shortcut,/);
    expect(csv).toContain('Account removed,Billing – front office');
    expect(csv).not.toMatch(/\b\d{6}\b/); // no code
    expect(csv).not.toContain(GENERIC_SECRET);
    await options.close();
  });

  it('the handover list: each account with its sites, dates, recovery codes and where to re-enroll; printed alone; saved without a secret', async () => {
    await addBoundAccount(
      t.session,
      'otpauth://totp/PracticeQ:anna%40clinic.test?secret=KRSXG5CTMVRXEZLU&issuer=PracticeQ',
      'https://intakeq.com',
    );
    const options = await t.session.open(t.session.extensionUrl('options.html#handover'));
    const table = options.getByTestId('handover');
    await table.waitFor();
    const today = await options.evaluate(() => new Date().toLocaleDateString());
    const clinic = table.locator('tbody tr', { hasText: NAME });
    await expect
      .poll(shownText(clinic))
      .toBe(
        `${NAME}\twww.clinic-example.test\t${today}\t${today}\tnone\t\tSign in at the site, open its security settings, turn two-step verification off and on again and scan the new QR code. www.clinic-example.test`,
      );
    const iq = table.locator('tbody tr', { hasText: 'PracticeQ' });
    await expect.poll(shownText(iq)).toContain('not used here yet');
    await expect.poll(shownText(iq)).toContain('More → Account → Two-Factor Authentication (2FA)');
    expect(await iq.getByRole('link', { name: 'intakeq.com' }).getAttribute('href')).toBe(
      'https://intakeq.com/signin',
    );

    // Print: the browser's print of this section alone.
    await options.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await options.getByRole('button', { name: 'Print' }).click();
    expect(await options.locator('body').getAttribute('data-printed')).toBe('yes');
    await options.emulateMedia({ media: 'print' });
    expect(await options.locator('#activity').isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await options.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await options.emulateMedia({ media: 'screen' });

    const csv = await savedFileText(
      options,
      options.locator('#handover').getByRole('button', { name: 'Download as CSV (spreadsheet)' }),
    );
    expect(csv.split('\r\n')[0]).toBe(
      'Account,Sites,Added,Last used,Recovery codes left,Shared,To re-enroll,Where',
    );
    expect(csv).toContain('PracticeQ – anna@clinic.test,intakeq.com,');
    expect(csv).toContain('https://intakeq.com/signin');
    expect(csv).not.toContain('KRSXG5CTMVRXEZLU');
    expect(csv).not.toContain(GENERIC_SECRET);
    await options.close();
  });
});
