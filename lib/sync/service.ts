import { browser } from 'wxt/browser';
import { readPolicy, readSettings } from '@/lib/settings';
import { refreshBoundSites } from '@/lib/sites';
import { syncNotices, syncStatus, type SyncStatus } from '@/lib/storage';
import { currentDataKey, currentRawKey, isUnlocked, readWrapping, takeStamp, vaultDb } from '@/lib/vault';
import { syncArea } from './area';
import { keyIdOf, keyItemOf } from './key';
import { applyMerged, readLocalState, type MergeOutcome } from './local';
import { followOffNote } from './off';
import { OtherVaultError, planSync } from './plan';

export const SYNC_RETRY_ALARM = 'sync-retry';

/** Whether sync may run here, and whether it does: the practice's policy first, then the person. */
export async function syncChoice(): Promise<{ allowed: boolean; on: boolean; setByPractice: boolean }> {
  const policy = await readPolicy();
  if (policy.syncAllowed === false) return { allowed: false, on: false, setByPractice: true };
  if (policy.syncForEveryone) return { allowed: true, on: true, setByPractice: true };
  return { allowed: true, on: (await readSettings()).sync, setByPractice: false };
}

async function noteStatus(change: Partial<SyncStatus>): Promise<void> {
  await syncStatus.setValue({ ...(await syncStatus.getValue()), ...change });
}

async function noteOutcome(outcome: MergeOutcome): Promise<void> {
  const seen = await syncNotices.getValue();
  const add = (list: string[], more: string[]) => [...new Set([...list, ...more])];
  await syncNotices.setValue({
    added: add(seen.added, outcome.added),
    removed: add(seen.removed, outcome.removed),
    kept: add(seen.kept, outcome.kept),
  });
}

/** Quota errors, in the words Chrome and Firefox put in them. */
function problemOf(error: unknown): SyncStatus['problem'] {
  const text = String((error as Error)?.message ?? error);
  if (/WRITE_OPERATIONS/i.test(text)) return 'rate';
  if (/QUOTA|MAX_ITEMS|exceeded/i.test(text)) return 'full';
  return 'failed';
}

/** One round: the sync area into this vault, and this vault's changes out to the sync area. */
async function syncRound(): Promise<void> {
  const choice = await syncChoice();
  if (!choice.on) return;
  const area = await syncArea.read();
  // Removed from browser sync on another browser: off here too, locked or not.
  if (await followOffNote(area, choice.setByPractice)) return;
  if (!(await isUnlocked())) return; // locked: at the next unlock
  const key = await currentDataKey();
  const keyId = await keyIdOf(await currentRawKey());
  const db = await vaultDb();
  const meta = await readWrapping(db);
  if (!meta) return;
  const local = await readLocalState(db, key);
  let plan;
  try {
    plan = await planSync(local, area, {
      key,
      keyItem: keyItemOf(meta, keyId),
      at: await takeStamp(db),
      now: Date.now(),
    });
  } catch (error) {
    if (!(error instanceof OtherVaultError)) throw error;
    await noteStatus({ problem: 'otherVault' }); // nothing is written over it
    return;
  }
  const outcome = await applyMerged(db, key, local, plan.merged);
  if (outcome.added.length + outcome.changed.length + outcome.removed.length > 0) {
    await noteOutcome(outcome);
    await refreshBoundSites();
  }
  try {
    if (Object.keys(plan.write).length) await syncArea.write(plan.write);
    if (plan.remove.length) await syncArea.remove(plan.remove);
  } catch (error) {
    const { retries } = await syncStatus.getValue();
    // Backs off: one minute, then two, four… up to half an hour; the local vault stays whole.
    await browser.alarms.create(SYNC_RETRY_ALARM, { delayInMinutes: Math.min(30, 2 ** retries) });
    await noteStatus({ problem: problemOf(error), retries: retries + 1, keyId });
    return;
  }
  await noteStatus({
    lastSyncedAt: Date.now(),
    bytes: plan.bytes,
    leftOut: plan.leftOut,
    damaged: plan.damaged.length,
    problem: plan.newerPassphrase ? 'newerPassphrase' : null,
    keyId,
    retries: 0,
  });
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Runs a round now, or once more after the one under way: a burst of changes (an import of 50
 * accounts, a reorder) is one write, well inside the browser's write rates.
 */
export function syncSoon(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await syncRound().catch(async (error) => {
        console.warn('Sync round failed', error);
        await noteStatus({ problem: 'failed' });
      });
    } while (again);
  })().finally(() => (running = null));
  return running;
}
