import { open, seal } from '@/lib/vault/aead';
import { fromBase64, toBase64 } from '@/lib/vault/bytes';
import { FIELD_NAMES } from '@/lib/vault/db';
import { isStamp, type Stamp } from '@/lib/vault/version';
import { isLive, type SyncedAccount } from './record';

/** Chrome's storage.sync limits (Firefox's are the same, without the write rates). */
export const SYNC_LIMITS = {
  totalBytes: 102_400,
  itemBytes: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

export const KEY_ITEM = 'sfc.key';
const CHUNK_NAME = /^sfc\.(\d{1,3})$/;
export const chunkName = (n: number) => `sfc.${n}`;
export const isChunkName = (name: string) => CHUNK_NAME.test(name);
/** Left by "Remove from browser sync": the browsers that had sync on turn it off (lib/sync/off.ts). */
export const OFF_ITEM = 'sfc.off';
export const isSyncItemName = (name: string) => name === KEY_ITEM || name === OFF_ITEM || isChunkName(name);

/** A sealed group of accounts, as stored in the sync area: only base64 and a version. */
export interface SyncChunk {
  at: Stamp;
  iv: string;
  d: string;
}

/** How many bytes the browser counts for an item: its name and its value as JSON. */
export const itemBytes = (name: string, value: unknown) =>
  new TextEncoder().encode(name).length + new TextEncoder().encode(JSON.stringify(value)).length;

// Names, keys and sites are bound with the item's name and version: a chunk cannot be moved to
// another name, or passed off as another version, without failing to open.
const chunkContext = (keyId: string, name: string, at: Stamp) => `sfc-sync|v1|${keyId}|${name}|${at}`;

async function squeeze(bytes: Uint8Array<ArrayBuffer>, how: 'compress' | 'decompress') {
  const stream =
    how === 'compress' ? new CompressionStream('deflate-raw') : new DecompressionStream('deflate-raw');
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

// Compact on the wire: [id, created, removed or 0, [[field index, value, version], …]].
type Wire = [string, number, Stamp | 0, [number, unknown, Stamp][]];

const toWire = (a: SyncedAccount): Wire => [
  a.id,
  a.created,
  a.removed ?? 0,
  FIELD_NAMES.flatMap((name, i) => {
    const f = a.fields[name];
    return f ? [[i, f.v, f.at] as [number, unknown, Stamp]] : [];
  }),
];

function fromWire(w: unknown): SyncedAccount | null {
  if (!Array.isArray(w) || w.length !== 4) return null;
  const [id, created, removed, fields] = w as unknown[];
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
  if (!Number.isSafeInteger(created) || !(removed === 0 || isStamp(removed)) || !Array.isArray(fields))
    return null;
  const account: SyncedAccount = { id, created: created as number, fields: {} };
  if (removed !== 0) account.removed = removed as Stamp;
  for (const f of fields as unknown[]) {
    if (!Array.isArray(f) || f.length !== 3 || !isStamp(f[2])) return null;
    const name = FIELD_NAMES[f[0] as number];
    if (!name) return null;
    account.fields[name] = { v: f[1], at: f[2] };
  }
  return account;
}

export interface Packed {
  items: Record<string, SyncChunk>;
  /** Accounts that did not fit in the sync area, in the vault's order. */
  leftOut: string[];
  /** Every account and deletion that is in the items. */
  packedIds: string[];
  bytes: number;
}

/**
 * Live accounts first in the vault's order, deletions after: when space runs out, the last
 * accounts of the list are the ones left out, and a dropped deletion loses nothing.
 */
function byImportance(records: SyncedAccount[]): SyncedAccount[] {
  const order = (a: SyncedAccount) => Number(a.fields.order?.v ?? Infinity);
  return [...records].sort((a, b) => {
    const live = Number(isLive(b)) - Number(isLive(a));
    if (live) return live;
    return order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * Compresses then seals the accounts into as few items as fit the browser's limits, keeping
 * `reserved` bytes for the key item. What does not fit is named, never silently dropped.
 */
export async function packAccounts(
  records: SyncedAccount[],
  key: CryptoKey,
  keyId: string,
  at: Stamp,
  reserved: number,
): Promise<Packed> {
  const ordered = byImportance(records);
  const wires = ordered.map((r) => JSON.stringify(toWire(r)));
  const items: Record<string, SyncChunk> = {};
  let used = reserved;
  let start = 0;
  let perRecord = 60; // bytes per account once compressed and sealed; learnt from each chunk
  const make = async (name: string, from: number, count: number): Promise<SyncChunk> => {
    const plain = new TextEncoder().encode(`[${wires.slice(from, from + count).join(',')}]`);
    const sealed = await seal(key, await squeeze(plain, 'compress'), chunkContext(keyId, name, at));
    return { at, iv: toBase64(sealed.iv), d: toBase64(sealed.data) };
  };
  while (start < wires.length && Object.keys(items).length < SYNC_LIMITS.items - 1) {
    const name = chunkName(Object.keys(items).length);
    const room = Math.min(SYNC_LIMITS.itemBytes, SYNC_LIMITS.totalBytes - used);
    const left = wires.length - start;
    let count = Math.max(1, Math.min(left, Math.floor((room * 0.9) / perRecord)));
    let chunk = await make(name, start, count);
    // Shrink until it fits, then grow while there is room: a few compressions per chunk.
    while (itemBytes(name, chunk) > room && count > 1) {
      count = Math.max(1, Math.floor((count * room * 0.95) / itemBytes(name, chunk)));
      chunk = await make(name, start, count);
    }
    if (itemBytes(name, chunk) > room) break;
    while (count < left) {
      const more = Math.min(left, count + Math.max(1, Math.floor(count * 0.08)));
      const bigger = await make(name, start, more);
      if (itemBytes(name, bigger) > room) break;
      [count, chunk] = [more, bigger];
    }
    items[name] = chunk;
    used += itemBytes(name, chunk);
    perRecord = Math.max(20, itemBytes(name, chunk) / count);
    start += count;
  }
  const leftOut = ordered
    .slice(start)
    .filter(isLive)
    .map((r) => r.id);
  return { items, leftOut, packedIds: ordered.slice(0, start).map((r) => r.id), bytes: used };
}

export interface Unpacked {
  records: SyncedAccount[];
  /** Items that did not open or did not read as accounts (damaged, or not ours). */
  damaged: string[];
}

/** Opens every chunk sealed with this key; anything else is named as damaged and ignored. */
export async function unpackAccounts(
  area: Record<string, unknown>,
  key: CryptoKey,
  keyId: string,
): Promise<Unpacked> {
  const records: SyncedAccount[] = [];
  const damaged: string[] = [];
  for (const [name, value] of Object.entries(area)) {
    if (!isChunkName(name)) continue;
    try {
      const chunk = value as SyncChunk;
      if (!isStamp(chunk?.at) || typeof chunk.iv !== 'string' || typeof chunk.d !== 'string')
        throw new Error('not a chunk');
      const plain = await open(
        key,
        { iv: fromBase64(chunk.iv), data: fromBase64(chunk.d) },
        chunkContext(keyId, name, chunk.at),
      );
      const list = JSON.parse(new TextDecoder().decode(await squeeze(plain, 'decompress'))) as unknown;
      if (!Array.isArray(list)) throw new Error('not a list');
      const read = list.map(fromWire);
      if (read.some((r) => r === null)) throw new Error('not accounts');
      records.push(...(read as SyncedAccount[]));
    } catch {
      damaged.push(name);
    }
  }
  return { records, damaged };
}
