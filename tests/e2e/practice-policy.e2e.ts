import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness/chromium';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';

// A practice's policy, installed the way an administrator would: a Chromium policy file with
// settings for this extension. An unpacked extension's id comes from its folder's path.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/second-factor-companion-test.json`;
const extensionId = [...createHash('sha256').update(EXTENSION_DIR).digest('hex').slice(0, 32)]
  .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
  .join('');

beforeAll(() => {
  mkdirSync(POLICY_DIR, { recursive: true });
  const policy = {
    '3rdparty': {
      extensions: {
        [extensionId]: { autoLockMaxMinutes: 5, reminderDays: 14, enabledPortals: ['therapyappointment'] },
      },
    },
  };
  writeFileSync(POLICY_FILE, JSON.stringify(policy));
});
afterAll(() => rmSync(POLICY_FILE, { force: true }));

const t = useBrowser();

describe("a practice's central settings", () => {
  it('reach the extension as managed storage', async () => {
    expect(t.session.extensionId).toBe(extensionId);
    expect(await t.session.inWorker(() => chrome.storage.managed.get(null), null)).toMatchObject({
      autoLockMaxMinutes: 5,
    });
  });

  it('win over the person’s choice and show as set by the practice', async () => {
    await t.session.ask('vault.create', { passphrase: 'staple battery horse' });
    await expect(t.session.ask('settings.setAutoLock', { minutes: 30 })).rejects.toThrow(
      'Your practice allows at most 5 minutes',
    );
    const options = await t.session.open(t.session.extensionUrl('options.html'));
    await expect.poll(shownText(options.getByTestId('set-by-practice'))).toContain('at most 5 minutes');
    expect(await options.getByLabel(/Remind me this many days/).isDisabled()).toBe(true);
    expect(await options.getByLabel(/Remind me this many days/).inputValue()).toBe('14');
    await options.close();
  });

  it('turn the extension off on portals the practice did not enable', async () => {
    const pp = await t.session.open('https://app.practicepanther.com/');
    const ta = await t.session.open('https://portal.therapyappointment.com/');
    await expect.poll(() => t.session.closedShadowText(ta, 'sfc-banner')).toContain('TherapyAppointment');
    expect(await t.session.closedShadowText(pp, 'sfc-banner')).toBe('');
    await pp.close();
    await ta.close();
  });
});
