import { describe, expect, it } from 'vitest';
import { defineKeyedItem, defineTabItem, forgetTab } from './keyed';

describe('session state kept one key per tab', () => {
  it('updates to one key run in turn: twenty at once all count', async () => {
    const counter = defineKeyedItem<string, number>((k) => `session:test-counter:${k}`);
    await Promise.all(Array.from({ length: 20 }, () => counter.update('a', (n) => (n ?? 0) + 1)));
    expect(await counter.get('a')).toBe(20);
  });

  it('a value taken twice at the same moment is handed out once', async () => {
    const once = defineTabItem<string>('test-once');
    await once.set(1, 'gesture');
    const [first, second] = await Promise.all([once.take(1), once.take(1)]);
    expect([first, second]).toEqual(['gesture', null]);
  });

  it('forgetting a tab removes each of its items and leaves other tabs alone', async () => {
    const a = defineTabItem<number>('test-a');
    const b = defineTabItem<number>('test-b');
    await Promise.all([a.set(1, 1), b.set(1, 2), a.set(2, 3)]);
    await forgetTab(1);
    expect([await a.get(1), await b.get(1), await a.get(2)]).toEqual([null, null, 3]);
  });
});

describe('one item on every tab', () => {
  it('removeAll takes that item from every tab and leaves the others', async () => {
    const scans = defineTabItem<string>('test-scan');
    const other = defineTabItem<string>('test-other');
    await Promise.all([scans.set(1, 'a'), scans.set(-1, 'b'), other.set(1, 'c')]);
    await scans.removeAll();
    expect([await scans.get(1), await scans.get(-1), await other.get(1)]).toEqual([null, null, 'c']);
  });
});
