import { fromBase64, toBase64 } from '@/lib/vault/bytes';
import type { VaultMeta } from '@/lib/vault/db';
import { parseKdfParams } from '@/lib/vault/kdf';
import { isStamp, makeStamp, type Stamp } from '@/lib/vault/version';

/**
 * The data key as it travels: wrapped by the passphrase (the same wrapping as on disk, with its
 * Argon2id parameters and salt), a check value that says which vault it is without saying
 * anything of the key, and when the passphrase was set.
 */
export interface SyncKeyItem {
  v: 1;
  id: string;
  kdf: VaultMeta['kdf'];
  salt: string;
  iv: string;
  d: string;
  createdAt: number;
  at: Stamp;
}

/** Vaults from before passphrases carried versions count as set when they were made. */
export const passphraseStampOf = (meta: VaultMeta): Stamp =>
  meta.passphraseStamp ?? makeStamp(meta.createdAt, 0, '0');

/**
 * A key check value (as banks check keys): the first block of AES-CTR's keystream at a counter no
 * sealing uses. Equal for equal keys, and says nothing about the key.
 */
export async function keyIdOf(rawKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', rawKey, 'AES-CTR', false, ['encrypt']);
  const block = await crypto.subtle.encrypt(
    { name: 'AES-CTR', counter: new Uint8Array(16).fill(0xff), length: 64 },
    key,
    new Uint8Array(12),
  );
  return toBase64(new Uint8Array(block));
}

export const keyItemOf = (meta: VaultMeta, id: string): SyncKeyItem => ({
  v: 1,
  id,
  kdf: meta.kdf,
  salt: toBase64(meta.salt),
  iv: toBase64(meta.wrappedKey.iv),
  d: toBase64(meta.wrappedKey.data),
  createdAt: meta.createdAt,
  at: passphraseStampOf(meta),
});

const isBase64 = (v: unknown, max: number) =>
  typeof v === 'string' && v.length <= max && /^[A-Za-z0-9+/]*={0,2}$/.test(v);

/** The key item read back: refused (null) unless every field is what this extension writes. */
export function readKeyItem(value: unknown): { id: string; meta: VaultMeta } | null {
  const v = value as Partial<SyncKeyItem> | null;
  if (typeof v !== 'object' || v === null || v.v !== 1) return null;
  if (!isBase64(v.id, 24) || !isBase64(v.salt, 64) || !isBase64(v.iv, 24) || !isBase64(v.d, 128)) return null;
  if (!Number.isSafeInteger(v.createdAt) || !isStamp(v.at)) return null;
  try {
    return {
      id: v.id!,
      meta: {
        kdf: parseKdfParams(v.kdf),
        salt: fromBase64(v.salt!),
        wrappedKey: { iv: fromBase64(v.iv!), data: fromBase64(v.d!) },
        createdAt: v.createdAt!,
        passphraseStamp: v.at!,
      },
    };
  } catch {
    return null;
  }
}
