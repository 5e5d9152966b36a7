import { UserFacingError } from '@/lib/messaging/errors';
import { parseOtpauthUri, toOtpauthUri, type OtpAccount } from '@/lib/otp';
import { canonicalOrigin, type SiteBinding } from '@/lib/sites';
import { importAesKey, open, seal } from '@/lib/vault/aead';
import { fromBase64, randomBytes, toBase64 } from '@/lib/vault/bytes';
import { assertKdfStrongEnough, DEFAULT_KDF, deriveKeyBytes, type KdfParams } from '@/lib/vault/kdf';

// The extension's own backup file (documented in the README): JSON around one AES-256-GCM
// ciphertext whose key comes from the backup passphrase through the same KDF as the vault.
export const BACKUP_FORMAT = 'second-factor-companion-backup';
const VERSION = 1;

export interface BackupEntry {
  account: OtpAccount;
  bindings: SiteBinding[];
}

interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  kdf: KdfParams;
  salt: string;
  iv: string;
  data: string;
}

const context = (kdf: KdfParams, salt: string) => `sfc-backup|v${VERSION}|${JSON.stringify(kdf)}|${salt}`;
const DAMAGED = 'Wrong passphrase, or the backup file is damaged. Nothing was changed.';

export async function writeBackup(
  entries: BackupEntry[],
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
  now = new Date(),
): Promise<string> {
  if (passphrase.length < 8)
    throw new UserFacingError('Choose a backup passphrase of at least 8 characters.');
  const salt = randomBytes(16);
  const key = await importAesKey(await deriveKeyBytes(passphrase, salt, kdf));
  const sealed = await seal(
    key,
    new TextEncoder().encode(JSON.stringify({ entries })),
    context(kdf, toBase64(salt)),
  );
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: VERSION,
    createdAt: now.toISOString(),
    kdf,
    salt: toBase64(salt),
    iv: toBase64(sealed.iv),
    data: toBase64(sealed.data),
  };
  return JSON.stringify(file, null, 2);
}

function parseFile(text: string): BackupFile {
  let file: Partial<BackupFile>;
  try {
    file = JSON.parse(text);
  } catch {
    throw new UserFacingError('This is not a Second Factor Companion backup file (it is not readable JSON).');
  }
  if (file?.format !== BACKUP_FORMAT)
    throw new UserFacingError(
      'This is not a Second Factor Companion backup file. To bring in another app’s export, use Import.',
    );
  if (file.version !== VERSION)
    throw new UserFacingError(
      'This backup was made by a newer version of the extension. Update the extension, then restore it.',
    );
  if (
    typeof file.salt !== 'string' ||
    typeof file.iv !== 'string' ||
    typeof file.data !== 'string' ||
    typeof file.kdf !== 'object'
  ) {
    throw new UserFacingError(DAMAGED);
  }
  return file as BackupFile;
}

function checkBinding(b: unknown): SiteBinding {
  const binding = b as SiteBinding;
  if (binding?.kind === 'origin' && typeof binding.origin === 'string' && canonicalOrigin(binding.origin))
    return { kind: 'origin', origin: canonicalOrigin(binding.origin)! };
  if (
    binding?.kind === 'domain' &&
    typeof binding.domain === 'string' &&
    /^[a-z0-9.-]{1,253}$/.test(binding.domain)
  )
    return binding;
  throw new UserFacingError(DAMAGED);
}

/** Decrypts and checks every entry; throws before anything is returned if any part is wrong. */
export async function readBackup(text: string, passphrase: string): Promise<BackupEntry[]> {
  const file = parseFile(text);
  assertKdfStrongEnough(file.kdf);
  let plain: Uint8Array;
  try {
    const key = await importAesKey(await deriveKeyBytes(passphrase, fromBase64(file.salt), file.kdf));
    plain = await open(
      key,
      { iv: fromBase64(file.iv), data: fromBase64(file.data) },
      context(file.kdf, file.salt),
    );
  } catch {
    throw new UserFacingError(DAMAGED);
  }
  try {
    const { entries } = JSON.parse(new TextDecoder().decode(plain)) as { entries: unknown[] };
    return entries.map((e) => {
      const entry = e as BackupEntry;
      return {
        account: parseOtpauthUri(toOtpauthUri(entry.account)),
        bindings: (entry.bindings ?? []).map(checkBinding),
      };
    });
  } catch {
    throw new UserFacingError(DAMAGED);
  }
}
