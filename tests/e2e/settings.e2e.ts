import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

// app.clio.com as if the person allowed it at the browser's prompt (see harness).
const t = useBrowser({ grantHosts: ['https://app.clio.com/*'] });
const PASS = 'staple battery horse';
const A = 'otpauth://totp/Clio:alice%40firm.test?secret=JBSWY3DPEHPK3PXP&issuer=Clio';
const B = 'otpauth://totp/MyCase:bob%40firm.test?secret=KRSXG5CTMVRXEZLU&issuer=MyCase';

async function message(page: Page, section: string): Promise<string> {
  return page
    .getByTestId(`message-${section}`)
    .innerText({ timeout: 1000 })
    .catch(() => '');
}

/**
 * Does something in a section and returns what its line says once done: first its progress
 * ("… This takes a few seconds."), then the answer.
 */
async function answerTo(page: Page, section: string, action: () => Promise<void>): Promise<string> {
  await page.evaluate((s) => {
    const line = document.querySelector(`[data-testid="message-${s}"]`)!;
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(line.textContent ?? '')).observe(line, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  }, section);
  await action();
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  await expect.poll(async () => (await said()).filter(Boolean).length).toBeGreaterThanOrEqual(2);
  return (await said()).filter(Boolean).at(-1)!;
}

describe('settings: import, backup, passphrase, sites', () => {
  let options: Page;

  it('creates the vault and imports setup links after a preview that marks duplicates', async () => {
    options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await options.getByLabel('Type it again').fill(PASS);
    await options.getByRole('button', { name: 'Create vault' }).click();
    await options.getByLabel(/or paste setup links/).fill(`${A}\n${A}\nnot a link`);
    await options.getByRole('button', { name: 'Preview' }).click();
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.innerText()).toContain('2 accounts, 1 new');
    expect(await preview.innerText()).toContain('already added (skipped)');
    expect(await preview.innerText()).toContain('Line 3: This is not a two-factor setup code');
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(1);
  });

  it('refuses a file that is not an export, and writes nothing', async () => {
    await options.getByLabel(/or paste setup links/).fill('{"hello": "world"}');
    await options.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => message(options, 'import')).toContain('not an export this extension knows');
    expect(await options.getByTestId('account-editor').count()).toBe(1);
  });

  it('binds an account to a site, refusing something that is not a web address', async () => {
    const editor = options.getByTestId('account-editor').first();
    await editor.locator('button[aria-expanded]').click(); // the account's line opens its view
    await editor.getByLabel(/Fill codes on these sites/).fill('not a site!');
    await editor.getByRole('button', { name: 'Save sites' }).click();
    await expect
      .poll(() => editor.getByRole('alert').innerText({ timeout: 1000 }))
      .toContain('is not a web address');
    await editor.getByLabel(/Fill codes on these sites/).fill('app.clio.com');
    await editor.getByRole('button', { name: 'Save sites' }).click();
    await expect.poll(() => message(options, 'accounts')).toBe('Sites saved.');
    await expect
      .poll(() =>
        options
          .getByTestId('account-editor')
          .first()
          .getByLabel(/Fill codes on these sites/)
          .inputValue(),
      )
      .toBe('app.clio.com');
  });

  it('saves an encrypted backup, and restores it after the account is removed', async () => {
    await options.getByLabel(/or paste setup links/).fill(B);
    await options.getByRole('button', { name: 'Preview' }).click();
    await options.getByRole('button', { name: 'Import 1 account' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(2);

    // A typo in the backup passphrase must not make a file nobody can open: typed twice.
    await options.getByLabel('Passphrase for the backup file').fill('backup passphrase 1');
    await options.getByLabel('The backup passphrase again').fill('backup passphrase 2');
    await expect
      .poll(() => options.getByText('The two backup passphrases are not the same').isVisible())
      .toBe(true);
    expect(await options.getByRole('button', { name: 'Save an encrypted backup' }).isDisabled()).toBe(true);
    await options.getByLabel('The backup passphrase again').fill('backup passphrase 1');
    // Someone at an unlocked browser who does not know the vault passphrase takes nothing away.
    await options.getByLabel(/Your vault passphrase/).fill('not the vault passphrase');
    await options.getByRole('button', { name: 'Save an encrypted backup' }).click();
    await expect.poll(() => message(options, 'backup')).toContain('passphrase is not right');
    await options.getByLabel(/Your vault passphrase/).fill(PASS);
    // Everything the section's line says while the backup is made (it takes seconds: progress first).
    await options.evaluate(() => {
      const line = document.querySelector('[data-testid="message-backup"]')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => said.push(line.textContent ?? '')).observe(line, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Save an encrypted backup' }).click(),
    ]);
    const file = join(tmpdir(), `sfc-backup-${Date.now()}.json`);
    await download.saveAs(file);
    const content = readFileSync(file, 'utf8');
    expect(JSON.parse(content).format).toBe('second-factor-companion-backup');
    expect(content).not.toContain('JBSWY3DP');
    await expect
      .poll(() => message(options, 'backup'))
      .toContain('with 2 accounts, and checked that it opens');
    const said = await options.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said[0]).toContain('Encrypting the backup and checking that it opens');

    // The first account's view is still open from the test above.
    await options.getByRole('button', { name: 'Remove' }).first().click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(1);

    // Wrong passphrase and a damaged copy: a clear message, nothing changed.
    await options.getByLabel('Backup file', { exact: true }).setInputFiles(file);
    await options.getByLabel('Its passphrase').fill('wrong one');
    expect(
      await answerTo(options, 'backup', () =>
        options.getByRole('button', { name: 'Restore a backup' }).click(),
      ),
    ).toContain('Wrong passphrase, or the backup file is damaged');
    const damaged = join(tmpdir(), `sfc-damaged-${Date.now()}.json`);
    writeFileSync(damaged, content.replace(/"data": "(.{10})/, '"data": "AAAAAAAAAA'));
    await options.getByLabel('Backup file', { exact: true }).setInputFiles(damaged);
    await options.getByLabel('Its passphrase').fill('backup passphrase 1');
    expect(
      await answerTo(options, 'backup', () =>
        options.getByRole('button', { name: 'Restore a backup' }).click(),
      ),
    ).toContain('damaged');
    expect(await options.getByTestId('account-editor').count()).toBe(1);

    await options.getByLabel('Backup file', { exact: true }).setInputFiles(file);
    expect(
      await answerTo(options, 'backup', () =>
        options.getByRole('button', { name: 'Restore a backup' }).click(),
      ),
    ).toMatch(/^Restored 1 account: .+\. 1 was already here: .+\.$/);
    expect(await options.getByTestId('account-editor').count()).toBe(2);
    // The restored account kept its site (each account's line names its sites).
    const lines = await options.getByTestId('account-editor').allInnerTexts();
    expect(lines.some((line) => line.includes('app.clio.com'))).toBe(true);
  });

  it('changes the passphrase: the old one stops working', async () => {
    const form = options.getByTestId('passphrase-form');
    await form.getByLabel('Current passphrase').fill('not the passphrase');
    await form.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
    await form.getByLabel('New passphrase again').fill('a brand new passphrase');
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await expect.poll(() => message(options, 'passphrase')).toContain('passphrase is not right');
    await form.getByLabel('Current passphrase').fill(PASS);
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await expect.poll(() => message(options, 'passphrase')).toContain('Passphrase changed');

    const popup = await t.session.openToolbarPopup(await t.session.open('https://sim.test/'));
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByLabel('Passphrase').fill(PASS);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('not right');
    await popup.getByLabel('Passphrase').fill('a brand new passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(2);
  });

  it('forty accounts are forty lines: searched by name or site, each opening its own view, removed with undo', async () => {
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const links = Array.from(
      { length: 38 },
      (_, i) =>
        `otpauth://totp/Portal%20${i}:desk${i}?secret=JBSWY3DPEHPK3P${b32[i >> 5]}${b32[i % 32]}&issuer=Portal%20${i}`,
    );
    await options.reload();
    await options.getByLabel(/or paste setup links/).fill(links.join('\n'));
    await options.getByRole('button', { name: 'Preview' }).click();
    await options.getByRole('button', { name: 'Import 38 accounts' }).click();
    const lines = options.getByTestId('account-editor');
    await expect.poll(() => lines.count()).toBe(40);
    // Closed, an account is one line: no form of any account is on the page.
    expect(await options.locator('#accounts textarea').count()).toBe(0);
    await options.getByRole('searchbox', { name: 'Search accounts' }).fill('clio.com');
    await expect.poll(() => lines.count()).toBe(1);
    expect(await lines.first().innerText()).toContain('alice@firm.test');
    await lines.first().locator('button[aria-expanded]').click();
    await expect
      .poll(() =>
        lines
          .first()
          .getByLabel(/Fill codes on these sites/)
          .inputValue(),
      )
      .toBe('app.clio.com');
    await options.getByRole('searchbox', { name: 'Search accounts' }).fill('nothing like this');
    await expect.poll(() => options.locator('#accounts').innerText()).toContain('No account matches');
    await options.getByRole('searchbox', { name: 'Search accounts' }).fill('Portal 7');
    await expect.poll(() => lines.count()).toBe(1);
    await lines.first().locator('button[aria-expanded]').click();
    await lines.first().getByRole('button', { name: 'Remove' }).click();
    await options.getByRole('searchbox', { name: 'Search accounts' }).fill('');
    await expect.poll(() => lines.count()).toBe(39);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => lines.count()).toBe(40);
  });
});
