import type { BrowserSession } from '../e2e/harness/session';
import { addBoundAccount } from '../e2e/helpers/portals';
import { IQ_USERS } from '../fixtures/server/users';

export const DEMO_PASSPHRASE = 'staple battery horse';

/** The demo practice's vault, unlocked: PracticeQ bound to its site, Clio and the payroll bank beside it. */
export async function demoVault(s: BrowserSession): Promise<void> {
  await s.ask('vault.create', { passphrase: DEMO_PASSPHRASE });
  await addBoundAccount(
    s,
    `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
    'https://intakeq.com',
  );
  await s.ask('accounts.add', {
    uri: 'otpauth://totp/Clio:office%40smithlaw.test?secret=KRSXG5CTMVRXEZLU&issuer=Clio',
  });
  await s.ask('accounts.add', {
    uri: 'otpauth://totp/Bank%20of%20the%20West:payroll?secret=JBSWY3DPEHPK3PXP&issuer=Bank%20of%20the%20West',
  });
}
