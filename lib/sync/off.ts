import { changeSettings, readSettings } from '@/lib/settings';
import { syncNotices, syncStatus, NO_SYNC_YET } from '@/lib/storage';
import { syncArea } from './area';
import { OFF_ITEM } from './pack';

// "Remove from browser sync" takes the sealed vault out of the sync area, and leaves a note
// there: every browser that had sync on turns it off when the note reaches it, and takes out
// anything it wrote meanwhile (the browser's sync delivers items in any order, so one may write
// its vault back before the note arrives). A browser where sync is turned on again afterwards
// takes the note away and writes its vault, as at a first start.

/** The note: when the accounts were removed (that browser's clock). */
export interface OffNote {
  at: number;
}

export function readOffNote(value: unknown): OffNote | null {
  const at = (value as OffNote | null)?.at;
  return typeof at === 'number' && Number.isFinite(at) ? { at } : null;
}

/**
 * What a browser with sync on does with a note: obey it when sync was turned on here before
 * the removal, clear it when after (or when the practice keeps sync on for everyone).
 */
export function answerTo(note: OffNote, syncOnAt: number | undefined, setByPractice: boolean) {
  if (setByPractice) return 'clear' as const;
  return note.at > (syncOnAt ?? 0) ? ('obey' as const) : ('clear' as const);
}

/** Every item of this extension in the area as read out of it, but the note. */
async function removeVault(area: Record<string, unknown>): Promise<void> {
  const names = Object.keys(area).filter((name) => name !== OFF_ITEM);
  if (names.length) await syncArea.remove(names);
}

/** "Remove from browser sync": off here, the vault out of the sync area, the note in. */
export async function removeFromSync(now = Date.now()): Promise<void> {
  await changeSettings({ sync: false });
  await syncArea.write({ [OFF_ITEM]: { at: now } }); // first: a browser that sees the removal sees it
  await removeVault(await syncArea.read());
  await syncStatus.setValue(NO_SYNC_YET);
}

/**
 * Called at each round with sync on, before anything is merged: true when a note from another
 * browser turned sync off here (the accounts here are untouched, and the person is told).
 */
export async function followOffNote(area: Record<string, unknown>, setByPractice: boolean): Promise<boolean> {
  const note = readOffNote(area[OFF_ITEM]);
  if (!note) return false;
  if (answerTo(note, (await readSettings()).syncOnAt, setByPractice) === 'clear') {
    await syncArea.remove([OFF_ITEM]);
    delete area[OFF_ITEM];
    return false;
  }
  await changeSettings({ sync: false });
  await removeVault(area);
  await syncStatus.setValue({ ...NO_SYNC_YET, offElsewhereAt: note.at });
  await syncNotices.setValue({ ...(await syncNotices.getValue()), turnedOff: true });
  return true;
}
