import { argon2id } from 'hash-wasm';
import { UserFacingError } from '@/lib/messaging/errors';
import { utf8 } from './bytes';

/** How a passphrase becomes a key; stored beside the wrapped key. */
export type KdfParams =
  | { name: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number }
  | { name: 'pbkdf2-sha256'; iterations: number };

// Threat-model floors (docs/threat-model.md): Argon2id m ≥ 64 MiB, t ≥ 3; PBKDF2-SHA256 ≥ 600,000 iterations.
export const KDF_FLOOR = {
  argon2MemoryKiB: 64 * 1024,
  argon2Iterations: 3,
  pbkdf2Iterations: 600_000,
} as const;

/** New vaults use this; older vaults are raised to it on unlock. Measured by `npm run bench`. */
export const DEFAULT_KDF: KdfParams = {
  name: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
};

/** Refuses parameters below the floor: a vault edited on disk to make guessing cheap. */
export function assertKdfStrongEnough(params: KdfParams): void {
  const weak =
    params.name === 'argon2id'
      ? params.memoryKiB < KDF_FLOOR.argon2MemoryKiB ||
        params.iterations < KDF_FLOOR.argon2Iterations ||
        params.parallelism < 1
      : params.name === 'pbkdf2-sha256'
        ? params.iterations < KDF_FLOOR.pbkdf2Iterations
        : true;
  if (weak)
    throw new UserFacingError(
      'The vault’s protection settings are weaker than allowed; it may have been tampered with. Nothing was unlocked.',
    );
}

/** True when params are weaker than today's default and should be raised on the next unlock. */
export function kdfNeedsUpgrade(params: KdfParams, target: KdfParams = DEFAULT_KDF): boolean {
  if (params.name !== target.name) return target.name === 'argon2id';
  if (params.name === 'argon2id' && target.name === 'argon2id') {
    return params.memoryKiB < target.memoryKiB || params.iterations < target.iterations;
  }
  return params.iterations < target.iterations;
}

/** 32 key bytes from a passphrase. */
export async function deriveKeyBytes(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  assertKdfStrongEnough(params);
  if (params.name === 'argon2id') {
    const out = await argon2id({
      password: utf8(passphrase.normalize('NFC')),
      salt,
      parallelism: params.parallelism,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      hashLength: 32,
      outputType: 'binary',
    });
    return new Uint8Array(out);
  }
  const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations: params.iterations },
    base,
    256,
  );
  return new Uint8Array(bits);
}
