import type { Page } from 'playwright-core';
import type { RealPopup } from '../e2e/harness/real-popup';
import type { BrowserSession } from '../e2e/harness/session';
import { addBoundAccount, practiceQChallenge } from '../e2e/helpers/portals';
import { IQ_USERS } from '../fixtures/server/users';
import { practiceQSetupPage } from './popup-states';

export interface Journey {
  name: string;
  /** Leaves a page, or the toolbar popup, showing the step worth a screenshot. */
  run(session: BrowserSession): Promise<Page | RealPopup>;
}

const PASSPHRASE = 'staple battery horse';
let iq: Page | null = null;

/** The toolbar popup on a page, as a person opens it. */
async function popupFor(session: BrowserSession, page: Page): Promise<RealPopup> {
  const popup = await session.openToolbarPopup(page);
  await popup.getByTestId('site-summary').waitFor();
  await new Promise((r) => setTimeout(r, 300)); // its codes and countdowns drawn
  return popup;
}

// The main things a person does, in order. Each leaves a screenshot in demo-output/.
export const JOURNEYS: Journey[] = [
  { name: '01-simulator-portal-list', run: (s) => s.open('https://sim.test/') },
  {
    name: '02-first-run-create-vault',
    async run(s) {
      const popup = await s.openToolbarPopup(await s.open('https://sim.test/'));
      await popup.getByLabel('Passphrase').fill(PASSPHRASE);
      await popup.getByLabel('Type it again').fill(PASSPHRASE);
      await popup.screenshot({ path: 'demo-output/02a-create-vault-form.png' });
      await popup.getByRole('button', { name: 'Create vault' }).click();
      await popup.getByRole('button', { name: 'Add', exact: true }).waitFor();
      return popup;
    },
  },
  {
    name: '03-add-practiceq-account',
    async run(s) {
      await addBoundAccount(
        s,
        `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
        'https://intakeq.com',
      );
      await s.ask('accounts.add', {
        uri: 'otpauth://totp/Clio:office%40smithlaw.test?secret=KRSXG5CTMVRXEZLU&issuer=Clio',
      });
      iq = await practiceQChallenge(s);
      return iq;
    },
  },
  { name: '04-popup-on-practiceq-challenge', run: (s) => popupFor(s, iq!) },
  {
    name: '05-filled-by-the-in-page-button',
    async run() {
      const host = iq!.locator('sfc-fill-button');
      await iq!.bringToFront();
      await iq!.waitForTimeout(700); // a person's reaction: the button counts clicks once it stood still
      const box = (await host.boundingBox())!;
      await iq!.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await iq!.waitForFunction(
        () => (document.querySelector('#code') as HTMLInputElement).value.length === 6,
      );
      // The simulator's third-party ad frame is there for the tests (no code may go into it); the
      // real portal has none, so the picture (and the store image made from it) leaves it out.
      await iq!.locator('iframe[title="Partner offer"]').evaluate((el) => {
        (el as HTMLElement).style.visibility = 'hidden';
      });
      return iq!;
    },
  },
  {
    name: '06-therapyappointment-not-remembered-banner',
    run: async (s) => {
      const page = await s.open('https://portal.therapyappointment.com/');
      await page.waitForSelector('sfc-banner');
      return page;
    },
  },
  {
    name: '07-scan-practiceq-setup-qr',
    async run(s) {
      const page = await practiceQSetupPage(s);
      await page.screenshot({ path: 'demo-output/07a-practiceq-setup-page.png' });
      const popup = await s.openToolbarPopup(page);
      await popup.getByRole('button', { name: 'Scan page' }).click();
      await popup.getByTestId('finding').waitFor();
      return popup;
    },
  },
  {
    name: '08-settings',
    async run(s) {
      const page = await s.open(s.extensionUrl('options.html'));
      await page.getByTestId('trust-table').waitFor();
      return page;
    },
  },
];
