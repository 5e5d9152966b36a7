import { i18n } from '@/lib/i18n';
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

// Ceilings: a backup or a record edited to demand gigabytes of memory or hours of work would
// hang the browser before any passphrase is checked.
export const KDF_CEILING = {
  argon2MemoryKiB: 1024 * 1024,
  argon2Iterations: 20,
  argon2Parallelism: 4,
  pbkdf2Iterations: 10_000_000,
} as const;

/** Protection settings that are not ones this extension would ever write (damaged or hostile). */
export class KdfParamsError extends UserFacingError {
  override name = 'KdfParamsError';
  constructor() {
    super(i18n.t('vaultError.fileSettingsDamaged'));
  }
}

const wholeIn = (v: unknown, min: number, max: number) =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Reads KDF parameters from a backup or a stored record: exactly the known fields, whole
 * numbers, between floor and ceiling. Anything else is a KdfParamsError.
 */
export function parseKdfParams(value: unknown): KdfParams {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new KdfParamsError();
  const keys = Object.keys(v).sort().join(',');
  if (
    v.name === 'argon2id' &&
    keys === 'iterations,memoryKiB,name,parallelism' &&
    wholeIn(v.memoryKiB, 8, KDF_CEILING.argon2MemoryKiB) &&
    wholeIn(v.iterations, 1, KDF_CEILING.argon2Iterations) &&
    wholeIn(v.parallelism, 1, KDF_CEILING.argon2Parallelism)
  ) {
    return {
      name: 'argon2id',
      memoryKiB: v.memoryKiB as number,
      iterations: v.iterations as number,
      parallelism: v.parallelism as number,
    };
  }
  if (
    v.name === 'pbkdf2-sha256' &&
    keys === 'iterations,name' &&
    wholeIn(v.iterations, 1, KDF_CEILING.pbkdf2Iterations)
  ) {
    return { name: 'pbkdf2-sha256', iterations: v.iterations as number };
  }
  throw new KdfParamsError();
}

/** New vaults use this; older vaults are raised to it on unlock. Measured by `npm run bench`. */
export const DEFAULT_KDF: KdfParams = {
  name: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
};

/**
 * Refuses parameters below the floor (a vault edited on disk to make guessing cheap) and any
 * that are malformed or above the ceiling (a file made to hang the browser).
 */
export function assertKdfStrongEnough(params: KdfParams): void {
  parseKdfParams(params);
  const weak =
    params.name === 'argon2id'
      ? params.memoryKiB < KDF_FLOOR.argon2MemoryKiB ||
        params.iterations < KDF_FLOOR.argon2Iterations ||
        params.parallelism < 1
      : params.name === 'pbkdf2-sha256'
        ? params.iterations < KDF_FLOOR.pbkdf2Iterations
        : true;
  if (weak) throw new UserFacingError(i18n.t('vaultError.vaultSettingsWeak'));
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
