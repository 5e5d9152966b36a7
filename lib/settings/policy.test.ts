import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { settings } from '@/lib/storage';
import { forgetPolicy, readSettings } from './index';
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
  });

  it('leaves the person’s own choices alone without a policy', async () => {
    await settings.setValue({
      autoLockMinutes: 5,
      inPageButton: false,
      rememberOn: [],
      autoSubmitOn: [],
      reminderDays: 3,
      passwordIntervalDays: 30,
    });
    const s = await readSettings();
    expect(s).toMatchObject({ autoLockMinutes: 5, reminderDays: 3, setByPractice: [], enabledPortals: null });
  });
});
