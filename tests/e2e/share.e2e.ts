import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newSharePassphrase, writeShare } from '@/lib/share/file';
import { useBrowser } from './harness';
import { savedFileText } from './helpers/download';
import { addBoundAccount } from './helpers/portals';
import { shownText } from './helpers/text';

// One account shared with a colleague: made in the account's view in Settings (after the vault
// passphrase), added by the colleague through Import with the passphrase said to them; a wrong
// passphrase and a share past its date are refused, nothing added.
const t = useBrowser();
const PASS = 'staple battery horse';
const SECRET = 'KRSXG5CTMVRXEZLU';
const folder = mkdtempSync(join(tmpdir(), 'sfc-share-'));
const message = (options: Page) => shownText(options.getByTestId('message-accounts'));
const importMessage = (options: Page) => shownText(options.getByTestId('message-import'));

describe('sharing one account with a colleague', () => {
  let options: Page;
  let file = '';
  let passphrase = '';

  it('made in the account’s view: the vault passphrase first, whom it is for, a passphrase shown once', async () => {
    await t.session.ask('vault.create', { passphrase: PASS });
    await addBoundAccount(
      t.session,
      `otpauth://totp/PracticeQ:anna%40clinic.test?secret=${SECRET}&issuer=PracticeQ`,
      'https://intakeq.com',
    );
    options = await t.session.open(t.session.extensionUrl('options.html#accounts'));
    const editor = options.getByTestId('account-editor').first();
    await editor.locator('button[aria-expanded]').click();
    const share = editor.getByTestId('share');
    await share.locator('summary').click();
    await share.getByLabel('For (their name)').fill('Maria');
    await share.getByLabel('Passphrase of your vault, to share it').fill('not my passphrase');
    await share.getByRole('button', { name: 'Make the share file' }).click();
    await expect.poll(message(options)).toMatch(/passphrase is not right/);

    await share.getByLabel('Passphrase of your vault, to share it').fill(PASS);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      share.getByRole('button', { name: 'Make the share file' }).click(),
    ]);
    file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^second-factor-share-for-maria-/);
    expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
    await expect.poll(message(options)).toContain('Tell Maria this passphrase by phone or in person');
    passphrase = /shown only now: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(await message(options)())![1]!;
    await expect
      .poll(shownText(share.getByTestId('share-noted')))
      .toMatch(/^Shared on .+, for Maria, until .+\.$/);
  });

  it('added by the colleague through Import: a wrong passphrase refused, the right one brings the account and its site', async () => {
    // The colleague's browser has no such account yet.
    await options.getByTestId('account-editor').first().getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(0);
    await options.getByLabel(/Choose an export file/).setInputFiles(file);
    const step = options.getByTestId('import-password');
    await expect.poll(shownText(step)).toContain('account shared for Maria');
    await step.getByLabel('Password of this export').fill(newSharePassphrase());
    await step.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(importMessage(options))
      .toContain('That password does not open this account shared for Maria');
    expect(await options.getByTestId('account-editor').count()).toBe(0);

    await step.getByLabel('Password of this export').fill(passphrase.toLowerCase());
    await step.getByRole('button', { name: 'Open' }).click();
    await expect.poll(shownText(options.getByTestId('import-preview'))).toContain('1 account, 1 new');
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    const added = options.getByTestId('account-editor');
    await expect.poll(() => added.count()).toBe(1);
    await expect.poll(shownText(added.first())).toContain('intakeq.com');
  });

  it('the activity record has the share, the import, a backup, an export and a restore, each made in Settings', async () => {
    await options.getByLabel('Passphrase for the backup file').fill('backup passphrase 1');
    await options.getByLabel('The backup passphrase again').fill('backup passphrase 1');
    await options.getByLabel(/Your vault passphrase/).fill(PASS);
    const backup = await savedFileText(
      options,
      options.getByRole('button', { name: 'Save an encrypted backup' }),
    );
    const form = options.getByTestId('accounts-export');
    await form.getByLabel(/List of setup links/).check();
    await form.getByLabel(/Vault passphrase, to confirm/).fill(PASS);
    await savedFileText(options, form.getByRole('button', { name: 'Export accounts' }));
    const backupFile = join(folder, 'backup.json');
    writeFileSync(backupFile, backup);
    await options.getByLabel('Backup file', { exact: true }).setInputFiles(backupFile);
    await options.getByLabel('Its passphrase').fill('backup passphrase 1');
    await options.getByRole('button', { name: 'Restore a backup' }).click();
    await expect.poll(shownText(options.getByTestId('message-backup'))).toContain('1 was already here');

    await options.goto(t.session.extensionUrl('options.html#activity'));
    const table = options.getByTestId('activity');
    await expect
      .poll(shownText(table))
      .toMatch(/Account shared\tPracticeQ – anna@clinic\.test\t\t\tfor Maria, until /);
    await expect.poll(shownText(table)).toContain('Accounts imported\t\t\t\t1 account');
    await expect.poll(shownText(table)).toContain('Backup saved\t\t\t\t1 account');
    await expect.poll(shownText(table)).toContain('Accounts exported\t\t\t\t1 account (otpauth)');
    await expect.poll(shownText(table)).toContain('Backup restored\t\t\t\t0 accounts');
  });

  it('a share past its date is refused, and nothing is added', async () => {
    const past = join(folder, 'old-share.json');
    const pass = newSharePassphrase();
    const account = {
      kind: 'totp' as const,
      issuer: 'Clio',
      account: 'front desk',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1' as const,
      digits: 6,
      period: 30,
      counter: 0,
    };
    writeFileSync(
      past,
      await writeShare({ account, bindings: [] }, 'Maria', new Date(Date.now() - 86_400_000), pass),
    );
    await options.reload();
    await options.getByLabel(/Choose an export file/).setInputFiles(past);
    const step = options.getByTestId('import-password');
    await step.getByLabel('Password of this export').fill(pass);
    await step.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(importMessage(options))
      .toMatch(/This share for Maria expired on .+: nothing was added/);
    expect(await options.getByTestId('account-editor').count()).toBe(1);
    await options.close();
  });
});
