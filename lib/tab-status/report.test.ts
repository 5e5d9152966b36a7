import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerifiedSender } from '@/lib/messaging';
import { noteFilled, noteRefusal, pageReported, statusOf } from './report';

const frame = (tabId: number, origin: string): VerifiedSender => ({
  caller: 'content-script',
  origin,
  url: `${origin}/verify`,
  tabId,
  frameId: 0,
});

describe("what each tab's page helper reports", () => {
  it('two tabs reporting at the same moment both keep their status and badge (nothing is lost)', async () => {
    const sites = ['https://one.example', 'https://two.example', 'https://three.example'];
    await Promise.all(sites.map((origin, i) => pageReported({ kind: 'challenge' }, frame(i + 1, origin))));
    for (const [i, origin] of sites.entries()) {
      expect(await statusOf(i + 1)).toMatchObject({ origin, kind: 'challenge' });
    }
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('a sub-frame does not describe the tab', async () => {
    await pageReported({ kind: 'challenge' }, { ...frame(4, 'https://ads.example'), frameId: 3 });
    expect(await statusOf(4)).toMatchObject({ origin: null, kind: 'none' });
  });
});

describe('a page that reports as its tab closes', () => {
  it('leaves nothing behind for the closed tab and no error', async () => {
    const closedTab = 4242; // the browser knows no such tab: setting its badge fails
    const { setBadgeText } = fakeBrowser.action;
    fakeBrowser.action.setBadgeText = async (details) => {
      if (details.tabId === closedTab) throw new Error(`No tab with id: ${closedTab}.`);
      return setBadgeText(details);
    };
    const answer = await pageReported({ kind: 'challenge' }, frame(closedTab, 'https://one.example'));
    expect(answer).toEqual({ offerButton: false, banner: null });
    expect(await statusOf(closedTab)).toMatchObject({ origin: null, kind: 'none' });
  });
});

describe('why a fill was refused, when the page then leaves', () => {
  it('is still said on the next site for a moment, and not for ever', async () => {
    await pageReported({ kind: 'challenge' }, frame(7, 'https://one.example'));
    await noteRefusal(7, 'The page changed before the code could be filled.');
    await pageReported({ kind: 'challenge' }, frame(7, 'https://two.example'));
    expect((await statusOf(7)).refusal).toBe('The page changed before the code could be filled.');

    vi.useFakeTimers({ now: Date.now() + 60_000 });
    try {
      await pageReported({ kind: 'challenge' }, frame(7, 'https://three.example'));
      expect((await statusOf(7)).refusal).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a code the site refused after it was filled', () => {
  it('is counted, and the popup is told what to check; leaving the code step clears it', async () => {
    const site = frame(8, 'https://www.clinic-example.test');
    await pageReported({ kind: 'challenge', refused: true }, site); // a refusal before any fill: not ours
    expect((await statusOf(8)).codesRefused).toBeUndefined();
    await noteFilled(8);
    await pageReported({ kind: 'challenge', refused: true }, site);
    const status = await statusOf(8);
    expect(status.codesRefused).toBe(1);
    expect(status.refusedHint).toContain('check that its date and time are set automatically');
    await pageReported({ kind: 'challenge', refused: true }, site); // the same answer read again
    expect((await statusOf(8)).codesRefused).toBe(1);
    await pageReported({ kind: 'none' }, site);
    expect(await statusOf(8)).not.toHaveProperty('codesRefused');
  });
});
