import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { argon2idKey, jsonOf, openAesGcm } from './crypto';
import { algorithmOf, collect, isObject, kindOf, num, str } from './entries';
import { requirePassword, WrongPasswordError } from './errors';
import type { ImportFormat } from './types';

const source = () => i18n.t('importFormat.stratumSource');
// Its numbered kinds and algorithms (AuthenticatorType and HashAlgorithm in its source).
const KINDS: Record<string, string> = { '1': 'hotp', '2': 'totp', '3': 'mOTP', '4': 'steam', '5': 'Yandex' };
const ALGORITHMS: Record<string, string> = { '0': 'SHA1', '1': 'SHA256', '2': 'SHA512' };

function read(file: unknown) {
  const entries = isObject(file) && Array.isArray(file.Authenticators) ? file.Authenticators : [];
  return collect(
    source(),
    entries,
    (e) => ({
      kind: kindOf(KINDS[str(e.Type)] ?? str(e.Type)),
      issuer: str(e.Issuer),
      account: str(e.Username),
      secret: str(e.Secret),
      algorithm: algorithmOf(ALGORITHMS[str(e.Algorithm)] ?? str(e.Algorithm)),
      digits: num(e.Digits, 6),
      period: num(e.Period, 30),
      counter: num(e.Counter, 0),
    }),
    (e) => str(e.Issuer) || str(e.Username),
  );
}

/** Authenticator Pro (now Stratum)'s plain backup: { Authenticators: [{ Type, Issuer, Secret, ... }] }. */
export const stratum: ImportFormat = {
  label: () => i18n.t('importFormat.stratum'),
  input: 'json',
  recognizes: (value) => isObject(value) && Array.isArray(value.Authenticators),
  read,
};

// Its encrypted backup: "AUTHENTICATORPRO", 16 bytes of salt, 12 of nonce, then AES-256-GCM of
// the JSON with its tag; the key is Argon2id (3 rounds, 64 MiB, 4 lanes) of the password.
const MAGIC = 'AUTHENTICATORPRO';
const startsWithMagic = (bytes: Uint8Array) =>
  bytes.length > MAGIC.length && new TextDecoder().decode(bytes.slice(0, MAGIC.length)) === MAGIC;

export const stratumEncrypted: ImportFormat = {
  label: () => i18n.t('importFormat.stratum'),
  input: 'bytes',
  recognizes: (value) => value instanceof Uint8Array && startsWithMagic(value),
  async read(value, password) {
    const bytes = value as Uint8Array<ArrayBuffer>;
    const salt = bytes.slice(16, 32);
    const key = await argon2idKey(requirePassword(password, source()), salt, 3, 65_536, 4);
    const plain = await openAesGcm(key, bytes.slice(32, 44), bytes.slice(44));
    if (!plain) throw new WrongPasswordError(source());
    const file = jsonOf(plain);
    if (!file) throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source()]));
    return read(file);
  },
};
