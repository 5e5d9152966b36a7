import { TOMBSTONE_DAYS } from '@/lib/vault/removal';
import type { Stamp } from '@/lib/vault/version';
import { expireTombstones, mergeStates, sameState } from './merge';
import { itemBytes, isChunkName, KEY_ITEM, packAccounts, unpackAccounts } from './pack';
import { readKeyItem, type SyncKeyItem } from './key';
import type { SyncState } from './record';

/** Room kept beside the key item and chunks, so one more account never fails a whole write. */
const HEADROOM = 1_024;

export interface SyncPlan {
  /** This browser's vault after taking in the sync area. */
  merged: SyncState;
  /** Items to write (nothing when the sync area already holds the merged vault). */
  write: Record<string, unknown>;
  /** Chunks no longer needed. */
  remove: string[];
  /** Accounts the sync area has no room for. */
  leftOut: string[];
  /** Items that did not open (damaged): rewritten from this browser's vault. */
  damaged: string[];
  /** Bytes the sync area holds after the write. */
  bytes: number;
  /** The passphrase was changed on another browser after it was set here. */
  newerPassphrase: boolean;
}

/** The sync area holds another vault (another data key): nothing is written over it. */
export class OtherVaultError extends Error {
  override name = 'OtherVaultError';
}

const areaBytes = (area: Record<string, unknown>) =>
  Object.entries(area).reduce((sum, [name, value]) => sum + itemBytes(name, value), 0);

/**
 * One round of sync, as pure work: read the sync area, merge it with this browser's vault, and
 * say what to write back. Both sides end with the join of what either knew.
 */
export async function planSync(
  local: SyncState,
  area: Record<string, unknown>,
  ctx: { key: CryptoKey; keyItem: SyncKeyItem; at: Stamp; now: number },
): Promise<SyncPlan> {
  const theirs = area[KEY_ITEM] === undefined ? null : readKeyItem(area[KEY_ITEM]);
  if (area[KEY_ITEM] !== undefined && theirs?.id !== ctx.keyItem.id) throw new OtherVaultError();
  const theirStamp = theirs?.meta.passphraseStamp;
  const newerPassphrase = theirStamp !== undefined && theirStamp > ctx.keyItem.at;
  const keyToWrite = newerPassphrase || theirStamp === ctx.keyItem.at ? null : ctx.keyItem;

  const { records, damaged } = await unpackAccounts(area, ctx.key, ctx.keyItem.id);
  // Chunks written by two browsers at once may both hold an account: joined like any two copies.
  const remoteState = records.reduce<SyncState>((s, r) => mergeStates(s, new Map([[r.id, r]])), new Map());
  const merged = expireTombstones(mergeStates(local, remoteState), ctx.now, TOMBSTONE_DAYS);

  const write: Record<string, unknown> = keyToWrite ? { [KEY_ITEM]: keyToWrite } : {};
  const keyBytes = itemBytes(KEY_ITEM, keyToWrite ?? area[KEY_ITEM] ?? ctx.keyItem);
  if (sameState(merged, remoteState) && damaged.length === 0) {
    return {
      merged,
      write,
      remove: [],
      leftOut: [],
      damaged,
      bytes: areaBytes({ ...area, ...write }),
      newerPassphrase,
    };
  }
  const packed = await packAccounts(
    [...merged.values()],
    ctx.key,
    ctx.keyItem.id,
    ctx.at,
    keyBytes + HEADROOM,
  );
  const packedIds = new Set(packed.packedIds);
  const inArea = new Map([...merged].filter(([id]) => packedIds.has(id)));
  const stale = Object.keys(area).filter((name) => isChunkName(name) && !(name in packed.items));
  const rewrite = !sameState(inArea, remoteState) || damaged.length > 0;
  if (rewrite) Object.assign(write, packed.items);
  return {
    merged,
    write,
    remove: rewrite ? stale : [],
    leftOut: packed.leftOut,
    damaged,
    bytes: rewrite ? packed.bytes - HEADROOM : areaBytes({ ...area, ...write }),
    newerPassphrase,
  };
}
