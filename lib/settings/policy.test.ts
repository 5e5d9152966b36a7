import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { settings } from '@/lib/storage';
import { forgetPolicy, readSettings } from './index';
import { checkPolicy } from './policy';
import { beforeEach } from 'vitest';

beforeEach(() => forgetPolicy());

describe("the practice's policy", () => {
  it('caps auto-lock, sets reminders and portals, and drops malformed values', async () => {
    await settings.setValue({
      autoLockMinutes: 60,
      inPageButton: true,
      rememberOn: [],
      autoSubmitOn: [],
      reminderDays: 7,
      passwordIntervalDays: 90,
      codeSources: [],
      fillArrivedCodes: false,
      sync: false,
      activityDays: 90,
    });
    await fakeBrowser.storage.managed.set({
      autoLockMaxMinutes: 10,
      reminderDays: 14,
      passwordIntervalDays: 'ninety',
      enabledPortals: ['therapyappointment', 42],
    });
    const s = await readSettings();
    expect(s.autoLockMinutes).toBe(10);
    expect(s.reminderDays).toBe(14);
    expect(s.passwordIntervalDays).toBe(90);
    expect(s.enabledPortals).toEqual(['therapyappointment']);
    expect(s.setByPractice).toEqual(['autoLockMinutes', 'reminderDays', 'enabledPortals']);
    // What was dropped is said, setting by setting, for the Settings page.
    expect(s.policyIgnored).toEqual([
      'Your practice’s setting passwordIntervalDays was ignored: it is "ninety", and must be a whole number from 7 to 730.',
      'Your practice’s list of portals names some this extension does not know, which were left out: 42.',
    ]);
  });

  it('says so when a policy sets what this extension does not have, or portals it does not know', () => {
    expect(
      checkPolicy({ autoLockMaxMinutes: 0, enabledPortals: ['clio', 'epic'], autolock: 5 }).ignored,
    ).toEqual([
      'Your practice’s setting autoLockMaxMinutes was ignored: it is 0, and must be a whole number from 1 to 1440.',
      'Your practice’s list of portals names some this extension does not know, which were left out: epic.',
      'Your practice’s setting autolock is not one this extension has, so it was ignored.',
    ]);
    expect(checkPolicy({ enabledPortals: 'clio' })).toMatchObject({ enabledPortals: undefined });
    expect(checkPolicy({ reminderDays: 14 }).ignored).toBeUndefined();
  });

  it('leaves the person’s own choices alone without a policy', async () => {
    await settings.setValue({
      autoLockMinutes: 5,
      inPageButton: false,
      rememberOn: [],
      autoSubmitOn: [],
      reminderDays: 3,
      passwordIntervalDays: 30,
      codeSources: [],
      fillArrivedCodes: false,
      sync: false,
      activityDays: 90,
    });
    const s = await readSettings();
    expect(s).toMatchObject({ autoLockMinutes: 5, reminderDays: 3, setByPractice: [], enabledPortals: null });
  });
});

describe('the practice’s say on sync', () => {
  it('keeps true and false, and names anything else as ignored', () => {
    expect(checkPolicy({ syncAllowed: false })).toEqual({ syncAllowed: false });
    expect(checkPolicy({ syncForEveryone: true })).toEqual({ syncForEveryone: true });
    const odd = checkPolicy({ syncAllowed: 'no' });
    expect(odd.syncAllowed).toBeUndefined();
    expect(odd.ignored).toEqual([
      'Your practice’s setting syncAllowed was ignored: it is "no", and must be true or false.',
    ]);
  });
});
