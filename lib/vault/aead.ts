import { randomBytes, utf8 } from './bytes';

/** An AES-256-GCM ciphertext with its fresh 96-bit IV. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Encrypts bytes; `context` is bound as additional data and must match to decrypt. */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  context: string,
): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(context) },
    key,
    plaintext,
  );
  return { iv, data: new Uint8Array(data) };
}

/** Decrypts, or throws when the key, the IV, the data or the context were changed. */
export async function open(
  key: CryptoKey,
  sealed: Sealed,
  context: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(context) },
    key,
    sealed.data,
  );
  return new Uint8Array(plain);
}
