import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPolicy, readSettings, changeSettings } from '@/lib/settings';
import { syncNotices, syncStatus } from '@/lib/storage';
import { answerTo, followOffNote, readOffNote, removeFromSync } from './off';
import { syncSoon } from './service';

const T = Date.UTC(2026, 11, 7, 23);
const vaultItems = { 'sfc.key': { id: 'k1' }, 'sfc.0': { at: 'x' }, 'sfc.1': { at: 'y' } };
const area = () => fakeBrowser.storage.sync.get(null);

beforeEach(() => forgetPolicy());

describe('removing the accounts from browser sync', () => {
  it('takes every item of the vault out, leaves a note and other extensions’ items, and turns sync off', async () => {
    await changeSettings({ sync: true, syncOnAt: T - 1000 });
    await fakeBrowser.storage.sync.set({ ...vaultItems, 'someone.else': 1 });
    await syncStatus.setValue({ ...(await syncStatus.getValue()), lastSyncedAt: T - 10, bytes: 4000 });
    await removeFromSync(T);
    expect(await area()).toEqual({ 'sfc.off': { at: T }, 'someone.else': 1 });
    expect((await readSettings()).sync).toBe(false);
    expect((await syncStatus.getValue()).bytes).toBe(0);
  });
});

describe('a browser that meets the note', () => {
  it('obeys it when sync was turned on before the removal, and clears it when after', () => {
    expect(answerTo({ at: T }, T - 1, false)).toBe('obey');
    expect(answerTo({ at: T }, undefined, false)).toBe('obey'); // on since before this was known
    expect(answerTo({ at: T }, T + 1, false)).toBe('clear');
    expect(answerTo({ at: T }, T - 1, true)).toBe('clear'); // the practice keeps it on for everyone
  });
  it('reads only a note with a time', () => {
    expect(readOffNote({ at: T })).toEqual({ at: T });
    for (const odd of [null, 'off', { at: 'yesterday' }, { at: Infinity }, {}])
      expect(readOffNote(odd)).toBeNull();
  });
  it('turns sync off, takes out what it wrote meanwhile, keeps its accounts, and says so', async () => {
    await changeSettings({ sync: true, syncOnAt: T - 60_000 });
    await fakeBrowser.storage.sync.set({ ...vaultItems, 'sfc.off': { at: T } });
    const seen = await area();
    expect(await followOffNote(seen, false)).toBe(true);
    expect(await area()).toEqual({ 'sfc.off': { at: T } });
    expect((await readSettings()).sync).toBe(false);
    expect((await syncStatus.getValue()).offElsewhereAt).toBe(T);
    expect((await syncNotices.getValue()).turnedOff).toBe(true);
  });
  it('turned on again after the removal: takes the note away and goes on', async () => {
    await changeSettings({ sync: true, syncOnAt: T + 60_000 });
    await fakeBrowser.storage.sync.set({ ...vaultItems, 'sfc.off': { at: T } });
    const seen = await area();
    expect(await followOffNote(seen, false)).toBe(false);
    expect(seen['sfc.off']).toBeUndefined();
    expect(await area()).toEqual(vaultItems);
    expect((await readSettings()).sync).toBe(true);
  });
  it('is followed at a round, even while the vault is locked', async () => {
    await changeSettings({ sync: true, syncOnAt: T - 60_000 });
    await fakeBrowser.storage.sync.set({ ...vaultItems, 'sfc.off': { at: T } });
    await syncSoon();
    expect((await readSettings()).sync).toBe(false);
    expect(await area()).toEqual({ 'sfc.off': { at: T } });
  });
});
