import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';
import { importAesKey, open, seal } from './aead';
import { randomBytes, toBase64 } from './bytes';
import type { VaultDb, VaultMeta } from './db';
import { WrongPassphraseError } from './errors';
import { recordContext } from './accounts';
import { findWrappingElsewhere, vaultChanged } from './changes';
import { takeStamp } from './clock';
import { assertKdfStrongEnough, DEFAULT_KDF, deriveKeyBytes, kdfNeedsUpgrade, type KdfParams } from './kdf';

export const MIN_PASSPHRASE_LENGTH = 8;

// The KDF parameters and salt are bound to the wrapped key: editing them on disk breaks it.
const wrapContext = (kdf: KdfParams, salt: Uint8Array) =>
  `sfc-vault-key|v1|${JSON.stringify(kdf)}|${toBase64(salt)}`;

async function wrap(
  rawKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  kdf: KdfParams,
  createdAt: number,
): Promise<VaultMeta> {
  const salt = randomBytes(16);
  const kek = await importAesKey(await deriveKeyBytes(passphrase, salt, kdf));
  return { kdf, salt, wrappedKey: await seal(kek, rawKey, wrapContext(kdf, salt)), createdAt };
}

function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new UserFacingError(i18n.t('vaultError.shortPassphrase', [MIN_PASSPHRASE_LENGTH]));
  }
}

export async function vaultExists(db: VaultDb): Promise<boolean> {
  return (await db.get('meta', 'vault')) !== undefined;
}

/** Makes a new random 256-bit data key, wraps it, and returns it (raw) for the session. */
export async function createVault(
  db: VaultDb,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
  now = Date.now(),
): Promise<Uint8Array<ArrayBuffer>> {
  checkNewPassphrase(passphrase);
  if (await vaultExists(db)) throw new UserFacingError(i18n.t('vaultError.exists'));
  const rawKey = randomBytes(32);
  const meta = { ...(await wrap(rawKey, passphrase, kdf, now)), passphraseStamp: await takeStamp(db, now) };
  const tx = db.transaction('meta', 'readwrite');
  if (await tx.store.get('vault')) throw new UserFacingError(i18n.t('vaultError.exists'));
  await tx.store.put(meta, 'vault');
  await tx.done;
  return rawKey;
}

export async function unwrap(meta: VaultMeta, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  assertKdfStrongEnough(meta.kdf);
  const kek = await importAesKey(await deriveKeyBytes(passphrase, meta.salt, meta.kdf));
  try {
    return await open(kek, meta.wrappedKey, wrapContext(meta.kdf, meta.salt));
  } catch {
    // A wrong passphrase and a tampered wrapped key look the same, on purpose.
    throw new WrongPassphraseError();
  }
}

const sameMeta = (a: VaultMeta | undefined, b: VaultMeta) =>
  a !== undefined &&
  toBase64(a.salt) === toBase64(b.salt) &&
  toBase64(a.wrappedKey.data) === toBase64(b.wrappedKey.data);

/**
 * Replaces the wrapped key only if it is still the one read before the (slow) derivation, in one
 * transaction: a passphrase change and an upgrade at the same moment cannot undo each other.
 */
async function swapMeta(db: VaultDb, read: VaultMeta, next: VaultMeta): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const current = await tx.store.get('vault');
  if (!sameMeta(current, read)) {
    tx.abort();
    await tx.done.catch(() => undefined); // the abort we asked for
    return false;
  }
  await tx.store.put(next, 'vault');
  await tx.done;
  return true;
}

/** Returns the raw data key; raises old KDF parameters to `target` while the passphrase is at hand. */
export async function unlockVault(
  db: VaultDb,
  passphrase: string,
  target: KdfParams = DEFAULT_KDF,
): Promise<Uint8Array<ArrayBuffer>> {
  const meta = await db.get('meta', 'vault');
  if (!meta) throw new UserFacingError(i18n.t('vaultError.noneCreate'));
  const rawKey = await unwrap(meta, passphrase).catch((error) =>
    newPassphraseFromElsewhere(db, meta, passphrase, error),
  );
  if (kdfNeedsUpgrade(meta.kdf, target)) {
    try {
      // Skipped if the passphrase changed meanwhile: the change wins, and the next unlock upgrades.
      const upgraded = await wrap(rawKey, passphrase, target, meta.createdAt);
      await swapMeta(db, meta, { ...upgraded, passphraseStamp: meta.passphraseStamp });
    } catch (error) {
      // The vault opened with the old settings; they are raised on a later unlock.
      console.warn('Could not raise the vault’s protection settings', error);
    }
  }
  return rawKey;
}

/**
 * The passphrase typed does not open this browser's wrapping: it may be one set since on another
 * browser. Taken only if it opens a newer wrapping of the same key (it opens this vault's
 * accounts); otherwise the wrong-passphrase error stands.
 */
async function newPassphraseFromElsewhere(
  db: VaultDb,
  mine: VaultMeta,
  passphrase: string,
  error: unknown,
): Promise<Uint8Array<ArrayBuffer>> {
  const theirs = await findWrappingElsewhere().catch(() => null);
  if (!theirs || (theirs.passphraseStamp ?? '') <= (mine.passphraseStamp ?? '')) throw error;
  const rawKey = await unwrap(theirs, passphrase);
  if (!(await opensThisVault(db, rawKey))) throw error;
  await adoptWrapping(db, theirs);
  return rawKey;
}

/** Whether a key opens this vault's accounts (true for a vault with none: nothing to lose). */
export async function opensThisVault(db: VaultDb, rawKey: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const record = (await db.getAll('accounts'))[0];
  if (!record) return true;
  try {
    await open(await importAesKey(rawKey), record.sealed, recordContext(record));
    return true;
  } catch {
    return false;
  }
}

/** Checks the vault passphrase again before something sensitive (an export); changes nothing. */
export async function confirmPassphrase(db: VaultDb, passphrase: string): Promise<void> {
  const meta = await db.get('meta', 'vault');
  if (!meta) throw new UserFacingError(i18n.t('vaultError.none'));
  await unwrap(meta, passphrase);
}

/** Re-wraps the same data key under a new passphrase: one write, accounts untouched. */
export async function changePassphrase(
  db: VaultDb,
  current: string,
  next: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<void> {
  checkNewPassphrase(next);
  // Twice at most: an upgrade on unlock may have re-wrapped the key while we derived.
  for (let attempt = 0; attempt < 2; attempt++) {
    const meta = await db.get('meta', 'vault');
    if (!meta) throw new UserFacingError(i18n.t('vaultError.none'));
    const rawKey = await unwrap(meta, current);
    const passphraseStamp = await takeStamp(db);
    if (await swapMeta(db, meta, { ...(await wrap(rawKey, next, kdf, meta.createdAt)), passphraseStamp })) {
      vaultChanged();
      return;
    }
  }
  throw new UserFacingError(i18n.t('vaultError.changedMeanwhile'));
}

/**
 * Takes a wrapping of the data key made on another browser (the passphrase changed there, or
 * this browser lost its vault and brings it back from sync). The caller has opened it first.
 */
export async function adoptWrapping(db: VaultDb, meta: VaultMeta): Promise<void> {
  await db.put('meta', meta, 'vault');
}

export async function readWrapping(db: VaultDb): Promise<VaultMeta | undefined> {
  return db.get('meta', 'vault');
}
