import { HOTP, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import type { RealPopup } from './harness/real-popup';

const t = useBrowser();
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/PracticeQ:app%40practice.test?secret=${SECRET}&issuer=PracticeQ`;
const PASS = 'staple battery horse';

/** The code the popup shows, with its grouping space removed. */
async function shownCode(popup: RealPopup): Promise<string> {
  return (await popup.getByTestId('code').first().innerText()).replace(/\s/g, '');
}

/** A code read near a period boundary may belong to either side of it (the popup shows the next one in the last 3 s). */
function codesAroundNow(secret: string): string[] {
  const totp = new TOTP({ secret });
  return [-2000, 0, 2000, 4000].map((d) => totp.generate({ timestamp: Date.now() + d }));
}

describe('the vault in the popup', () => {
  let portal: Page;
  let popup: RealPopup;

  it('creates a vault on first run, refusing mismatched passphrases', async () => {
    portal = await t.session.open('https://intakeq.com/signin');
    popup = await t.session.openToolbarPopup(portal);
    await expect.poll(() => popup.getByTestId('lock-screen').isVisible()).toBe(true);
    await popup.getByLabel('Passphrase').fill(PASS);
    await popup.getByLabel('Type it again').fill('something else');
    await popup.getByRole('button', { name: 'Create vault' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('not the same');
    await popup.getByLabel('Type it again').fill(PASS);
    await popup.getByRole('button', { name: 'Create vault' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Lock' }).isVisible()).toBe(true);
  });

  it('adds an account from its setup link, bound to the site, and shows the right code', async () => {
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByLabel('Setup link').fill('otpauth://totp/x?secret=NOTBASE32!!');
    await popup.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('not allowed');
    await popup.getByLabel('Setup link').fill(URI);
    await expect(popup.getByLabel('Fill its codes on intakeq.com').isChecked()).resolves.toBe(true);
    await popup.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(1);
    expect(codesAroundNow(SECRET)).toContain(await shownCode(popup));
    await expect(popup.getByTestId('code-row').first().getAttribute('class')).resolves.toContain('this-site');
  });

  it('stays unlocked when the service worker is stopped, rebuilding from session storage', async () => {
    await t.session.inWorker(() => {
      (globalThis as { oldWorker?: boolean }).oldWorker = true;
    }, null);
    await t.session.stopServiceWorker(portal);
    await popup.reload();
    // A new worker with fresh globals answers the popup.
    await expect
      .poll(() =>
        t.session.inWorker(() => (globalThis as { oldWorker?: boolean }).oldWorker ?? 'fresh', null),
      )
      .toBe('fresh');
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(1);
    expect(codesAroundNow(SECRET)).toContain(await shownCode(popup));
    // The key lives in session storage, which content scripts cannot read, never in local storage.
    const local = await t.session.inWorker(() => chrome.storage.local.get(null), null);
    expect(JSON.stringify(local)).not.toMatch(/unlockedKey|JBSWY3DP/);
  });

  it('locks, refuses a wrong passphrase with a clear message, and unlocks with the right one', async () => {
    await popup.getByRole('button', { name: 'Lock' }).click();
    await expect.poll(() => popup.getByTestId('lock-screen').isVisible()).toBe(true);
    await popup.getByLabel('Passphrase').fill('wrong passphrase');
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('passphrase is not right');
    await popup.getByLabel('Passphrase').fill(PASS);
    await popup.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => popup.getByTestId('code-row').count()).toBe(1);
  });

  it('copies a code on click and clears the clipboard afterwards, popup open or not', async () => {
    const cdp = await t.session.browser.newBrowserCDPSession();
    await cdp.send('Browser.grantPermissions', {
      origin: `chrome-extension://${t.session.extensionId}`,
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
    await popup.getByRole('button', { name: /^Copy code for PracticeQ/ }).click();
    await expect.poll(() => popup.getByText('Copied').isVisible()).toBe(true);
    expect(codesAroundNow(SECRET)).toContain(await popup.evaluate<string>('navigator.clipboard.readText()'));
    const alarm = await t.session.inWorker(() => chrome.alarms.get('clear-clipboard'), null);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 20_000);
    await popup.close();
    // No person waits 30 s in a test: the same alarm is moved to now, and the browser fires it.
    await t.session.inWorker(() => chrome.alarms.create('clear-clipboard', { when: Date.now() }), null);
    // Chrome may hold an alarm up to its 30-second floor: wait that long at most for it to go off.
    await expect
      .poll(() => t.session.inWorker(() => chrome.alarms.get('clear-clipboard'), null), { timeout: 40_000 })
      .toBeUndefined();
    const reader = await t.session.open(t.session.extensionUrl('options.html'));
    await expect.poll(() => reader.evaluate(() => navigator.clipboard.readText())).toBe(' ');
    await reader.close();
  });

  it('a counter-based (HOTP) account moves on when its code is copied or filled, and "Next" skips one', async () => {
    const hotp = `otpauth://hotp/Clinic:desk?secret=${SECRET}&counter=0&issuer=Clinic`;
    const codeAt = (counter: number) => new HOTP({ secret: SECRET, counter }).generate();
    const { id } = await t.session.ask<{ id: string }>('accounts.add', { uri: hotp });
    await t.session.ask('accounts.update', {
      id,
      bindings: [{ kind: 'origin', origin: 'https://www.clinic-example.test' }],
    });
    const page = await t.session.open('https://www.clinic-example.test/otc');
    const popup = await t.session.openToolbarPopup(page);
    const row = popup.getByTestId('code-row').filter({ hasText: 'desk' });
    const shown = async () => (await row.getByTestId('code').innerText()).replace(/\s/g, '');
    await expect.poll(shown).toBe(codeAt(0));
    await row.getByRole('button', { name: 'Copy code for Clinic desk' }).click();
    await expect.poll(() => popup.evaluate<string>('navigator.clipboard.readText()')).toBe(codeAt(0));
    await expect.poll(shown).toBe(codeAt(1)); // used up by copying: the next one shows
    await row.getByRole('button', { name: 'Next code for Clinic desk' }).click();
    await expect.poll(shown).toBe(codeAt(2));
    await popup.close();
    await t.session.pressFillShortcut(page);
    await expect.poll(() => page.locator('input[name=code]').inputValue()).toBe(codeAt(2));
    const again = await t.session.openToolbarPopup(page);
    await expect
      .poll(async () =>
        (
          await again.getByTestId('code-row').filter({ hasText: 'desk' }).getByTestId('code').innerText()
        ).replace(/\s/g, ''),
      )
      .toBe(codeAt(3));
    await again.close();
    await page.close();
  });
});
