import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserSession, useBrowser } from './harness';

// Sync between a person's browsers, through Chromium's own storage.sync (no account needed: the
// area is kept on this profile, as Chrome Sync would keep it). A repair that wipes the
// extension's IndexedDB loses nothing; a second profile, given the first one's sync area as
// Chrome Sync would deliver it, merges its own vault with it.
const t = useBrowser();
const PASS = 'staple battery horse';
const OTHER_PASS = 'second desk passphrase';
const folder = mkdtempSync(join(tmpdir(), 'sfc-sync-'));
const codeAt = (secret: string, counter: number) => new HOTP({ secret, counter }).generate();

const ACCOUNTS = [
  { issuer: 'Clio', name: 'front desk', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', counter: 4 },
  { issuer: 'MyCase', name: 'billing', secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU', counter: 9 },
  { issuer: 'TherapyNotes', name: 'intake', secret: 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD', counter: 2 },
];
const linkOf = (a: (typeof ACCOUNTS)[number]) =>
  `otpauth://hotp/${a.issuer}:${encodeURIComponent(a.name)}?secret=${a.secret}&issuer=${a.issuer}&counter=${a.counter}`;

async function createVault(session: BrowserSession, passphrase: string): Promise<Page> {
  const options = await session.open(session.extensionUrl('options.html'));
  await options.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await options.getByLabel('Type it again').fill(passphrase);
  await options.getByRole('button', { name: 'Create vault' }).click();
  await options.getByRole('heading', { name: 'Sync between my browsers' }).waitFor();
  return options;
}

async function importLinks(options: Page, name: string, links: string[]): Promise<void> {
  const path = join(folder, name);
  writeFileSync(path, links.join('\n'));
  const before = await options.getByTestId('account-editor').count();
  await options.getByLabel(/Choose an export file/).setInputFiles(path);
  await options.getByRole('button', { name: /^Import \d+ account/ }).click();
  await expect.poll(() => options.getByTestId('account-editor').count()).toBe(before + links.length);
}

/** The rows of the toolbar popup: each account's text and its code. */
async function codesInPopup(session: BrowserSession, page: Page): Promise<[string, string][]> {
  const popup = await session.openToolbarPopup(page);
  await expect.poll(() => popup.getByTestId('code-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const rows = await popup.evaluate<
    [string, string][]
  >(`[...document.querySelectorAll('[data-testid="code-row"]')]
    .map((row) => [row.innerText, row.querySelector('[data-testid="code"]').innerText.replace(/\\s/g, '')])`);
  await popup.close();
  return rows;
}
const hasCode = (rows: [string, string][], name: string, code: string) =>
  rows.some(([text, shown]) => text.includes(name) && shown === code);

const syncArea = (session: BrowserSession) =>
  session.inWorker(() => chrome.storage.sync.get(null), null) as Promise<Record<string, unknown>>;

describe('sync between browsers, in Chromium', () => {
  let second: BrowserSession | null = null;
  afterAll(async () => second?.close());

  it('turned on in Settings: only sealed items go into the browser’s sync, and Settings says when it synced', async () => {
    const options = await createVault(t.session, PASS);
    await importLinks(options, 'three.txt', ACCOUNTS.map(linkOf));
    await options.getByLabel(/Keep my accounts on my other browsers/).check();
    await expect
      .poll(() => options.getByTestId('sync-state').innerText())
      .toMatch(/Last synced: .*Sync space used: \d+ KB of 100 KB/s);
    const area = await syncArea(t.session);
    expect(Object.keys(area).sort()).toEqual(['sfc.0', 'sfc.key']);
    const text = JSON.stringify(area);
    for (const a of ACCOUNTS)
      for (const word of [a.issuer, a.name, a.secret]) expect(text).not.toContain(word);
    await options.close();
  });

  it('the extension’s IndexedDB deleted (as a repair does): the popup offers the synced vault, refuses a wrong passphrase, and brings every account back', async () => {
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    // What Chrome's repair of an extension leaves: its sync area only.
    await options.evaluate(async () => {
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('second-factor-vault');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
      await chrome.storage.local.clear();
      await chrome.storage.session.clear();
    });
    await options.close();

    const page = await t.session.open('https://www.clinic-example.test/otc');
    const popup = await t.session.openToolbarPopup(page);
    const offer = popup.getByTestId('restore-from-sync');
    await expect.poll(() => offer.innerText()).toContain('Your accounts are in browser sync');
    await popup.getByLabel('Passphrase').fill('not my passphrase');
    await popup.getByRole('button', { name: 'Bring my accounts back' }).click();
    await expect.poll(() => popup.text()).toMatch(/passphrase is not right|wrong passphrase/i);
    await popup.getByLabel('Passphrase').fill(PASS);
    await popup.getByRole('button', { name: 'Bring my accounts back' }).click();
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(3);
    expect(await popup.text()).toContain('Brought back 3 accounts from browser sync.');
    await popup.close();
    const codes = await codesInPopup(t.session, page);
    for (const a of ACCOUNTS) expect(hasCode(codes, a.name, codeAt(a.secret, a.counter)), a.name).toBe(true);
    await page.close();
  });

  it('a second browser with its own vault, given this sync area: merged there after the synced vault’s passphrase, and back here', async () => {
    second = await BrowserSession.launch(t.sim, { display: Boolean(process.env.DISPLAY) });
    const options = await createVault(second, OTHER_PASS);
    const own = { issuer: 'Jane', name: 'reception', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', counter: 1 };
    await importLinks(options, 'own.txt', [linkOf(own)]);

    // What Chrome Sync does between the two: the first profile's items arrive in the second.
    const area = await syncArea(t.session);
    await second.inWorker((items) => chrome.storage.sync.set(items), area);
    await options.getByLabel(/Keep my accounts on my other browsers/).check();
    const step = options.getByTestId('sync-passphrase');
    await expect
      .poll(() => step.innerText())
      .toContain('Browser sync already holds accounts from another vault');
    await step.getByLabel('Passphrase of the vault in sync').fill(OTHER_PASS);
    await step.getByRole('button', { name: 'Bring both together' }).click();
    await expect
      .poll(() => options.getByTestId('message-sync').innerText())
      .toMatch(/passphrase is not right|wrong passphrase/i);
    expect(await options.getByTestId('account-editor').count()).toBe(1);
    await step.getByLabel('Passphrase of the vault in sync').fill(PASS);
    await step.getByRole('button', { name: 'Bring both together' }).click();
    await expect
      .poll(() => options.getByTestId('message-sync').innerText())
      .toContain('Both vaults are together now');
    await expect.poll(() => options.getByTestId('account-editor').count(), { timeout: 10_000 }).toBe(4);

    const page = await second.open('https://www.clinic-example.test/otc');
    const codes = await codesInPopup(second, page);
    for (const a of [...ACCOUNTS, own])
      expect(hasCode(codes, a.name, codeAt(a.secret, a.counter)), a.name).toBe(true);

    // Back to the first browser: its sync area takes the second's items, and it has all four.
    await expect.poll(async () => Object.keys(await syncArea(second!)).length).toBeGreaterThan(1);
    await t.session.inWorker((items) => chrome.storage.sync.set(items), await syncArea(second));
    const first = await t.session.open('https://www.clinic-example.test/otc');
    await expect.poll(async () => (await codesInPopup(t.session, first)).length, { timeout: 15_000 }).toBe(4);
    await first.close();
    await page.close();
  });

  it('removed and passphrase changed on the second browser: the first says so, can keep the account, and takes the new passphrase once', async () => {
    const options = await second!.open(second!.extensionUrl('options.html'));
    const editors = options.getByTestId('account-editor');
    await expect.poll(() => editors.count()).toBe(4);
    const billing = editors.filter({ hasText: 'billing' });
    await billing.locator('button[aria-expanded]').click(); // its line opens its view
    await billing.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => options.getByTestId('account-editor').count()).toBe(3);
    const form = options.getByTestId('passphrase-form');
    await form.getByLabel('Current passphrase').fill(PASS);
    await form.getByLabel('New passphrase', { exact: true }).fill('the new shared passphrase');
    await form.getByLabel('New passphrase again').fill('the new shared passphrase');
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await expect
      .poll(() => options.getByTestId('message-passphrase').innerText())
      .toContain('Passphrase changed');
    await expect
      .poll(async () => ((await syncArea(second!))['sfc.key'] as { at: string }).at)
      .not.toBe(((await syncArea(t.session))['sfc.key'] as { at: string }).at);
    await t.session.inWorker((items) => chrome.storage.sync.set(items), await syncArea(second!));

    const page = await t.session.open('https://www.clinic-example.test/otc');
    const popup = await t.session.openToolbarPopup(page);
    const notices = popup.getByTestId('sync-notices');
    await expect
      .poll(() => notices.innerText(), { timeout: 10_000 })
      .toContain('Removed on another browser: MyCase');
    expect(await popup.getByTestId('code-row').count()).toBe(3);
    await popup.getByRole('button', { name: 'Keep them here' }).click();
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(4);

    // Locked, the first browser opens with the passphrase set on the second (asked once).
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByLabel('Passphrase').fill('the new shared passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(4);
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByLabel('Passphrase').fill(PASS);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('not right');
    await popup.close();
    // Kept here after the removal there: the second browser gets it back.
    await second!.inWorker((items) => chrome.storage.sync.set(items), await syncArea(t.session));
    await expect.poll(() => options.getByTestId('account-editor').count(), { timeout: 15_000 }).toBe(4);
    await page.close();
  });

  it('removed from browser sync on the second browser: the first, locked, turns sync off and takes out its copy, keeps every account, and says so', async () => {
    const options = await second!.open(second!.extensionUrl('options.html'));
    const panel = options.getByTestId('sync-panel');
    await panel.getByRole('button', { name: 'Remove my accounts from browser sync…' }).click();
    await expect.poll(() => panel.getByTestId('sync-remove').innerText()).toContain('keep a backup file');
    await panel.getByRole('button', { name: 'Remove from browser sync' }).click();
    await expect
      .poll(() => options.getByTestId('message-sync').innerText())
      .toContain('no longer in browser sync');
    expect(await options.getByLabel(/Keep my accounts on my other browsers/).isChecked()).toBe(false);
    const note = await syncArea(second!);
    expect(Object.keys(note)).toEqual(['sfc.off']);
    expect(await options.getByTestId('account-editor').count()).toBe(4);

    // The note may reach the first browser before the removals do: it takes its copy out itself.
    await t.session.inWorker((items) => chrome.storage.sync.set(items), note);
    await expect
      .poll(async () => Object.keys(await syncArea(t.session)), { timeout: 10_000 })
      .toEqual(['sfc.off']);
    const page = await t.session.open('https://www.clinic-example.test/otc');
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByLabel('Passphrase').fill('the new shared passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => popup.getByTestId('sync-notices').innerText(), { timeout: 10_000 })
      .toContain('another browser removed your accounts from browser sync');
    expect(await popup.getByTestId('code-row').count()).toBe(4);
    await popup.close();

    // Settings says why it is off; turned on again here, this browser puts its vault back.
    const first = await t.session.open(t.session.extensionUrl('options.html'));
    await expect
      .poll(() => first.getByTestId('sync-off-elsewhere').innerText())
      .toContain('Turned off by another browser');
    const choice = first.getByLabel(/Keep my accounts on my other browsers/);
    expect(await choice.isChecked()).toBe(false);
    await choice.check();
    await expect
      .poll(async () => Object.keys(await syncArea(t.session)).sort())
      .toEqual(['sfc.0', 'sfc.key']);
    await expect.poll(() => first.getByTestId('sync-off-elsewhere').count()).toBe(0);
    await first.close();
    await page.close();
  });
});
