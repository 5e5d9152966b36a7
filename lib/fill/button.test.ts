import { describe, expect, it } from 'vitest';
import type { VerifiedSender } from '@/lib/messaging';
import { allowButtonFill, BUTTON_FILLS_PER_MINUTE } from './button';

const top: VerifiedSender = {
  caller: 'content-script',
  origin: 'https://intakeq.com',
  url: 'https://intakeq.com/signin',
  tabId: 3,
  frameId: 0,
  documentId: 'DOC-A',
};
const offer = { documentId: 'DOC-A', fills: [] };

describe('the in-page button asks for a code (the page could ask the same way)', () => {
  it('answers the document it was offered to', () => {
    expect(allowButtonFill(top, offer, true, 1000)).toEqual([1000]);
  });

  it('a page that was never offered a button gets nothing (forged button request)', () => {
    expect(() => allowButtonFill(top, null, true, 1000)).toThrow(/not offered a Fill code button/);
  });

  it('another document in the tab (after a navigation) or a frame gets nothing', () => {
    expect(() => allowButtonFill({ ...top, documentId: 'DOC-B' }, offer, true, 1000)).toThrow(/not offered/);
    expect(() => allowButtonFill({ ...top, frameId: 2 }, offer, true, 1000)).toThrow(/not offered/);
  });

  it('with the button turned off in Settings, nothing', () => {
    expect(() => allowButtonFill(top, offer, false, 1000)).toThrow(/not offered/);
  });

  it(`at most ${BUTTON_FILLS_PER_MINUTE} a minute (a page clicking itself to farm codes)`, () => {
    let fills: number[] = [];
    for (let i = 0; i < BUTTON_FILLS_PER_MINUTE; i++) {
      fills = allowButtonFill(top, { ...offer, fills }, true, 10_000 + i);
    }
    expect(() => allowButtonFill(top, { ...offer, fills }, true, 10_100)).toThrow(/many times in a row/);
    expect(allowButtonFill(top, { ...offer, fills }, true, 80_000).length).toBe(1);
  });
});
