import { describe, expect, it } from 'vitest';
import { IQ_USERS } from '../fixtures/server/users';
import { AXE_RUN } from './helpers/axe';
import { useBrowser } from './harness';
import type { RealPopup } from './harness/real-popup';
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

  it('the settings page', async () => {
    await t.session.ask('vault.unlock', { passphrase: 'staple battery horse' });
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await options.getByTestId('trust-table').waitFor();
    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await options.evaluate<string[]>(AXE_RUN), scheme).toEqual([]);
    }
    await options.close();
  });
});
