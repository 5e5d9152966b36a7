import { i18n } from '@/lib/i18n';
import { OtpUriError, checkAccount, type OtpAccount } from '@/lib/otp';
import { WrongPasswordError } from '@/lib/import/formats/errors';
import { readBinding, type SiteBinding } from '@/lib/sites/binding';
import { importAesKey, open, seal } from '@/lib/vault/aead';
import { fromBase64, randomBytes, toBase64 } from '@/lib/vault/bytes';
import {
  assertKdfStrongEnough,
  DEFAULT_KDF,
  deriveKeyBytes,
  parseKdfParams,
  type KdfParams,
} from '@/lib/vault/kdf';

// One account for one colleague: like the backup file (one AES-256-GCM ciphertext, its key from
// a passphrase through the vault's KDF), with whom it is for and until when written outside so
// the importer can say so before the passphrase, and bound into the ciphertext so neither can be
// changed. The passphrase is made for this share alone.
export const SHARE_FORMAT = 'second-factor-companion-share';
const VERSION = 1;

export interface ShareFile {
  format: typeof SHARE_FORMAT;
  version: number;
  for: string;
  expiresAt: string;
  kdf: KdfParams;
  salt: string;
  iv: string;
  data: string;
}

export interface SharedAccount {
  account: OtpAccount;
  bindings: SiteBinding[];
}

const context = (f: Pick<ShareFile, 'for' | 'expiresAt' | 'kdf' | 'salt'>) =>
  `sfc-share|v${VERSION}|${JSON.stringify(f.for)}|${f.expiresAt}|${JSON.stringify(f.kdf)}|${f.salt}`;

// Crockford's base32 (no I, L, O, U): read aloud or typed without confusing letters.
const LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A passphrase for one share: 16 characters in four groups (80 random bits), easy to read out. */
export function newSharePassphrase(): string {
  const chars = [...randomBytes(16)].map((b) => LETTERS[b % 32]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** The passphrase as typed back: spaces, dashes and case do not matter. */
const asTyped = (passphrase: string) => passphrase.toUpperCase().replace(/[^0-9A-Z]/g, '');

export async function writeShare(
  shared: SharedAccount,
  forWhom: string,
  expiresAt: Date,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<string> {
  const salt = randomBytes(16);
  const head = { for: forWhom, expiresAt: expiresAt.toISOString(), kdf, salt: toBase64(salt) };
  const key = await importAesKey(await deriveKeyBytes(asTyped(passphrase), salt, kdf));
  const sealed = await seal(key, new TextEncoder().encode(JSON.stringify(shared)), context(head));
  const file: ShareFile = {
    format: SHARE_FORMAT,
    version: VERSION,
    ...head,
    iv: toBase64(sealed.iv),
    data: toBase64(sealed.data),
  };
  return JSON.stringify(file, null, 2);
}

export const isShareFile = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SHARE_FORMAT;

/** "Account shared for Maria (until 10 Dec 2026)": how the import names its source. */
export function shareSource(file: Partial<ShareFile>): string {
  const until = new Date(String(file.expiresAt));
  const date = Number.isNaN(until.getTime()) ? '?' : until.toLocaleDateString();
  return i18n.t('share.source', [String(file.for ?? '').slice(0, 80), date]);
}

/**
 * Opens a share: refused past its date (before the passphrase is tried), "wrong passphrase" when
 * it does not open, "damaged" when what it holds is not an account.
 */
export async function readShare(
  value: unknown,
  passphrase: string,
  now = Date.now(),
): Promise<SharedAccount> {
  const file = value as Partial<ShareFile>;
  const source = shareSource(file);
  if (file.version !== VERSION) throw new OtpUriError(i18n.t('share.newer'));
  const until = Date.parse(String(file.expiresAt));
  if (typeof file.for !== 'string' || Number.isNaN(until) || typeof file.salt !== 'string')
    throw new OtpUriError(i18n.t('share.damaged'));
  if (now > until)
    throw new OtpUriError(i18n.t('share.expired', [file.for.slice(0, 80), new Date(until).toLocaleString()]));
  const kdf = parseKdfParams(file.kdf);
  assertKdfStrongEnough(kdf);
  let plain: Uint8Array;
  try {
    const key = await importAesKey(await deriveKeyBytes(asTyped(passphrase), fromBase64(file.salt), kdf));
    plain = await open(
      key,
      { iv: fromBase64(String(file.iv)), data: fromBase64(String(file.data)) },
      context({ for: file.for, expiresAt: String(file.expiresAt), kdf, salt: file.salt }),
    );
  } catch {
    throw new WrongPasswordError(source);
  }
  try {
    const parsed = JSON.parse(new TextDecoder().decode(plain)) as { account?: unknown; bindings?: unknown };
    const bindings = Array.isArray(parsed.bindings) ? parsed.bindings.map(readBinding) : [];
    if (bindings.some((b) => !b)) throw new Error('sites');
    return { account: checkAccount(parsed.account), bindings: bindings as SiteBinding[] };
  } catch {
    throw new OtpUriError(i18n.t('share.damaged'));
  }
}
