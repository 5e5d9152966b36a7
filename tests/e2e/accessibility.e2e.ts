import { describe, expect, it } from 'vitest';
import { IQ_USERS } from '../fixtures/server/users';
import { accessibleButtons, AXE_RUN, axeInClosedShadow } from './helpers/axe';
import { useBrowser } from './harness';
import type { RealPopup } from './harness/real-popup';
import { enrollment } from './helpers/enrollment';
import { addBoundAccount, practiceQChallenge } from './helpers/portals';

// An automated accessibility check (axe-core) of what a person sees, in light and dark
// appearance: the real popup in each of its states and the settings page.
const t = useBrowser();
const SCHEMES = ['light', 'dark'] as const;

async function problemsInPopup(popup: RealPopup): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const scheme of SCHEMES) {
    await popup.colorScheme(scheme);
    found[scheme] = await popup.evaluate<string[]>(AXE_RUN);
  }
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA, light and dark)', () => {
  it('the popup before the vault exists', async () => {
    const page = await t.session.open('https://intakeq.com/signin');
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByTestId('lock-screen').waitFor();
    expect(await problemsInPopup(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await page.close();
  });

  it('the popup on a code step, with accounts, and locked', async () => {
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    await addBoundAccount(
      t.session,
      `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
      'https://intakeq.com',
    );
    await t.session.ask('accounts.add', {
      uri: 'otpauth://hotp/Bank:desk?secret=JBSWY3DPEHPK3PXP&counter=1&issuer=Bank',
    });
    const page = await practiceQChallenge(t.session);
    const popup = await t.session.openToolbarPopup(page);
    await popup.getByTestId('code-row').first().waitFor();
    expect(await problemsInPopup(popup)).toEqual({ light: [], dark: [] });
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByTestId('lock-screen').waitFor();
    expect(await problemsInPopup(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await page.close();
  });

  it('the keyboard: unlocking leaves it in the search, arrows move between codes, the add form takes it', async () => {
    const page = await t.session.open('https://www.clinic-example.test/');
    const popup = await t.session.openToolbarPopup(page);
    const focused = () =>
      popup.evaluate<string>(
        '((el) => el?.getAttribute("aria-label") ?? el?.labels?.[0]?.innerText ?? el?.innerText ?? "")(document.activeElement).replace(/\\s+/g, " ")',
      );
    await popup.getByLabel('Passphrase').fill('staple battery horse'); // locked by the test above
    await t.session.pressKeysHere('Return');
    await expect.poll(focused).toBe('Search accounts');
    await popup.evaluate('document.querySelector(".code-button").focus()');
    await t.session.pressKeysHere('Down');
    await expect.poll(focused).toContain('Copy code for Bank');
    await t.session.pressKeysHere('Up');
    await expect.poll(focused).toContain('Copy code for PracticeQ');
    // The add form takes the keyboard when it opens. (Escape: Chrome closes the whole popup.)
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(focused).toContain('Setup link');
    await popup.close();
    await page.close();
  });

  it('the popup showing what a scan found', async () => {
    const { setupPage, scan } = enrollment(t);
    const page = await setupPage('img');
    const popup = await scan(page);
    await popup.getByTestId('finding').first().waitFor();
    expect(await problemsInPopup(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await page.close();
  });

  // Their colours are their own (the page's light or dark scheme does not change them).
  it('the in-page button and the banner: named by what they show, reachable, no serious problems', async () => {
    const page = await practiceQChallenge(t.session);
    await expect.poll(() => page.locator('sfc-fill-button').count()).toBe(1);
    const fill = (await accessibleButtons(page)).find((b) => b.name.startsWith('Fill code'));
    expect(fill, 'a screen reader finds the button by the words it shows').toMatchObject({ focusable: true });
    expect(await axeInClosedShadow(page, 'sfc-fill-button')).toEqual([]);
    await page.close();

    const signIn = await t.session.open('https://portal.therapyappointment.com/');
    await expect
      .poll(() => t.session.closedShadowText(signIn, 'sfc-banner').catch(() => ''))
      .toContain('not remembered');
    expect(await accessibleButtons(signIn)).toContainEqual({ name: 'Dismiss', focusable: true });
    expect(await axeInClosedShadow(signIn, 'sfc-banner')).toEqual([]);
    await signIn.close();
  });

  it('the settings page', async () => {
    await t.session.ask('sync.set', { on: true }); // sync's state, and its step to take the accounts out
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByTestId('trust-table').waitFor();
    await options.getByRole('button', { name: 'Remove my accounts from browser sync…' }).click();
    await options.getByTestId('sync-remove').waitFor();
    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await options.evaluate<string[]>(AXE_RUN), scheme).toEqual([]);
    }
    await options.close();
  });
});
