import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { challengeSnapshot, fillTrigger, portalTrust, tabStatus, unlockedKey } from '@/lib/storage';
import { clockCorrection } from '@/lib/clock';
import background from '../background';

// The service worker's wiring, driven through the browser's own events (WXT's fakeBrowser).
// fakeBrowser has no commands, context menus, cookies or permissions: stand-ins record them.
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => listeners.push(l),
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

type CookieChange = { removed: boolean; cause: string; cookie: object };
const menus: { id: string; contexts: string[] }[] = [];
let cookieChanged = fakeEvent<[CookieChange]>();
type Response = { url: string; tabId: number; timeStamp: number; responseHeaders: object[] };
let headersReceived = fakeEvent<[Response]>();

beforeEach(() => {
  menus.length = 0;
  cookieChanged = fakeEvent<[CookieChange]>();
  headersReceived = fakeEvent<[Response]>();
  Object.assign(fakeBrowser, {
    webRequest: { onHeadersReceived: headersReceived },
    commands: { onCommand: fakeEvent() },
    contextMenus: {
      create: (m: { id: string; contexts: string[] }) => menus.push(m),
      onClicked: fakeEvent(),
    },
    cookies: { onChanged: cookieChanged, getAll: async () => [] },
    permissions: { onAdded: fakeEvent(), onRemoved: fakeEvent(), contains: async () => false },
    scripting: { getRegisteredContentScripts: async () => [] },
  });
  background.main();
});

describe('the background wiring', () => {
  it("reads the clock in the Date header of the pages a tab opens, and not of the extension's own requests", async () => {
    const slow = (tabId: number): Response => ({
      url: 'https://app.intakeq.com/signin',
      tabId,
      timeStamp: Date.now(),
      responseHeaders: [{ name: 'Date', value: new Date(Date.now() + 180_000).toUTCString() }],
    });
    for (let i = 0; i < 3; i++) await headersReceived.trigger(slow(-1));
    await new Promise((r) => setTimeout(r, 20));
    expect(await clockCorrection()).toBe(0);
    for (let i = 0; i < 3; i++) await headersReceived.trigger(slow(4));
    await expect.poll(() => clockCorrection()).toBeGreaterThan(179_000);
  });

  it('on install: the two menus and the daily trust check', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(menus.map((m) => [m.id, m.contexts])).toEqual([
      ['fill-code', ['editable']],
      ['scan-image', ['image']],
    ]);
    expect(await fakeBrowser.alarms.get('trust-check')).toMatchObject({ periodInMinutes: 24 * 60 });
  });

  it('a closed tab takes everything kept about it, and nothing about other tabs', async () => {
    const status = {
      origin: 'https://intakeq.com',
      portalId: null,
      kind: 'challenge' as const,
      deliveries: [],
    };
    await tabStatus.set(5, status);
    await tabStatus.set(6, status);
    await fillTrigger.set(5, { at: 1, origin: 'https://intakeq.com' });
    await challengeSnapshot.set(5, { portalId: 'practiceq', snapshot: {}, at: 1 });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    expect(await tabStatus.get(5)).toBeNull();
    expect(await fillTrigger.get(5)).toBeNull();
    expect(await challengeSnapshot.get(5)).toBeNull();
    expect(await tabStatus.get(6)).toEqual(status);
  });

  it('the auto-lock alarm forgets the unlocked key', async () => {
    await unlockedKey.setValue({ key: 'AAAA', unlockedAt: 1 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'auto-lock', scheduledTime: Date.now() });
    expect(await unlockedKey.getValue()).toBeNull();
  });

  it('a learned remember-this-browser cookie being cleared warns at once', async () => {
    const cookie = { name: 'trusted_device', domain: 'intakeq.com', path: '/', expiresAt: 2e9 };
    await portalTrust.setValue({ practiceq: { cookies: [cookie] } });
    await cookieChanged.trigger({
      removed: true,
      cause: 'explicit',
      cookie: { name: 'trusted_device', domain: 'intakeq.com', path: '/' },
    });
    expect((await portalTrust.getValue()).practiceq?.lost).toMatchObject({ how: 'cleared' });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['trust-lost-practiceq']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('the portal renewing its remember-this-browser cookie moves the learned expiry and warns nothing', async () => {
    const cookie = { name: 'trusted_device', domain: 'intakeq.com', path: '/', expiresAt: 2e9 };
    await portalTrust.setValue({ practiceq: { cookies: [cookie] } });
    const written = {
      name: 'trusted_device',
      domain: 'intakeq.com',
      path: '/',
      expirationDate: 2e9 + 86_400,
    };
    await cookieChanged.trigger({ removed: true, cause: 'overwrite', cookie: written });
    await cookieChanged.trigger({ removed: false, cause: 'explicit', cookie: written });
    const trust = (await portalTrust.getValue()).practiceq;
    expect(trust?.cookies[0]?.expiresAt).toBe(2e9 + 86_400);
    expect(trust?.lost).toBeUndefined();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('answers its own pages and ignores everyone else', async () => {
    const ownPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const reply = await fakeBrowser.runtime.onMessage.trigger({ name: 'vault.status', request: {} }, ownPage);
    expect(reply.find(Boolean)).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });
    const foreign = { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' };
    const none = await fakeBrowser.runtime.onMessage.trigger({ name: 'vault.status', request: {} }, foreign);
    expect(none.filter(Boolean)).toEqual([]);
  });
});
