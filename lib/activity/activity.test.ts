import { describe, expect, it } from 'vitest';
import { importAesKey } from '@/lib/vault/aead';
import { randomBytes } from '@/lib/vault/bytes';
import { activityCsv, CSV_COLUMNS } from './csv';
import { activityDb, ACTIVITY_DB, dropOlderThan, readEntries, writeEntry } from './store';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-07T15:00:00Z');
const key = () => importAesKey(randomBytes(32));

async function freshDb() {
  const db = await activityDb();
  await db.clear('entries');
  return db;
}

describe('the activity record', () => {
  it('keeps each entry sealed: names are not on disk, and read back only with the vault key', async () => {
    const db = await freshDb();
    const k = await key();
    await writeEntry(
      db,
      { kind: 'filled', account: 'PracticeQ: anna@clinic.test', site: 'intakeq.com', door: 'shortcut' },
      k,
      90,
      NOW,
    );
    const raw = JSON.stringify(await db.getAll('entries'), (_k, v) => (v instanceof Uint8Array ? [...v] : v));
    expect(raw).not.toContain('anna');
    expect(raw).not.toContain('intakeq');
    expect((await readEntries(db, k)).entries).toEqual([
      {
        kind: 'filled',
        account: 'PracticeQ: anna@clinic.test',
        site: 'intakeq.com',
        door: 'shortcut',
        at: NOW,
      },
    ]);
    expect(await readEntries(db, await key())).toEqual({ entries: [], unreadable: 1 });
    expect(ACTIVITY_DB).not.toBe('second-factor-vault');
  });

  it('keeps a wrong passphrase with no key (it names nothing), and leaves out what cannot be sealed', async () => {
    const db = await freshDb();
    await writeEntry(db, { kind: 'unlockFailed' }, null, 90, NOW);
    await writeEntry(db, { kind: 'copied', account: 'Clio: me' }, null, 90, NOW + 1); // locked meanwhile
    expect((await readEntries(db, await key())).entries).toEqual([{ kind: 'unlockFailed', at: NOW }]);
  });

  it('an entry moved to another time no longer opens (the time is sealed with it)', async () => {
    const db = await freshDb();
    const k = await key();
    await writeEntry(db, { kind: 'removed', account: 'Clio: me' }, k, 90, NOW);
    const [row] = await db.getAll('entries');
    await db.put('entries', { ...row!, at: NOW - 5 * DAY });
    expect(await readEntries(db, k)).toEqual({ entries: [], unreadable: 1 });
  });

  it('drops entries older than the days it keeps, newest first otherwise', async () => {
    const db = await freshDb();
    const k = await key();
    await writeEntry(db, { kind: 'backup', detail: '3 accounts' }, k, 30, NOW - 40 * DAY);
    await writeEntry(db, { kind: 'import', detail: '2 accounts' }, k, 30, NOW - 10 * DAY);
    await writeEntry(db, { kind: 'autoLocked' }, k, 30, NOW);
    expect((await readEntries(db, k)).entries.map((e) => e.kind)).toEqual(['autoLocked', 'import']);
    await dropOlderThan(db, NOW - DAY);
    expect((await readEntries(db, k)).entries.map((e) => e.kind)).toEqual(['autoLocked']);
  });
});

describe('the record as CSV', () => {
  it('has its columns, times in UTC, and every event in words', () => {
    const csv = activityCsv([
      {
        at: NOW,
        kind: 'filled',
        account: 'PracticeQ: anna',
        site: 'intakeq.com',
        door: 'button',
        detail: 'a code that arrived by email or text',
      },
      { at: NOW - 1000, kind: 'unlockFailed' },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe('Time (UTC),Event,Account,Site,How,Detail');
    expect(lines[1]).toBe(
      '2026-12-07T15:00:00.000Z,Code filled,PracticeQ: anna,intakeq.com,button in the page,a code that arrived by email or text',
    );
    expect(lines[2]).toBe('2026-12-07T14:59:59.000Z,Wrong passphrase,,,,');
  });

  it('quotes commas and quotes, and keeps a name that looks like a formula as text', () => {
    const csv = activityCsv([
      { at: NOW, kind: 'renamed', account: '=HYPERLINK("http://evil.test","Click")', site: 'a.test, b.test' },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      `2026-12-07T15:00:00.000Z,Account renamed,"'=HYPERLINK(""http://evil.test"",""Click"")","a.test, b.test",,`,
    );
  });
});
