import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import { signInToTherapyAppointment } from './helpers/portals';

// The extension allowed in incognito, set in the profile's Preferences (clicking the toggle would unload an unpacked extension).
const t = useBrowser({ incognito: true });

async function openPrivate(url: string): Promise<Page> {
  const before = new Set(t.session.browser.contexts().flatMap((c) => c.pages()));
  await t.session.inWorker((u) => chrome.windows.create({ incognito: true, url: u }), url);
  for (let i = 0; i < 50; i++) {
    const page = t.session.browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => !before.has(p) && p.url().startsWith(url));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The private window for ${url} did not show up`);
}

describe('private windows', () => {
  it('the extension is allowed there', async () => {
    expect(await t.session.inWorker(() => chrome.extension.isAllowedIncognitoAccess(), null)).toBe(true);
  });

  it('a portal page in a private window says it will not be remembered', async () => {
    const page = await openPrivate('https://portal.therapyappointment.com/');
    await expect
      .poll(() => t.session.closedShadowText(page, 'sfc-banner').catch(() => ''))
      .toContain('This is a private window: TherapyAppointment will not remember it');
    const popup = await t.session.openToolbarPopup(page);
    await expect
      .poll(shownText(popup.getByTestId('private-window')))
      .toContain('will ask for a code every time');
    await popup.close();
  });
});

describe('what a private window teaches about this browser: nothing', () => {
  const TA = 'https://portal.therapyappointment.com/';
  const learned = async () =>
    JSON.stringify(
      (
        (await t.session.inWorker(() => chrome.storage.local.get('portalTrust'), null)) as {
          portalTrust?: unknown;
        }
      ).portalTrust ?? null,
    );

  it('a challenge passed there neither learns nor wipes what the normal window learned, and closing it is no loss', async () => {
    const normal = await t.session.open(TA);
    await signInToTherapyAppointment(t.sim, normal, true);
    await expect.poll(learned).toContain('ta_device_auth');
    const before = await learned();
    await normal.close();

    const page = await openPrivate(TA);
    await signInToTherapyAppointment(t.sim, page, true); // asked for a code: this store has no cookie
    // Proof the extension looked at the code step and the app page in the private window:
    await expect
      .poll(() => t.session.closedShadowText(page, 'sfc-banner').catch(() => ''))
      .toContain('This is a private window');
    expect(await learned()).toBe(before);

    await page.close(); // the private window's cookies go with it
    await t.session.inWorker(async () => {
      for (const w of await chrome.windows.getAll()) if (w.incognito) await chrome.windows.remove(w.id!);
    }, null);
    await expect.poll(learned).toBe(before);
    const notes = await t.session.inWorker(
      async () => Object.keys(await chrome.notifications.getAll()),
      null,
    );
    expect(notes).not.toContain('trust-lost-therapyappointment');
  });
});
