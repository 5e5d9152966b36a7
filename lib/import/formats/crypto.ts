import { argon2id, scrypt } from 'hash-wasm';
import { utf8 } from '@/lib/vault/bytes';

// The key derivations and ciphers other authenticators encrypt their exports with, from
// WebCrypto and hash-wasm (the vault's own Argon2id), never written by hand. Every one returns
// null when the key does not open the data: the caller says "wrong password" or "damaged".

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('not hex');
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
}

export const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export function fromBase64Loose(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/\s/g, '').replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
}

/** AES-GCM with the tag at the end of `sealed` (as WebCrypto wants it). */
export async function openAesGcm(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  sealed: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, k, sealed));
  } catch {
    return null;
  }
}

export async function pbkdf2(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  hash: 'SHA-1' | 'SHA-256',
  bytes = 32,
): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations, hash }, base, bytes * 8);
  return new Uint8Array(bits);
}

export async function scryptKey(
  password: string,
  salt: Uint8Array,
  n: number,
  r: number,
  p: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = await scrypt({
    password,
    salt,
    costFactor: n,
    blockSize: r,
    parallelism: p,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(out);
}

export async function argon2idKey(
  password: string,
  salt: Uint8Array,
  iterations: number,
  memoryKiB: number,
  parallelism: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = await argon2id({
    password,
    salt,
    iterations,
    memorySize: memoryKiB,
    parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(out);
}

/** Reads decrypted bytes as the JSON they should be; null when they are not. */
export function jsonOf(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}
