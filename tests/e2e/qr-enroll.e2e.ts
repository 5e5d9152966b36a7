import { describe, expect, it } from 'vitest';
import { IQ_USERS } from '../fixtures/server/users';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import { enrollment } from './helpers/enrollment';

const t = useBrowser();
const { ensureVault, setupPage, scan, enrollEndToEnd } = enrollment(t);

describe('enrolling from the page', () => {
  it('PracticeQ setup with the barcode as an <img>: scan, add, fill the confirmation, accepted', () =>
    enrollEndToEnd('img'));
  it('… drawn on a <canvas>', () => enrollEndToEnd('canvas'));
  it('… as inline SVG', () => enrollEndToEnd('svg'));

  it('says "already added" for a code it has, and offers nothing to replace', async () => {
    const page = await setupPage('img');
    const first = await scan(page);
    await first.getByRole('button', { name: 'Add this account' }).click();
    await expect.poll(() => first.getByText('Added.', { exact: true }).isVisible()).toBe(true);
    await first.close();
    const again = await scan(page);
    await expect.poll(() => again.getByTestId('finding').innerText()).toContain('already added');
    expect(await again.getByRole('button', { name: /Replace/ }).count()).toBe(0);
    await again.close();
    await page.close();
  });

  it('a re-enrollment (new code, same name) replaces exactly the one picked, keeps its sites, and can be undone', async () => {
    type Listed = { accounts: { id: string; account: string; bindings: unknown[] }[] };
    const list = async () => (await t.session.ask<Listed>('accounts.list', {})).accounts;
    const before = await list();
    const named = before.filter((a) => a.account === IQ_USERS.fresh.email);
    expect(named.length).toBeGreaterThan(0); // from the enrollments above
    const page = await setupPage('img'); // PracticeQ makes a new secret for each setup
    const popup = await scan(page);
    await expect.poll(() => popup.getByTestId('finding').innerText()).toContain('You already have');
    const replaceButtons = popup.getByRole('button', { name: /^Replace the saved one for intakeq\.com/ });
    expect(await replaceButtons.count()).toBe(named.length);
    await replaceButtons.first().click();
    await expect.poll(() => popup.getByTestId('finding').getByText('Replaced.').isVisible()).toBe(true);
    const after = await list();
    expect(after.length).toBe(before.length); // one in, exactly one out
    expect(after.filter((a) => a.account === IQ_USERS.fresh.email).length).toBe(named.length);
    const fresh = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(fresh.bindings).toEqual([{ kind: 'origin', origin: 'https://intakeq.com' }]);

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => popup.getByTestId('notice').innerText())
      .toContain('The replaced account is back');
    expect((await list()).map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    await popup.close();
    await page.close();
  });
});

describe('a setup code on a look-alike of a portal', () => {
  it('is flagged, and nothing is saved unless the person insists', async () => {
    await ensureVault();
    const before = (await t.session.ask<{ accounts: unknown[] }>('accounts.list', {})).accounts.length;
    const page = await t.session.open('https://app.intakeq.com.secure-login.test/account/2fa-setup');
    const popup = await scan(page);
    const finding = popup.getByTestId('finding').first();
    await expect.poll(() => finding.innerText()).toContain('is not PracticeQ (IntakeQ)');
    expect(await finding.getByRole('button', { name: 'Add this account' }).count()).toBe(0);
    expect((await t.session.ask<{ accounts: unknown[] }>('accounts.list', {})).accounts.length).toBe(before);
    await popup.close();
    await page.close();
  });
});

describe('what is not an enrollment code', () => {
  it('a Wi-Fi QR code is named and nothing is saved', async () => {
    await ensureVault();
    const before = (await t.session.ask<{ accounts: unknown[] }>('accounts.list', {})).accounts.length;
    const page = await t.session.open('https://www.clinic-example.test/wifi-qr');
    const popup = await scan(page);
    await expect
      .poll(() => popup.getByTestId('finding').innerText())
      .toContain('This QR code is not a two-factor setup code (it is a Wi-Fi network)');
    expect((await t.session.ask<{ accounts: unknown[] }>('accounts.list', {})).accounts.length).toBe(before);
    await popup.close();
    await page.close();
  });

  it('a page without a code says so and offers to draw a box', async () => {
    const page = await t.session.open('https://www.clinic-example.test/no-qr');
    const popup = await scan(page);
    await expect
      .poll(() => popup.getByTestId('scan-results').innerText())
      .toContain('No QR code found on this page');
    expect(await popup.getByRole('button', { name: 'Select the area with the code' }).isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('a capture the browser refuses says why', async () => {
    // No person can scan a tab without the gesture that grants activeTab (the toolbar button,
    // the shortcut or the menu all grant it), so this one check goes through an internal message.
    await ensureVault();
    const page = await t.session.open('https://www.clinic-example.test/no-qr');
    const tabId = await t.session.tabIdOf(page);
    await expect(t.session.ask('qr.scanTab', { tabId })).rejects.toThrow('did not allow a look at this page');
    await page.close();
  });
});

describe('harder pages', () => {
  it('two codes on one page: both are offered, each with its own Add', async () => {
    await ensureVault();
    const page = await t.session.open('https://www.clinic-example.test/two-qr');
    const popup = await scan(page);
    await expect.poll(() => popup.getByTestId('finding').count()).toBe(2);
    const texts = await popup.getByTestId('finding').allInnerTexts();
    expect(texts.join('|')).toContain('staff1@clinic.test');
    expect(texts.join('|')).toContain('staff2@clinic.test');
    await popup.close();
    await page.close();
  });

  it('a code partly below the fold: the page is scrolled to it, and the popup says so', async () => {
    await ensureVault();
    const page = await t.session.open('https://www.clinic-example.test/low-qr');
    const popup = await scan(page);
    await expect.poll(() => popup.getByTestId('scan-results').innerText()).toContain('partly off screen');
    expect(await popup.getByTestId('finding').first().innerText()).toContain('staff1@clinic.test');
    await popup.close();
    await page.close();
  });
});

describe('drawing a box around a code', () => {
  it('finds the code inside the box and the popup offers it', async () => {
    const page = await setupPage('canvas');
    await page.bringToFront();
    await t.session.clickToolbar(page); // activeTab, as the popup's button would have it
    await t.session.ask('qr.selectArea', { tabId: await t.session.tabIdOf(page) });
    const code = await page.locator('canvas').boundingBox();
    await page.mouse.move(code!.x - 20, code!.y - 20);
    await page.mouse.down();
    await page.mouse.move(code!.x + code!.width + 20, code!.y + code!.height + 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator('sfc-note').count()).toBe(1);
    const again = await t.session.openToolbarPopup(page);
    await expect.poll(shownText(again.getByTestId('finding').first())).toContain('PracticeQ');
    await again.close();
    await page.close();
  });
});

describe('other ways in', () => {
  it('the scan shortcut tells the page what it found, and the popup offers it', async () => {
    await ensureVault();
    const page = await setupPage('svg');
    // Alt+Shift+Q (it grants activeTab itself); the extension then opens its popup.
    const popup = await t.session.popupAfter(page, () => t.session.pressScanShortcut(page));
    await expect.poll(() => page.locator('sfc-note').count()).toBe(1);
    await expect.poll(shownText(popup.getByTestId('finding').first())).toContain('PracticeQ');
    await popup.close();
    await page.close();
  });

  it('"Add 2FA account from this QR code" reads the image itself, no screenshot', async () => {
    await ensureVault();
    const page = await setupPage('img');
    const popup = await t.session.popupAfter(page, () =>
      t.session.chooseFromContextMenu(page, page.locator('img[alt=barcode]')),
    );
    await expect.poll(shownText(popup.getByTestId('finding').first())).toContain('PracticeQ');
    await popup.close();
    await page.close();
  });

  it('the image menu never sends the person’s cookies: a picture only the signed-in page can fetch is read from the screen', async () => {
    await ensureVault();
    const page = await setupPage('url');
    const img = page.locator('img[alt=barcode]');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    const seen = t.sim.state.pictureRequests.length; // the page's own (signed-in) load
    // The menu grants activeTab, for reading the screen if the picture cannot be fetched.
    const popup = await t.session.popupAfter(page, () => t.session.chooseFromContextMenu(page, img));
    await expect.poll(shownText(popup.getByTestId('finding').first())).toContain('PracticeQ');
    const byExtension = t.sim.state.pictureRequests.slice(seen);
    expect(byExtension.length).toBeGreaterThan(0); // it did ask, without cookies, and was refused
    expect(byExtension.every((r) => !r.withCookies)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('a screenshot dropped onto the popup is scanned', async () => {
    await ensureVault();
    const page = await setupPage('img');
    const png = await page.locator('img[alt=barcode]').screenshot();
    const popup = await t.session.openToolbarPopup(page);
    await expect.poll(() => popup.getByRole('button', { name: 'Lock' }).isVisible()).toBe(true); // unlocked
    // What the browser hands the popup when a picture is dropped on it.
    await popup.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(${JSON.stringify([...png])})], 'screenshot.png', { type: 'image/png' }));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(shownText(popup.getByTestId('finding').first())).toContain(IQ_USERS.fresh.email);
    await popup.close();
    await page.close();
  });

  it('a picture chosen from the scan menu is scanned; a file that is not a picture is refused', async () => {
    await ensureVault();
    const { PNG } = await import('pngjs');
    const page = await t.session.open('https://www.clinic-example.test/no-qr');
    const popup = await t.session.openToolbarPopup(page);
    // No file field in the popup: the picture comes through the menu beside Scan page.
    expect(
      await popup.evaluate<number>(
        '[...document.querySelectorAll("input[type=file]")].filter((f) => f.getClientRects().length).length',
      ),
    ).toBe(0);
    await popup.getByRole('button', { name: 'More ways to scan' }).click();
    await popup.chooseFilesThrough('Choose a picture', [{ name: 'notes.txt', buffer: Buffer.from('hello') }]);
    await expect.poll(shownText(popup.getByRole('alert').first())).toContain('not a picture');
    const blank = new PNG({ width: 50, height: 50 });
    blank.data.fill(255);
    await popup.getByRole('button', { name: 'More ways to scan' }).click();
    await popup.chooseFilesThrough('Choose a picture', [
      { name: 'blank.png', buffer: PNG.sync.write(blank) },
    ]);
    await expect.poll(shownText(popup.getByTestId('scan-results'))).toContain('No QR code found');
    await popup.close();
    await page.close();
  });
});
