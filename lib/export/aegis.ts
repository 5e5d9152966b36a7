import type { OtpAccount } from '@/lib/otp';
import { randomBytes, toBase64, utf8 } from '@/lib/vault/bytes';
import { scryptKey, toHex as hex } from '@/lib/import/formats/crypto';

// Aegis's documented vault format (docs/vault.md in its repository), the one its own importer
// reads: version 1, a header with one password slot (scrypt N=2^15, r=8, p=1, as Aegis makes
// them) sealing a random master key with AES-256-GCM, and `db` sealed with the master key.

function dbOf(accounts: OtpAccount[]) {
  return {
    version: 2,
    entries: accounts.map((a) => ({
      type: a.kind,
      uuid: crypto.randomUUID(),
      name: a.account,
      issuer: a.issuer,
      note: '',
      favorite: false,
      icon: null,
      info: {
        secret: a.secret,
        algo: a.algorithm,
        digits: a.digits,
        ...(a.kind === 'totp' ? { period: a.period } : { counter: a.counter }),
      },
      groups: [],
    })),
    groups: [],
  };
}

/** Seals with AES-256-GCM; WebCrypto puts the 16-byte tag at the end, Aegis keeps it apart. */
async function seal(key: Uint8Array<ArrayBuffer>, plain: Uint8Array<ArrayBuffer>) {
  const nonce = randomBytes(12);
  const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, k, plain));
  return { nonce, data: sealed.slice(0, -16), tag: sealed.slice(-16) };
}

/** An Aegis file: plain, or encrypted with `password` (Aegis asks for it when importing). */
export async function writeAegis(accounts: OtpAccount[], password?: string): Promise<string> {
  const db = dbOf(accounts);
  if (!password) return JSON.stringify({ version: 1, header: { slots: null, params: null }, db }, null, 2);
  const master = randomBytes(32);
  const salt = randomBytes(32);
  const [n, r, p] = [32768, 8, 1];
  const slotKey = await seal(await scryptKey(password, salt, n, r, p), master);
  const body = await seal(master, utf8(JSON.stringify(db)));
  const header = {
    slots: [
      {
        type: 1,
        uuid: crypto.randomUUID(),
        key: hex(slotKey.data),
        key_params: { nonce: hex(slotKey.nonce), tag: hex(slotKey.tag) },
        n,
        r,
        p,
        salt: hex(salt),
        repaired: true,
        is_backup: false,
      },
    ],
    params: { nonce: hex(body.nonce), tag: hex(body.tag) },
  };
  return JSON.stringify({ version: 1, header, db: toBase64(body.data) }, null, 2);
}
