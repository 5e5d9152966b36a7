import type { Page } from 'playwright-core';
import { IQ_USERS, PASSWORD } from '../../fixtures/server/users';
import type { BrowserSession } from '../harness/session';

/** Signs in to PracticeQ as the authenticator user and waits for the code step (a hash route, no reload). */
export async function practiceQChallenge(session: BrowserSession, host = 'intakeq.com'): Promise<Page> {
  const page = await session.open(`https://${host}/signin`);
  await page.getByPlaceholder('Email Address').fill(IQ_USERS.app.email);
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
