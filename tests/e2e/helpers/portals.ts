import { shownText } from './text';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { IQ_USERS, PASSWORD, TA_USERS } from '../../fixtures/server/users';
import type { Simulator } from '../../fixtures/server/index';
import type { BrowserSession } from '../harness/session';

/**
 * Signs in to PracticeQ (as the authenticator user, unless another is named) and waits for the
 * code step (a hash route, no reload).
 */
export async function practiceQChallenge(
  session: BrowserSession,
  host = 'intakeq.com',
  email: string = IQ_USERS.app.email,
): Promise<Page> {
  const page = await session.open(`https://${host}/signin`);
  await page.getByPlaceholder('Email Address').fill(email);
  await page.getByPlaceholder('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Playwright's own wait, not Vitest's: the demo uses this too.
  await page.locator('h1', { hasText: 'Two-Factor Authentication' }).waitFor();
  return page;
}

/** Adds an account by its setup link and binds it to one site, as Settings would. */
export async function addBoundAccount(session: BrowserSession, uri: string, origin: string): Promise<void> {
  const { id } = await session.ask<{ id: string }>('accounts.add', { uri });
  await session.ask('accounts.update', { id, bindings: [{ kind: 'origin', origin }] });
}

/** Clicks the center of our in-page button as a person would (a trusted click). */
export async function clickFillButton(page: Page): Promise<void> {
  const host = page.locator('sfc-fill-button');
  await expect.poll(() => host.count()).toBe(1);
  await page.waitForTimeout(700); // a person's reaction: the button counts clicks once it stood still
  const box = (await host.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const TA = 'https://portal.therapyappointment.com/';

/** Signs in to TherapyAppointment as staff, answers the texted code, remembered or just this time. */
export async function signInToTherapyAppointment(
  sim: Simulator,
  page: Page,
  remember: boolean,
  wrongFirst = false,
  /** Given, the sign-in waits until the extension has seen the code step (its snapshot of cookies). */
  watchedBy?: BrowserSession,
): Promise<void> {
  await page.goto(TA);
  await page.fill('#user_username', TA_USERS.staff.username);
  await page.fill('#user_password', PASSWORD);
  await page.click('button:text("Sign In")');
  await page.click('text=Send Code');
  await expect.poll(() => page.locator('#verification_code').count()).toBe(1);
  if (watchedBy) await expect.poll(() => watchedBy.tabItem(page, 'challengeSnapshot')).not.toBeNull();
  if (wrongFirst) {
    await page.fill('#verification_code', '00000000');
    await page.click('button:text("Verify")');
    await expect.poll(shownText(page.getByRole('alert'))).toContain('not correct');
  }
  await page.fill('#verification_code', sim.state.outbox.at(-1)!.code);
  await page.getByLabel(remember ? 'Remember this computer for up to a year' : 'Just this time').check();
  await page.click('button:text("Verify")');
  await expect.poll(() => page.locator('h1').innerText()).toBe('Dashboard');
}

/** Signed in to TherapyAppointment as staff and a code texted: the code step, once the extension marked it (☎). */
export async function therapyAppointmentTextedCode(session: BrowserSession): Promise<Page> {
  const page = await session.open(TA);
  await page.fill('#user_username', TA_USERS.staff.username);
  await page.fill('#user_password', PASSWORD);
  await page.click('button:text("Sign In")');
  await page.click('text=Send Code');
  await expect.poll(() => session.badgeText(page)).toBe('☎');
  return page;
}
