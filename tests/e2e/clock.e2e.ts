import { describe, expect, it } from 'vitest';
import { CLOCK_SECRET } from '../fixtures/server/portals/clock';
import { useBrowser } from './harness';
import { addBoundAccount } from './helpers/portals';
import { shownText } from './helpers/text';

// A computer whose clock is two minutes slow, as the portals see it: their own clocks (their
// Date headers and their checks of authenticator codes) are two minutes ahead of this one's.
const SITE = 'https://www.clinic-example.test';
const CHALLENGE = `${SITE}/clock/challenge`;
const t = useBrowser({ grantHosts: [`${SITE}/*`] });

describe('a computer whose clock is off', () => {
  it('setup: an account bound to the site; its pages carry no Date header yet', async () => {
    t.sim.state.skew.computerSlowByMs = 120_000;
    t.sim.state.skew.sendsDate = false;
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    await addBoundAccount(
      t.session,
      `otpauth://totp/Clinic%20Scheduling:front-desk?secret=${CLOCK_SECRET}&issuer=Clinic%20Scheduling`,
      SITE,
    );
  });

  it('with no time in the pages, codes are not moved: the site refuses one, and the popup points at the clock', async () => {
    const page = await t.session.open(CHALLENGE);
    await expect.poll(() => t.session.badgeText(page)).toBe('1'); // the helper has seen the code step
    const popup = await t.session.openToolbarPopup(page);
    const fill = popup.getByRole('button', { name: 'Fill code for Clinic Scheduling front-desk' });
    await fill.waitFor(); // the account is shown, and nothing is said of the clock
    expect(await popup.getByTestId('clock-line').count()).toBe(0);
    await popup.close();
    await t.session.pressFillShortcut(page);
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.getByRole('alert'))).toContain("That code didn't work");
    const after = await t.session.openToolbarPopup(page);
    await expect
      .poll(shownText(after.getByTestId('code-refused')))
      .toContain('check that its date and time are set automatically');
    await after.close();
    await page.close();
  });

  it("once the site's pages carry its time, codes are corrected, said once, and the site takes them", async () => {
    t.sim.state.skew.sendsDate = true;
    const page = await t.session.open(CHALLENGE);
    await page.reload(); // three pages of the site: enough readings to believe
    await page.reload();
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    const popup = await t.session.openToolbarPopup(page);
    await expect
      .poll(shownText(popup.getByTestId('clock-line')))
      .toBe("This computer's clock is 2 minutes slow; codes are corrected.");
    await popup.getByRole('button', { name: 'Fill code for Clinic Scheduling front-desk' }).click();
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#result'))).toBe('You are signed in');
    await page.close();
  });

  it('Settings says how far off the clock is and which pages said so', async () => {
    const options = await t.session.open(t.session.extensionUrl('options.html#clock'));
    await expect.poll(shownText(options.getByTestId('clock-summary'))).toContain('2 minutes slow');
    await expect
      .poll(shownText(options.locator('#clock')))
      .toMatch(/From \d pages of www\.clinic-example\.test/);
    await options.close();
  });

  it('a page whose Date is years away changes nothing, and Settings says it was set aside', async () => {
    t.sim.state.skew.computerSlowByMs = -3 * 365 * 86_400_000; // the site's clock says three years ago
    const page = await t.session.open(CHALLENGE);
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    await page.close();
    t.sim.state.skew.computerSlowByMs = 120_000;
    const options = await t.session.open(t.session.extensionUrl('options.html#clock'));
    await expect
      .poll(shownText(options.getByTestId('clock-set-aside')))
      .toContain('A page of www.clinic-example.test gave a time 3 years away');
    await expect.poll(shownText(options.getByTestId('clock-summary'))).toContain('2 minutes slow');
    await options.close();
  });
});
