import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { jsonOf, openAesGcm, pbkdf2 } from './crypto';
import { algorithmOf, collect, isObject, kindOf, num, str } from './entries';
import { requirePassword, WrongPasswordError } from './errors';
import type { ImportFormat } from './types';

const source = () => i18n.t('importFormat.andOtpSource');

function read(entries: unknown[]) {
  return collect(
    source(),
    entries,
    (e) => ({
      kind: kindOf(str(e.type)),
      issuer: str(e.issuer),
      account: str(e.label),
      secret: str(e.secret),
      algorithm: algorithmOf(str(e.algorithm)),
      digits: num(e.digits, 6),
      period: num(e.period, 30),
      counter: num(e.counter, 0),
    }),
    (e) => str(e.issuer) || str(e.label),
  );
}

/** andOTP's plain backup: a JSON list of { secret, issuer, label, type, algorithm, digits, period }. */
export const andOtp: ImportFormat = {
  label: () => i18n.t('importFormat.andOtp'),
  input: 'json',
  recognizes: (value) =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => isObject(e) && 'secret' in e && 'type' in e),
  read: (value) => read(value as unknown[]),
};

// andOTP's encrypted backup (.json.aes): 4 bytes of PBKDF2 rounds (big-endian), 12 of salt,
// 12 of nonce, then AES-256-GCM of the JSON with its tag; the key is PBKDF2-SHA1 of the password.
const HEADER = 4 + 12 + 12;
const rounds = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);

/** andOTP's encrypted backup, recognised by the shape of its header (its rounds are 100,000s). */
export const andOtpEncrypted: ImportFormat = {
  label: () => i18n.t('importFormat.andOtp'),
  input: 'bytes',
  recognizes: (value) =>
    value instanceof Uint8Array &&
    value.length > HEADER + 16 &&
    rounds(value) >= 1_000 &&
    rounds(value) <= 10_000_000,
  async read(value, password) {
    const bytes = value as Uint8Array<ArrayBuffer>;
    const key = await pbkdf2(requirePassword(password, source()), bytes.slice(4, 16), rounds(bytes), 'SHA-1');
    const plain = await openAesGcm(key, bytes.slice(16, 28), bytes.slice(HEADER));
    if (!plain) throw new WrongPasswordError(source());
    const entries = jsonOf(plain);
    if (!Array.isArray(entries)) throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source()]));
    return read(entries);
  },
};
