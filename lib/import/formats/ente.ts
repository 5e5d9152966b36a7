import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { argon2idKey, fromBase64Loose } from './crypto';
import { isObject, num, str, type Json } from './entries';
import { requirePassword, WrongPasswordError } from './errors';
import { openSecretStream } from './secretstream';
import { setupLinks } from './setup-links';
import type { ImportFormat } from './types';

const source = () => i18n.t('importFormat.enteSource');

/**
 * Ente Auth's encrypted export: { kdfParams: { memLimit (bytes), opsLimit, salt }, encryptedData,
 * encryptionNonce }. The key is libsodium's crypto_pwhash (Argon2id, one lane, memLimit/1024 KiB,
 * opsLimit passes); the data a secretstream whose header is encryptionNonce; inside, the same
 * setup links its plain export holds.
 */
export const enteEncrypted: ImportFormat = {
  label: () => i18n.t('importFormat.ente'),
  input: 'json',
  recognizes: (value) => isObject(value) && 'encryptedData' in value && isObject(value.kdfParams),
  async read(value, password) {
    const file = value as Json;
    const kdf = file.kdfParams as Json;
    let sealed: Uint8Array, header: Uint8Array, salt: Uint8Array;
    try {
      [sealed, header, salt] = [str(file.encryptedData), str(file.encryptionNonce), str(kdf.salt)].map(
        fromBase64Loose,
      ) as [Uint8Array, Uint8Array, Uint8Array];
    } catch {
      throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source()]));
    }
    const memoryKiB = Math.floor(num(kdf.memLimit, 0) / 1024);
    const passes = num(kdf.opsLimit, 0);
    // Beyond what Ente writes (its strongest is 1 GiB, a few passes), refused rather than hung on.
    if (!(memoryKiB >= 8 && memoryKiB <= 1_048_576 && passes >= 1 && passes <= 16)) {
      throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source()]));
    }
    const key = await argon2idKey(requirePassword(password, source()), salt, passes, memoryKiB, 1);
    const plain = openSecretStream(key, header, sealed);
    if (!plain) throw new WrongPasswordError(source());
    const links = new TextDecoder().decode(plain);
    return { ...(await setupLinks.read(links)), source: source() };
  },
};
