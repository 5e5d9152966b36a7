import { unlockedKey } from '@/lib/storage';
import { importAesKey } from './aead';
import { fromBase64, toBase64 } from './bytes';
import { VaultLockedError } from './errors';

// The in-memory copy is only a cache: the service worker can be stopped at any moment, and
// the next one rebuilds it from storage.session.
let cache: { encoded: string; key: CryptoKey } | null = null;

export async function keepUnlocked(rawKey: Uint8Array, now = Date.now()): Promise<void> {
  const encoded = toBase64(rawKey);
  await unlockedKey.setValue({ key: encoded, unlockedAt: now });
  cache = { encoded, key: await importAesKey(fromBase64(encoded)) };
}

/** The data key while unlocked; throws VaultLockedError otherwise. */
export async function currentDataKey(): Promise<CryptoKey> {
  const stored = await unlockedKey.getValue();
  if (!stored) {
    cache = null;
    throw new VaultLockedError();
  }
  if (cache?.encoded !== stored.key)
    cache = { encoded: stored.key, key: await importAesKey(fromBase64(stored.key)) };
  return cache.key;
}

export async function isUnlocked(): Promise<boolean> {
  return (await unlockedKey.getValue()) !== null;
}

export async function forgetKey(): Promise<void> {
  cache = null;
  await unlockedKey.setValue(null);
}

/** The unlocked data key's raw bytes, for work that must re-wrap or identify it (sync). */
export async function currentRawKey(): Promise<Uint8Array<ArrayBuffer>> {
  const stored = await unlockedKey.getValue();
  if (!stored) throw new VaultLockedError();
  return fromBase64(stored.key);
}
