import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { fromBase64Loose, fromHex, jsonOf, openAesGcm, scryptKey } from './crypto';
import { algorithmOf, collect, isObject, kindOf, num, str, type Json } from './entries';
import { requirePassword, WrongPasswordError } from './errors';
import type { ImportFormat } from './types';

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Aegis's documented vault format (docs/vault.md in its repository): the master key is sealed
 * once per slot with AES-256-GCM; a password slot (type 1) derives its key with scrypt(N, r, p)
 * from the password and the slot's salt. The master key then opens `db` (AES-256-GCM).
 */
async function openVault(file: Json, password: string, source: string): Promise<unknown> {
  const header = isObject(file.header) ? file.header : {};
  const slots = (Array.isArray(header.slots) ? header.slots : []).filter((s) => isObject(s) && s.type === 1);
  const params = isObject(header.params) ? header.params : {};
  let master: Uint8Array<ArrayBuffer> | null = null;
  try {
    for (const slot of slots as Json[]) {
      const keyParams = isObject(slot.key_params) ? slot.key_params : {};
      const kek = await scryptKey(
        password,
        fromHex(str(slot.salt)),
        num(slot.n, 32768),
        num(slot.r, 8),
        num(slot.p, 1),
      );
      master = await openAesGcm(
        kek,
        fromHex(str(keyParams.nonce)),
        concat(fromHex(str(slot.key)), fromHex(str(keyParams.tag))),
      );
      if (master) break;
    }
  } catch {
    throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source]));
  }
  if (!master) throw new WrongPasswordError(source);
  let db: Uint8Array<ArrayBuffer> | null = null;
  try {
    db = await openAesGcm(
      master,
      fromHex(str(params.nonce)),
      concat(fromBase64Loose(str(file.db)), fromHex(str(params.tag))),
    );
  } catch {
    db = null;
  }
  const content = db && jsonOf(db);
  if (!content) throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source]));
  return content;
}

/** Aegis's export, plain (db is an object) or encrypted (db is a base64 string). */
export const aegis: ImportFormat = {
  label: () => i18n.t('importFormat.aegis'),
  input: 'json',
  recognizes: (value) => isObject(value) && 'db' in value,
  async read(value, password) {
    const file = value as Json;
    const source = i18n.t('importFormat.aegisSource');
    const db =
      typeof file.db === 'string'
        ? await openVault(file, requirePassword(password, source), source)
        : file.db;
    const entries = isObject(db) && Array.isArray(db.entries) ? db.entries : [];
    return collect(source, entries, (e) => {
      const info = isObject(e.info) ? e.info : {};
      return {
        kind: kindOf(str(e.type)),
        issuer: str(e.issuer),
        account: str(e.name),
        secret: str(info.secret),
        algorithm: algorithmOf(str(info.algo)),
        digits: num(info.digits, 6),
        period: num(info.period, 30),
        counter: num(info.counter, 0),
      };
    });
  },
};
