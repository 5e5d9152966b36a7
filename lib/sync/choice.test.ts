import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeSettings, forgetPolicy } from '@/lib/settings';
import { syncChoice } from './service';

beforeEach(() => {
  fakeBrowser.reset();
  forgetPolicy();
});

describe('who decides whether sync runs', () => {
  it('the person, where the practice says nothing (off until turned on)', async () => {
    expect(await syncChoice()).toEqual({ allowed: true, on: false, setByPractice: false });
    await changeSettings({ sync: true });
    expect(await syncChoice()).toEqual({ allowed: true, on: true, setByPractice: false });
  });
  it('a practice that forbids it wins over the person’s choice', async () => {
    await changeSettings({ sync: true });
    await fakeBrowser.storage.managed.set({ syncAllowed: false, syncForEveryone: true });
    expect(await syncChoice()).toEqual({ allowed: false, on: false, setByPractice: true });
  });
  it('a practice can turn it on for everyone', async () => {
    await fakeBrowser.storage.managed.set({ syncForEveryone: true });
    expect(await syncChoice()).toEqual({ allowed: true, on: true, setByPractice: true });
  });
});
