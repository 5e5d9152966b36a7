import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeAegis } from '@/lib/export/aegis';
import type { OtpAccount } from '@/lib/otp';
import { exportUri } from '../fixtures/imports/google-export';
import { andOtpEncrypted } from '../fixtures/imports/sealed';
import { useBrowser } from './harness';

// Settings → Import → the file's own password → preview → confirm → codes in the toolbar
// popup, in Chromium, for each family of file: encrypted JSON (Aegis), encrypted bytes
// (andOTP), and plain CSV (Bitwarden). Counter-based accounts, so the codes are known.
const t = useBrowser();
const PASS = 'staple battery horse';
const folder = mkdtempSync(join(tmpdir(), 'sfc-imports-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const SECRET = 'JBSWY3DPEHPK3PXP';
const codeAt = (secret: string, counter: number) => new HOTP({ secret, counter }).generate();

async function importFile(options: Page, path: string) {
  await options.getByLabel(/Choose an export file/).setInputFiles(path);
}

async function codeInPopup(page: Page, name: string): Promise<string> {
  const popup = await t.session.openToolbarPopup(page);
  const row = popup.getByTestId('code-row').filter({ hasText: name });
  let code = '';
  await expect
    .poll(async () => (code = (await row.getByTestId('code').innerText()).replace(/\s/g, '')))
    .toMatch(/^\d{6}$/);
  await popup.close();
  return code;
}

describe('importing from other authenticators, in the browser', () => {
  let options: Page;

  it('an encrypted Aegis backup: its password asked for, a wrong one said so, then the preview and the codes', async () => {
    options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await options.getByLabel('Type it again').fill(PASS);
    await options.getByRole('button', { name: 'Create vault' }).click();
    // The file field says what it is for in one line; which apps' exports, one click away.
    const formats = options.getByTestId('import-formats');
    expect(await formats.locator('p').isVisible()).toBe(false);
    await formats.getByText('Which exports it reads').click();
    await expect.poll(() => formats.locator('p').innerText()).toContain('Aegis (encrypted or not)');

    const accounts: OtpAccount[] = [
      {
        kind: 'hotp',
        issuer: 'Clio',
        account: 'front desk',
        secret: SECRET,
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 4,
      },
      {
        kind: 'totp',
        issuer: 'MyCase',
        account: 'billing',
        secret: 'KRSXG5CTMVRXEZLU',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
      },
    ];
    await importFile(options, file('aegis-backup.json', await writeAegis(accounts, 'aegis file pass')));
    const step = options.getByTestId('import-password');
    await expect.poll(() => step.innerText()).toContain('This Aegis backup is protected by a password');
    await step.getByLabel('Password of this export').fill('not the password');
    await step.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => options.getByTestId('message-import').innerText())
      .toContain('That password does not open this Aegis backup');
    expect(await options.getByTestId('account-editor').count()).toBe(0);

    await step.getByLabel('Password of this export').fill('aegis file pass');
    await step.getByRole('button', { name: 'Open' }).click();
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('From Aegis backup: 2 accounts, 2 new.');
    await options.getByRole('button', { name: 'Import 2 accounts' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(2);

    const page = await t.session.open('https://www.clinic-example.test/otc');
    expect(await codeInPopup(page, 'front desk')).toBe(codeAt(SECRET, 4));
    await page.close();
  });

  it('an encrypted andOTP backup (binary): the Steam entry left out by name, the rest imported', async () => {
    const sealed = await andOtpEncrypted(
      [
        {
          secret: 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD',
          issuer: 'TherapyNotes',
          label: 'intake',
          type: 'HOTP',
          algorithm: 'SHA1',
          digits: 6,
          counter: 7,
        },
        {
          secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
          issuer: 'Steam',
          label: 'games',
          type: 'STEAM',
          algorithm: 'SHA1',
          digits: 5,
          period: 30,
        },
      ],
      'andotp file pass',
    );
    await importFile(options, file('otp_accounts.json.aes', sealed));
    const step = options.getByTestId('import-password');
    await expect.poll(() => step.innerText()).toContain('This andOTP backup is protected by a password');
    await step.getByLabel('Password of this export').fill('andotp file pass');
    await step.getByRole('button', { name: 'Open' }).click();
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('From andOTP backup: 1 account, 1 new.');
    expect(await preview.innerText()).toContain('Entry 2 (Steam): is a Steam Guard account');
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(3);

    const page = await t.session.open('https://www.clinic-example.test/otc');
    expect(await codeInPopup(page, 'intake')).toBe(codeAt('KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD', 7));
    await page.close();
  });

  it('a Bitwarden CSV export: no password asked, an account already here skipped', async () => {
    const csv = [
      'folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp',
      `,,login,Clio,,,https://app.clio.com,front desk,pw,otpauth://hotp/Clio:front%20desk?secret=${SECRET}&issuer=Clio&counter=4`,
      ',,login,"Smith, Jones & Co",,,,partner,pw,otpauth://hotp/Smith:partner?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&counter=2',
    ].join('\n');
    await importFile(options, file('bitwarden_export.csv', csv));
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('From Bitwarden export: 2 accounts, 1 new.');
    expect(await preview.innerText()).toContain('already added (skipped)');
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(4);
  });

  it('exports every account as an encrypted Aegis file and as setup links, each read back as already here', async () => {
    const form = options.getByTestId('accounts-export');
    const exported = async (choice: RegExp, password?: string) => {
      await form.getByLabel(choice).check();
      await form.getByLabel(/Vault passphrase, to confirm/).fill(PASS);
      if (password) {
        await form.getByLabel(/Password for the file/).fill(password);
        await form.getByLabel("The file's password again").fill(password);
      }
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        form.getByRole('button', { name: 'Export accounts' }).click(),
      ]);
      const path = join(folder, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };

    const aegisFile = await exported(/Aegis file, protected by a password/, 'moving out pass');
    expect(readFileSync(aegisFile, 'utf8')).not.toContain(SECRET);
    await importFile(options, aegisFile);
    const step = options.getByTestId('import-password');
    await step.getByLabel('Password of this export').fill('moving out pass');
    await step.getByRole('button', { name: 'Open' }).click();
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('From Aegis backup: 4 accounts, 0 new.');
    await options.getByRole('button', { name: 'Cancel' }).click();

    const links = await exported(/List of setup links/);
    expect(readFileSync(links, 'utf8').trim().split('\n')).toHaveLength(4);
    await importFile(options, links);
    await expect.poll(() => preview.innerText()).toContain('From setup codes: 4 accounts, 0 new.');
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('a damaged encrypted Aegis file: the right password opens it, and it is called damaged, nothing added', async () => {
    const accounts: OtpAccount[] = [
      {
        kind: 'totp',
        issuer: 'Jane',
        account: 'front',
        secret: 'ONSWG4TFORZWK3TEMFWWK3TU',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
      },
    ];
    const sealed = JSON.parse(await writeAegis(accounts, 'damaged pass'));
    sealed.db = sealed.db.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
    await importFile(options, file('aegis-damaged.json', JSON.stringify(sealed)));
    const step = options.getByTestId('import-password');
    await step.getByLabel('Password of this export').fill('damaged pass');
    await step.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => options.getByTestId('message-import').innerText())
      .toContain('The protected part of this Aegis backup is damaged or cut off. Nothing was changed.');
    expect(await options.getByTestId('account-editor').count()).toBe(4);
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('a Google Authenticator export link with one account that cannot be used: the others come in, and it says which', async () => {
    const link = exportUri([
      { secret: new Uint8Array(20).fill(11), name: 'SimplePractice:billing' },
      { secret: new Uint8Array(20).fill(12), name: 'Old:md5', algorithm: 4 },
    ]);
    await options.getByLabel(/or paste setup links/).fill(link);
    await options.getByRole('button', { name: 'Preview' }).click();
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('From setup codes: 1 account, 1 new.');
    expect(await preview.innerText()).toContain('uses an algorithm that is not supported');
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(5);
  });
});
