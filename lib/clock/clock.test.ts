import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { correctionLine, howFar } from './describe';
import { estimateClock, keepReading, KEPT_READINGS, PER_SITE, READING_LIFE_MS } from './estimate';
import { clockState, codeTime, noteReading } from './kept';
import { beyondSense, readingFrom, type ClockReading } from './reading';

const NOW = Date.parse('2026-12-07T15:00:00.000Z');
const dateHeader = (ms: number) => [{ name: 'Date', value: new Date(ms).toUTCString() }];
const reading = (aheadMs: number, host = 'app.intakeq.com', at = NOW): ClockReading => ({
  host,
  aheadMs,
  at,
});

describe("a response's Date header", () => {
  it('says how far the site is ahead, from the middle of its second', () => {
    const r = readingFrom('app.intakeq.com', dateHeader(NOW + 120_000), NOW);
    expect(r).toEqual({ host: 'app.intakeq.com', aheadMs: 120_500, at: NOW });
    expect(readingFrom('x.test', dateHeader(NOW - 90_000), NOW)!.aheadMs).toBe(-89_500);
  });

  it("counts a cached copy's Age", () => {
    const headers = [...dateHeader(NOW - 60_000), { name: 'age', value: '60' }];
    expect(readingFrom('x.test', headers, NOW)!.aheadMs).toBe(500);
  });

  it('says nothing when missing, in another format, or absurd', () => {
    expect(readingFrom('x.test', [], NOW)).toBeNull();
    expect(readingFrom('x.test', [{ name: 'date', value: '2026-12-07T15:00:00Z' }], NOW)).toBeNull();
    expect(
      readingFrom('x.test', [{ name: 'date', value: 'Monday, 07-Dec-26 15:00:00 GMT' }], NOW),
    ).toBeNull();
    expect(readingFrom('x.test', [{ name: 'date' }], NOW)).toBeNull();
  });
});

describe('the estimate of this computer’s clock', () => {
  it('needs three readings', () => {
    expect(estimateClock([reading(120_000), reading(120_000)], NOW)).toBeNull();
    expect(estimateClock([reading(120_000), reading(121_000), reading(119_000)], NOW)).toMatchObject({
      aheadMs: 120_000,
      correctionMs: 120_000,
      readings: 3,
    });
  });

  it('is the median: one odd response does not move it', () => {
    const e = estimateClock([reading(500), reading(-400), reading(3_600_000, 'odd.test'), reading(200)], NOW);
    expect(e!.aheadMs).toBe(350);
    expect(e!.correctionMs).toBe(0); // within the portals' own window: nothing to correct
    expect(e!.sites).toEqual(['app.intakeq.com', 'odd.test']);
  });

  it('corrects only beyond 15 seconds, either way', () => {
    const three = (ms: number) => estimateClock([reading(ms), reading(ms), reading(ms)], NOW)!;
    expect(three(14_000).correctionMs).toBe(0);
    expect(three(16_000).correctionMs).toBe(16_000);
    expect(three(-16_000).correctionMs).toBe(-16_000);
  });

  it('keeps a few readings, no site more than its share, none older than a day', () => {
    let kept: ClockReading[] = [];
    for (let i = 0; i < 10; i++) kept = keepReading(kept, reading(1_000, 'one.test', NOW + i));
    expect(kept).toHaveLength(PER_SITE);
    for (let i = 0; i < 20; i++) kept = keepReading(kept, reading(1_000, `site${i}.test`, NOW + 100 + i));
    expect(kept).toHaveLength(KEPT_READINGS);
    kept = keepReading(kept, reading(0, 'late.test', NOW + READING_LIFE_MS + 1_000));
    expect(kept).toEqual([reading(0, 'late.test', NOW + READING_LIFE_MS + 1_000)]);
    expect(
      estimateClock([reading(9_000_000), reading(9_000_000), reading(9_000_000)], NOW + READING_LIFE_MS),
    ).toBeNull();
  });
});

describe('the time codes are made for', () => {
  it('is corrected once the sites agree the clock is off, and said in words', async () => {
    fakeBrowser.reset();
    expect(await codeTime(NOW)).toBe(NOW);
    for (let i = 0; i < 3; i++)
      await noteReading(readingFrom('app.intakeq.com', dateHeader(NOW + 120_000), NOW)!);
    expect(await codeTime(NOW)).toBe(NOW + 120_500);
    expect(correctionLine(120_500)).toBe("This computer's clock is 2 minutes slow; codes are corrected.");
    expect(correctionLine(-40_000)).toBe("This computer's clock is 40 seconds fast; codes are corrected.");
  });

  it('is not moved by a Date years away: that page is set aside, and said', async () => {
    fakeBrowser.reset();
    const old = readingFrom('x.test', [{ name: 'date', value: 'Thu, 01 Jan 1970 00:00:00 GMT' }], NOW)!;
    expect(beyondSense(old)).toBe(true);
    for (let i = 0; i < 3; i++) await noteReading(old);
    expect(await codeTime(NOW)).toBe(NOW);
    expect((await clockState(NOW)).setAside).toMatchObject({ host: 'x.test' });
    expect(howFar(old.aheadMs)).toBe('57 years');
  });

  it('is not moved by sites whose pages carry no usable Date', async () => {
    fakeBrowser.reset();
    const none = readingFrom('x.test', [{ name: 'date', value: 'yesterday' }], NOW);
    expect(none).toBeNull();
    expect(await codeTime(NOW)).toBe(NOW);
  });

  it('after the browser restarts, starts from what the last session learnt (no sites kept on disk)', async () => {
    fakeBrowser.reset();
    for (let i = 0; i < 3; i++) await noteReading(reading(-60_000, 'portal.therapyappointment.com', NOW));
    await fakeBrowser.storage.session.clear(); // the browser closed: session storage is gone
    expect(await codeTime(NOW + 1_000)).toBe(NOW + 1_000 - 60_000);
    const { remembered } = await clockState(NOW + 1_000);
    expect(JSON.stringify(remembered)).not.toContain('therapyappointment');
    expect(await codeTime(NOW + READING_LIFE_MS + 1)).toBe(NOW + READING_LIFE_MS + 1);
  });
});
