import type { Page } from 'playwright-core';
import type { RealPopup } from '../e2e/harness/real-popup';
import { BrowserSession } from '../e2e/harness/session';
import { practiceQChallenge } from '../e2e/helpers/portals';
import type { Simulator } from '../fixtures/server/index';
import { DEMO_PASSPHRASE, demoVault } from './vault';
import { IQ_USERS, PASSWORD, TA_USERS } from '../fixtures/server/users';

const PASSPHRASE = DEMO_PASSPHRASE;

/** PracticeQ's two-factor setup page with its barcode, for a person who has not set it up. */
export async function practiceQSetupPage(s: BrowserSession): Promise<Page> {
  await s.context.clearCookies({ name: 'iq_session' });
  const page = await s.open('https://intakeq.com/signin');
  await page.getByPlaceholder('Email Address').fill(IQ_USERS.fresh.email);
  await page.getByPlaceholder('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('#signed-in-as');
  await page.evaluate(() => {
    location.hash = '#/account/2fa?render=svg';
  });
  await page.getByLabel('Authenticator App').check();
  await page.getByRole('button', { name: 'Set Up Two-Factor Authentication' }).click();
  await page.getByText('Then scan this barcode').waitFor();
  return page;
}

/** TherapyAppointment's code step after "Send Code" (Playwright's waits: no test runner here). */
async function therapyAppointmentTexted(s: BrowserSession): Promise<Page> {
  const page = await s.open('https://portal.therapyappointment.com/');
  await page.fill('#user_username', TA_USERS.staff.username);
  await page.fill('#user_password', PASSWORD);
  await page.click('button:text("Sign In")');
  await page.click('text=Send Code');
  await page.locator('#verification_code').waitFor();
  return page;
}

interface State {
  name: string;
  /** Leaves the popup showing this state. */
  show(s: BrowserSession): Promise<RealPopup>;
}

async function popupOn(s: BrowserSession, page: Page, ready: string): Promise<RealPopup> {
  const popup = await s.openToolbarPopup(page);
  await popup.getByTestId(ready).waitFor();
  await new Promise((r) => setTimeout(r, 300)); // its codes and countdowns drawn
  return popup;
}

// The popup's states, as a person meets them, each shown light and dark.
const STATES: State[] = [
  {
    name: 'locked',
    show: async (s) => popupOn(s, await practiceQChallenge(s), 'lock-screen'),
  },
  {
    name: 'code-step',
    async show(s) {
      await s.ask('vault.unlock', { passphrase: PASSPHRASE });
      return popupOn(s, await practiceQChallenge(s), 'first-card');
    },
  },
  { name: 'texted-code', show: async (s) => popupOn(s, await therapyAppointmentTexted(s), 'paste-code') },
  { name: 'setup-page', show: async (s) => popupOn(s, await practiceQSetupPage(s), 'first-card') },
  {
    name: 'setup-found',
    async show(s) {
      const popup = await popupOn(s, await practiceQSetupPage(s), 'first-card');
      await popup.getByTestId('first-card').getByRole('button').first().click();
      await popup.getByTestId('finding').waitFor();
      return popup;
    },
  },
  { name: 'nothing-to-do', show: async (s) => popupOn(s, await s.open('https://sim.test/'), 'code-row') },
];

/**
 * Every popup state in light and dark, in English and Spanish: demo-output/popup/<language>-
 * <state>-<scheme>.png. Each language is a browser of its own (the popup speaks the browser's).
 */
export async function shootPopupStates(sim: Simulator, out: string): Promise<string[]> {
  const shots: string[] = [];
  for (const language of ['en', 'es'] as const) {
    const s = await BrowserSession.launch(sim, { language });
    try {
      await demoVault(s);
      await s.ask('vault.lock', {});
      for (const state of STATES) {
        const popup = await state.show(s);
        for (const scheme of ['light', 'dark'] as const) {
          await popup.colorScheme(scheme);
          await new Promise((r) => setTimeout(r, 100));
          const path = `${out}/${language}-${state.name}-${scheme}.png`;
          await popup.screenshot({ path });
          shots.push(path);
        }
        await popup.close();
      }
    } finally {
      await s.close();
    }
  }
  return shots;
}
