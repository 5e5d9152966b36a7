import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';
import { checkAccount, displayName, hasControlCharacters, type OtpAccount } from '@/lib/otp';
import { readStoredList, type RecoveryCode } from '@/lib/recovery/codes';
import { readBinding, type SiteBinding } from '@/lib/sites';
import { importAesKey, open, seal } from '@/lib/vault/aead';
import { fromBase64, randomBytes, toBase64 } from '@/lib/vault/bytes';
import {
  assertKdfStrongEnough,
  DEFAULT_KDF,
  deriveKeyBytes,
  parseKdfParams,
  type KdfParams,
} from '@/lib/vault/kdf';

// The extension's own backup file (documented in the README): JSON around one AES-256-GCM
// ciphertext whose key comes from the backup passphrase through the same KDF as the vault.
export const BACKUP_FORMAT = 'second-factor-companion-backup';
const VERSION = 1;

export interface BackupEntry {
  account: OtpAccount;
  bindings: SiteBinding[];
  /** The portal's recovery codes kept with the account, when it has some. */
  recovery?: RecoveryCode[];
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
const damaged = () => i18n.t('backupError.damaged');

export async function writeBackup(
  entries: BackupEntry[],
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
  now = new Date(),
): Promise<string> {
  if (passphrase.length < 8) throw new UserFacingError(i18n.t('backupError.shortPassphrase'));
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
    throw new UserFacingError(i18n.t('backupError.notJson'));
  }
  if (file?.format !== BACKUP_FORMAT) throw new UserFacingError(i18n.t('backupError.notOurs'));
  if (file.version !== VERSION) throw new UserFacingError(i18n.t('backupError.newer'));
  if (typeof file.salt !== 'string' || typeof file.iv !== 'string' || typeof file.data !== 'string') {
    throw new UserFacingError(damaged());
  }
  return { ...file, kdf: parseKdfParams(file.kdf) } as BackupFile;
}

function checkBinding(b: unknown): SiteBinding {
  const binding = readBinding(b);
  if (!binding) throw new UserFacingError('one of its sites is not a valid address.');
  return binding;
}

/** What a backup holds: the accounts that can be restored, and a line for each that cannot. */
export interface BackupContents {
  entries: BackupEntry[];
  unreadable: string[];
  /** A line for each name that had invisible (control) characters, removed on the way in. */
  cleaned: string[];
}

const nameOf = (e: unknown) => {
  const a = (e as { account?: { issuer?: unknown; account?: unknown } })?.account;
  return [a?.issuer, a?.account].filter((v) => typeof v === 'string' && v).join(' – ');
};

/** Reads one entry field by field (never through setup-link text, which some names break). */
function readEntry(e: unknown, i: number): BackupEntry | string {
  try {
    const entry = e as { account?: unknown; bindings?: unknown; recovery?: unknown };
    if (entry.bindings !== undefined && !Array.isArray(entry.bindings)) throw new Error('bindings');
    const recovery = readStoredList(entry.recovery);
    if (entry.recovery !== undefined && !recovery) throw new Error('recovery');
    return {
      account: checkAccount(entry.account),
      bindings: (entry.bindings ?? []).map(checkBinding),
      ...(recovery && { recovery }),
    };
  } catch (error) {
    const why = error instanceof UserFacingError ? error.message : 'it is damaged.';
    const name = nameOf(e).slice(0, 80);
    return name
      ? i18n.t('backupError.namedEntry', [i + 1, name, why])
      : i18n.t('backupError.entry', [i + 1, why]);
  }
}

/**
 * Decrypts a backup. A wrong passphrase or a damaged file throws before anything is returned;
 * an entry that cannot be used is reported on its own line and the others still come back.
 */
export async function readBackup(text: string, passphrase: string): Promise<BackupContents> {
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
    throw new UserFacingError(damaged());
  }
  let entries: unknown;
  try {
    entries = (JSON.parse(new TextDecoder().decode(plain)) as { entries?: unknown }).entries;
  } catch {
    throw new UserFacingError(damaged());
  }
  if (!Array.isArray(entries)) throw new UserFacingError(damaged());
  const read = entries.map(readEntry);
  const cleaned = entries.flatMap((e, i) => {
    const a = (e as { account?: { issuer?: unknown; account?: unknown } })?.account;
    const entry = read[i];
    if (typeof entry === 'string' || !(hasControlCharacters(a?.issuer) || hasControlCharacters(a?.account))) {
      return [];
    }
    return [i18n.t('backupError.cleaned', [i + 1, displayName(entry!.account)])];
  });
  return {
    entries: read.filter((r): r is BackupEntry => typeof r !== 'string'),
    unreadable: read.filter((r): r is string => typeof r === 'string'),
    cleaned,
  };
}

/**
 * Opens a backup just written with its passphrase and compares it with what went in, so the
 * person knows it is good before they rely on it.
 */
export async function verifyBackup(text: string, passphrase: string, expected: BackupEntry[]): Promise<void> {
  const { entries, unreadable } = await readBackup(text, passphrase);
  if (unreadable.length || JSON.stringify(entries) !== JSON.stringify(expected)) {
    throw new UserFacingError(i18n.t('backupError.didNotReadBack'));
  }
}
