import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerifiedSender } from '@/lib/messaging';
import type { FillTrigger } from '@/lib/storage';
import { answerFill } from './answer';

// The background's decision, fed only what the browser says. A pasted code keeps the vault out
// of it: what is tested is who may receive a code.
async function tabAt(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}
const frame = (tabId: number, origin: string, more: Partial<VerifiedSender> = {}): VerifiedSender => ({
  caller: 'content-script',
  origin,
  url: `${origin}/verify`,
  tabId,
  frameId: 0,
  documentId: 'DOC-1',
  ...more,
});
const trigger = (origin: string, more: Partial<FillTrigger> = {}): FillTrigger => ({
  at: Date.now(),
  origin,
  code: '123456',
  documents: [
    { frameId: 0, documentId: 'DOC-1' },
    { frameId: 4, documentId: 'DOC-FRAME' },
  ],
  ...more,
});
const SITE = 'https://www.clinic-example.test';

describe('who receives a code', () => {
  it('the document that was there when the person asked, on the same https origin', async () => {
    const tab = await tabAt(`${SITE}/otc`);
    await expect(answerFill(frame(tab, SITE), trigger(SITE))).resolves.toMatchObject({ code: '123456' });
  });

  it('a page that redirected to another site between the ask and the answer gets nothing', async () => {
    const tab = await tabAt('https://evil.example/otc');
    await expect(answerFill(frame(tab, 'https://evil.example'), trigger(SITE))).rejects.toThrow(
      'The page changed before the code could be filled',
    );
  });

  it('a new document on the same site (reloaded or navigated after the ask) gets nothing', async () => {
    const tab = await tabAt(`${SITE}/otc`);
    await expect(answerFill(frame(tab, SITE, { documentId: 'DOC-2' }), trigger(SITE))).rejects.toThrow(
      'The page changed',
    );
  });

  it('a frame from another site gets nothing, even one that was there', async () => {
    const tab = await tabAt(`${SITE}/ad-frame`);
    const ad = frame(tab, 'https://ads.example-cdn.test', { frameId: 4, documentId: 'DOC-FRAME' });
    await expect(answerFill(ad, trigger(SITE))).rejects.toThrow('inside a frame from another site');
  });

  it('a sandboxed frame (origin "null") and plain http get nothing', async () => {
    const tab = await tabAt(`${SITE}/sandboxed`);
    const sandboxed = frame(tab, 'null', { frameId: 4, documentId: 'DOC-FRAME' });
    await expect(answerFill(sandboxed, trigger(SITE))).rejects.toThrow('insecure (http) or sandboxed');
    const plain = await tabAt('http://www.clinic-example.test/otc');
    await expect(answerFill(frame(plain, 'http://www.clinic-example.test'), trigger(SITE))).rejects.toThrow(
      'insecure',
    );
  });

  it('nothing without a gesture, and nothing when the browser no longer shows the tab', async () => {
    const tab = await tabAt(`${SITE}/otc`);
    await expect(answerFill(frame(tab, SITE), null)).rejects.toThrow('only when you ask');
    await expect(answerFill(frame(9999, SITE), trigger(SITE))).rejects.toThrow('The page changed'); // tab gone
  });
});
