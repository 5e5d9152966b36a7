import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savedFileText } from './helpers/download';
import { shownText } from './helpers/text';

// Recovery codes, as a person meets them: a setup page shows the site's backup codes beside its
// QR code, the popup keeps them with the account it adds; the day the phone is lost, the code
// step's "recovery code" box gets the next unused one; Settings shows them after the passphrase.
const SITE = 'https://www.clinic-example.test';
// The person allowed the extension on the site (Settings asks when its sites are listed).
const t = useBrowser({ grantHosts: [`${SITE}/*`] });
const PASSPHRASE = 'staple battery horse';
const NONE_KEPT = 'No recovery codes kept for this account.';

describe('recovery codes', () => {
  let shownOnSetup: string[] = [];

  it('kept from the setup page with the account the popup adds from its QR code', async () => {
    await t.session.ask('vault.create', { passphrase: PASSPHRASE });
    const page = await t.session.open(`${SITE}/recovery/setup`);
    shownOnSetup = await page.locator('#backup-codes code').allInnerTexts();
    expect(shownOnSetup).toHaveLength(10);
    const popup = await t.session.openToolbarPopup(page);
    // A site beyond the portals: its setup page is scanned from the popup's tools.
    await popup.getByRole('button', { name: 'Scan page', exact: true }).click();
    await expect.poll(shownText(popup.getByTestId('finding'))).toContain('anna@clinic.test');
    await popup.getByRole('button', { name: 'Add this account' }).click();
    await expect
      .poll(shownText(popup.getByTestId('recovery-offer')))
      .toContain('This page shows 10 recovery codes');
    await popup.getByRole('button', { name: 'Keep the recovery codes' }).click();
    await expect
      .poll(shownText(popup.getByTestId('recovery-kept')))
      .toContain('10 recovery codes kept with Clinic Records');
    // Nothing of them is readable on disk: the vault holds them sealed.
    const onDisk = await t.session.inWorker(
      () =>
        new Promise<string>((resolve) => {
          const opened = indexedDB.open('second-factor-vault');
          opened.onsuccess = () => {
            const all = opened.result.transaction('accounts').objectStore('accounts').getAll();
            all.onsuccess = () =>
              resolve(JSON.stringify(all.result, (_k, v) => (v instanceof Uint8Array ? [...v] : v)));
          };
        }),
      null,
    );
    expect(onDisk).not.toContain(shownOnSetup[0]);
    await popup.close();
    await page.close();
  });

  it('the next unused one fills the code step’s recovery box and the site takes it; a used one it refuses', async () => {
    const page = await t.session.open(`${SITE}/recovery/challenge`);
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByText('Lost your phone? Use a recovery code').click();
    await expect.poll(shownText(popup.getByTestId('recovery-left'))).toContain('10 recovery codes left');
    await popup.getByRole('button', { name: 'Fill the next recovery code' }).click();
    await expect.poll(() => page.locator('#recovery').inputValue()).toBe(shownOnSetup[0]);
    expect(await page.locator('#code').inputValue()).toBe(''); // the app's code box is left alone
    await expect.poll(shownText(popup.getByTestId('recovery-left'))).toContain('9 recovery codes left');
    await popup.close();
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#result').innerText()).toBe('Recovery code accepted');

    // The same code again, typed by hand: the site refuses it, as a portal does.
    await page.goto(`${SITE}/recovery/challenge`);
    await page.locator('#recovery').fill(shownOnSetup[0]!);
    await page.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#result').innerText()).toBe('That recovery code was already used');
    await page.close();
  });

  it('Settings shows how many are left, the codes only after the passphrase, and refuses a paste that is not codes', async () => {
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByTestId('account-editor').first().locator('button[aria-expanded]').click();
    const box = options.getByTestId('recovery-codes');
    await expect.poll(() => box.getByTestId('recovery-count').innerText()).toBe('9 recovery codes left.');
    expect(await box.getByTestId('recovery-list').count()).toBe(0);

    await box.getByLabel('Your passphrase, to see them').fill('not my passphrase');
    await box.getByRole('button', { name: 'Show the codes' }).click();
    await expect
      .poll(() => options.getByTestId('message-accounts').innerText())
      .toContain('That passphrase is not right');
    expect(await box.getByTestId('recovery-list').count()).toBe(0);

    await box.getByLabel('Your passphrase, to see them').fill(PASSPHRASE);
    await box.getByRole('button', { name: 'Show the codes' }).click();
    const items = box.getByTestId('recovery-list').locator('li');
    await expect.poll(() => items.count()).toBe(10);
    expect(await items.first().innerText()).toBe(`${shownOnSetup[0]} (used)`);
    expect(await items.nth(1).innerText()).toBe(shownOnSetup[1]);

    await box
      .getByLabel('New codes from the site? Paste them here to replace these.')
      .fill('Hello, please call me back');
    await box.getByRole('button', { name: 'Keep these codes' }).click();
    await expect
      .poll(() => options.getByTestId('message-accounts').innerText())
      .toContain('"Hello" does not look like a recovery code');
    await options.reload();
    await options.getByTestId('account-editor').first().locator('button[aria-expanded]').click();
    await expect.poll(() => options.getByTestId('recovery-count').innerText()).toBe('9 recovery codes left.');
    await options.close();
  });

  it('removed by mistake, a backup brings them back to the account that is still here, used marks and all', async () => {
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByLabel('Your vault passphrase (to confirm it is you)').fill(PASSPHRASE);
    await options.getByLabel('Passphrase for the backup file').fill('backup passphrase 1');
    await options.getByLabel('The backup passphrase again').fill('backup passphrase 1');
    const content = await savedFileText(
      options,
      options.getByRole('button', { name: 'Save an encrypted backup' }),
    );
    const file = join(tmpdir(), `sfc-recovery-backup-${Date.now()}.json`);
    writeFileSync(file, content);

    await options.getByTestId('account-editor').first().locator('button[aria-expanded]').click();
    await options.getByRole('button', { name: 'Remove the codes' }).click();
    await expect.poll(() => options.getByTestId('recovery-count').innerText()).toBe(NONE_KEPT);

    await options.getByLabel('Backup file', { exact: true }).setInputFiles(file);
    await options.getByLabel('Its passphrase').fill('backup passphrase 1');
    await options.getByRole('button', { name: 'Restore a backup' }).click();
    await expect
      .poll(() => options.getByTestId('message-backup').innerText())
      .toBe(
        'Restored no accounts. 1 was already here: Clinic Records – anna@clinic.test. Recovery codes from the backup were kept with 1 account already here: Clinic Records – anna@clinic.test.',
      );
    await options.reload();
    await options.getByTestId('account-editor').first().locator('button[aria-expanded]').click();
    await expect.poll(() => options.getByTestId('recovery-count').innerText()).toBe('9 recovery codes left.');
    await options.close();
  });
});
