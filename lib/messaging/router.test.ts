import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { PageProtocol } from './protocol';
import { createRouter, type Handlers } from './router';
import { UserFacingError } from './errors';

const self = { id: 'our-id', origin: 'chrome-extension://our-id' };
const popup: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const portalFrame: Runtime.MessageSender = {
  id: 'our-id',
  url: 'https://portal.therapyappointment.com/index.cfm',
  frameId: 0,
  tab: { id: 7 } as Runtime.MessageSender['tab'],
};

let seen: unknown[] = [];
const handlers = {
  'tab.status': {
    allow: ['extension-page'],
    validate: (r: unknown): r is { tabId: number } => typeof (r as { tabId?: unknown })?.tabId === 'number',
    handle: (req: { tabId: number }) => {
      seen.push(req);
      if (req.tabId === 13) throw new UserFacingError('That tab is closed.');
      if (req.tabId === 99) throw new Error('internal detail');
      return { origin: null, portalId: null, kind: 'none', deliveries: [] };
    },
  },
  'page.report': {
    allow: ['content-script'],
    handle: (_req: unknown, sender: { origin: string }) => {
      seen.push(sender.origin);
      return { ok: true };
    },
  },
} as unknown as Handlers;

describe('the background message router', () => {
  const route = createRouter(handlers, self);

  it('answers our own popup', async () => {
    seen = [];
    expect(await route({ name: 'tab.status', request: { tabId: 1 } }, popup)).toMatchObject({ ok: true });
    expect(seen).toHaveLength(1);
  });

  it('ignores another extension, even one naming our pages', async () => {
    seen = [];
    const foreign = { ...popup, id: 'someone-else' };
    expect(await route({ name: 'tab.status', request: { tabId: 1 } }, foreign)).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('refuses privileged messages from a content script', async () => {
    seen = [];
    expect(await route({ name: 'tab.status', request: { tabId: 1 } }, portalFrame)).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('takes a content script origin from the browser, not the message', async () => {
    seen = [];
    await route(
      { name: 'page.report', request: { kind: 'challenge', origin: 'https://evil.test' } },
      portalFrame,
    );
    expect(seen).toEqual(['https://portal.therapyappointment.com']);
  });

  it('prefers sender.origin (about:blank and srcdoc frames inherit their parent origin)', async () => {
    seen = [];
    await route({ name: 'page.report', request: {} }, {
      ...portalFrame,
      url: 'about:blank',
      origin: 'https://ads.test',
    } as Runtime.MessageSender);
    expect(seen).toEqual([]); // about:blank has no URL origin: ignored
    await route({ name: 'page.report', request: {} }, {
      ...portalFrame,
      origin: 'null',
    } as Runtime.MessageSender);
    expect(seen).toEqual(['null']); // sandboxed: kept as "null", which never matches an account
  });

  it('rejects malformed requests and unknown names', async () => {
    expect(await route({ name: 'tab.status', request: { tabId: 'x' } }, popup)).toEqual({
      ok: false,
      error: 'The request was not understood.',
    });
    expect(await route({ name: 'vault.export', request: {} }, popup)).toBeUndefined();
    expect(await route({ name: 'toString', request: {} }, popup)).toBeUndefined();
    expect(await route('hello', popup)).toBeUndefined();
    expect(await route(null, popup)).toBeUndefined();
  });

  it('passes user-facing errors through and hides internal ones', async () => {
    expect(await route({ name: 'tab.status', request: { tabId: 13 } }, popup)).toEqual({
      ok: false,
      error: 'That tab is closed.',
    });
    const reply = await route({ name: 'tab.status', request: { tabId: 99 } }, popup);
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).not.toContain('internal detail');
  });

  it('ignores an extension page inside a frame', async () => {
    seen = [];
    expect(
      await route({ name: 'tab.status', request: { tabId: 1 } }, { ...popup, frameId: 3 }),
    ).toBeUndefined();
  });
});

describe('the page helper and offscreen routers (background → page, background → offscreen)', () => {
  const worker: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/background.js' };
  let hasField = false;
  const pageHandlers = {
    'page.fill': {
      allow: ['extension-page'],
      answersHere: () => hasField,
      handle: () => ({ filled: true }),
    },
    'page.toast': {
      allow: ['extension-page'],
      validate: (r: unknown) => typeof (r as { text?: unknown })?.text === 'string',
      handle: () => ({ ok: true }),
    },
    'page.qrTargets': { allow: ['extension-page'], handle: () => ({ rects: [], scrolled: false }) },
    'page.selectArea': { allow: ['extension-page'], handle: () => ({ ok: true }) },
  } as unknown as Handlers<PageProtocol>;
  const route = createRouter(pageHandlers, self);

  it('answers our background, and only the frame that has the field answers a fill', async () => {
    hasField = false;
    expect(route({ name: 'page.fill', request: {} }, worker)).toBeUndefined(); // at once: another frame may answer
    hasField = true;
    expect(await route({ name: 'page.fill', request: {} }, worker)).toEqual({
      ok: true,
      value: { filled: true },
    });
  });

  it('ignores another extension and anything a web page could send', async () => {
    hasField = true;
    expect(route({ name: 'page.fill', request: {} }, { ...worker, id: 'someone-else' })).toBeUndefined();
    expect(route({ name: 'page.fill', request: {} }, portalFrame)).toBeUndefined();
    expect(route({ name: 'vault.status', request: {} }, worker)).toBeUndefined();
    expect(await route({ name: 'page.toast', request: { text: 1 } }, worker)).toEqual({
      ok: false,
      error: 'The request was not understood.',
    });
  });
});
