import type { Page } from 'playwright-core';
import type { BrowserSession } from '../e2e/harness/session';
import { PASSWORD, PP_USER } from '../fixtures/server/users';

export interface Journey {
  name: string;
  /** Leaves a page showing the step worth a screenshot. */
  run(session: BrowserSession): Promise<Page>;
}

async function popupFor(session: BrowserSession, page: Page): Promise<Page> {
  const popup = await session.openPopup(page);
  await popup.setViewportSize({ width: 360, height: 480 });
  await popup.waitForSelector('[data-testid=site-summary]');
  return popup;
}

// The main things a person does, as far as they exist. Each adds a screenshot.
export const JOURNEYS: Journey[] = [
  { name: '01-simulator-portal-list', run: (s) => s.open('https://sim.test/') },
  {
    name: '02-practicepanther-email-challenge',
    async run(s) {
      const page = await s.open('https://app.practicepanther.com/');
      await page.fill('#Email', PP_USER.email);
      await page.fill('#Password', PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('#SecurityCode');
      return page;
    },
  },
  {
    name: '03-popup-on-practicepanther',
    async run(s) {
      const page = s.context.pages().find((p) => p.url().includes('practicepanther')) ?? (await s.open('https://app.practicepanther.com/'));
      return popupFor(s, page);
    },
  },
  { name: '04-options-portals', run: (s) => s.open(s.extensionUrl('options.html')) },
];
