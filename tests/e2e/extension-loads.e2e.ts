import { describe, expect, it } from 'vitest';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';

const t = useBrowser();

async function statusOrigins(): Promise<string[]> {
  // What the background recorded per tab (session:tab:<id>:status), read as stored.
  const all = await t.session.inWorker(async () => chrome.storage.session.get(null), null);
  return Object.entries(all as Record<string, { origin: string }>)
    .filter(([key]) => /^tab:\d+:status$/.test(key))
    .map(([, s]) => s.origin);
}

describe('the built extension in Chromium', () => {
  it('starts its service worker without errors', async () => {
    const manifest = await t.session.inWorker(() => chrome.runtime.getManifest(), null);
    expect(manifest.name).toBe('Second Factor Companion');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    const page = await t.session.open('https://app.practicepanther.com/');
    await page.close();
    expect(t.session.workerErrors).toEqual([]);
  });

  it('renders the popup and the options page', async () => {
    const page = await t.session.open('https://sim.test/');
    const popup = await t.session.openToolbarPopup(page);
    await expect
      .poll(() => popup.getByText('Second Factor Companion', { exact: true }).isVisible())
      .toBe(true);
    await popup.close();
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await expect
      .poll(() =>
        options
          .getByTestId('trust-table')
          .innerText({ timeout: 1000 })
          .catch(() => ''),
      )
      .toContain('TherapyAppointment');
    await options.close();
  });

  it('runs its content script on every portal host and not on a look-alike', async () => {
    const portals = [
      'https://app.practicepanther.com/',
      'https://intakeq.com/signin',
      'https://app.intakeq.com/signin',
      'https://portal.therapyappointment.com/index.cfm/public:auth?fw1pk=1',
    ];
    const lookAlike = 'https://app.practicepanther.com.secure-login.test/Account/VerifyDevice';
    const pages = [];
    for (const url of [...portals, lookAlike]) pages.push(await t.session.open(url));
    for (const url of portals) await expect.poll(statusOrigins).toContain(new URL(url).origin);
    const popup = await t.session.openToolbarPopup(pages[0]!);
    await expect.poll(() => popup.getByTestId('site-summary').innerText()).toContain('PracticePanther');
    const popupLookAlike = await t.session.openToolbarPopup(pages.at(-1)!);
    await expect
      .poll(() => popupLookAlike.getByTestId('site-summary').innerText())
      .toContain('not one of your practice portals');
    // The extension has looked at the look-alike (the popup above): its helper never reported.
    expect(await statusOrigins()).not.toContain(new URL(lookAlike).origin);
    for (const p of [...pages, popup, popupLookAlike]) await p.close();
  });
});

describe('private windows when not allowed', () => {
  it('the popup explains how to allow the extension there', async () => {
    expect(await t.session.inWorker(() => chrome.extension.isAllowedIncognitoAccess(), null)).toBe(false);
    const popup = await t.session.openToolbarPopup(await t.session.open('https://sim.test/'));
    await expect
      .poll(shownText(popup.getByTestId('incognito-help')))
      .toContain('Not available in private windows');
    await popup.close();
  });
});
