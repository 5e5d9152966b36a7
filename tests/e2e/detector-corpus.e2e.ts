import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../fixtures/pages/corpus';
import { detectCorpus, type CorpusResult } from '../fixtures/pages/detect-in-chromium';
import { GENERIC_SECRET } from '../fixtures/server/users';
import { addBoundAccount } from './helpers/portals';
import { useBrowser } from './harness';

// The detector on every page of the corpus (real sites' code pages and pages that only look
// like one), in Chromium with real layout, scripts and frames: page by page, so a miss names
// the site. `npm run bench` reports the same as recall and precision.
describe('the detector on the corpus, page by page', () => {
  let results: CorpusResult[] = [];
  beforeAll(async () => {
    results = await detectCorpus(CORPUS);
  }, 120_000);

  it.each(CORPUS.map((page) => [page.name, page.imitates, page.expected] as const))(
    '%s (%s) is %s',
    (name, _imitates, expected) => {
      const kind = results.find((r) => r.page.name === name)?.kind;
      if (expected === 'challenge') expect(kind).toBe('challenge');
      else expect(kind).not.toBe('challenge');
    },
  );
});

// The built extension on a sample of the corpus, served under a site an account is bound to:
// the badge shows on code steps (and the shortcut fills them), and stays off on look-alikes.
const SITE = 'https://www.clinic-example.test';
// The person said yes to the browser's prompt for that site (it cannot be answered headless).
const t = useBrowser({ grantHosts: [`${SITE}/*`] });
const CHALLENGES = [
  'google-authenticator',
  'microsoft-sms',
  'okta-classic',
  'auth0-app',
  'apple-six-boxes',
  'stripe-boxes',
  'slack-six-characters',
  'open-shadow-root',
  'dialog',
  'late-render',
  // From real sign-in software's templates.
  'mastodon-two-factor',
  'nextcloud-totp-de',
  'authentik-email-code',
  'magento-admin-authy-sms',
  'wordpress-two-factor-email',
];
const LOOKALIKES = [
  'card-cvc',
  'zip-no-autocomplete',
  'phone-number-for-codes',
  'three-d-secure',
  'security-question',
  'promo-code',
  'captcha',
  'quantity-stepper',
  // From real forms.
  'phpbb-login-captcha',
  'woocommerce-checkout-coupon',
  'authentik-sms-setup-phone-number',
  'django-two-factor-account-security',
];

describe('the extension on corpus pages under a bound site', () => {
  beforeAll(async () => {
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    await addBoundAccount(t.session, `otpauth://totp/Clinic:me?secret=${GENERIC_SECRET}&issuer=Clinic`, SITE);
  });

  it.each(CHALLENGES)('challenges/%s: the badge shows the account that can fill it', async (name) => {
    const page = await t.session.open(`${SITE}/corpus/challenges/${name}`);
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    await page.close();
  });

  it.each(LOOKALIKES)('lookalikes/%s: looked at, and no badge', async (name) => {
    const page = await t.session.open(`${SITE}/corpus/lookalikes/${name}`);
    // Proof the extension looked at this page (its report), before the badge is read.
    await expect.poll(() => t.session.reportedKind(page)).not.toBeNull();
    expect(await t.session.reportedKind(page)).not.toBe('challenge');
    expect(await t.session.badgeText(page)).toBe('');
    await page.close();
  });

  it('an unsure guess (Okta’s field named "answer") gets no button on the page, and the shortcut still fills it', async () => {
    const page = await t.session.open(`${SITE}/corpus/challenges/okta-classic`);
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    // A sure one on the same site does get the button: the check below is about the guess.
    const sure = await t.session.open(`${SITE}/corpus/challenges/auth0-app`);
    await expect.poll(() => sure.locator('sfc-fill-button').count()).toBe(1);
    await sure.close();
    expect(await page.locator('sfc-fill-button').count()).toBe(0);
    await t.session.pressFillShortcut(page);
    await expect.poll(() => page.locator('input[name="answer"]').inputValue()).toMatch(/^\d{6}$/);
    await page.close();
  });
});
