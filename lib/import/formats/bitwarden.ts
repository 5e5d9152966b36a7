import { i18n } from '@/lib/i18n';
import { OtpUriError, type OtpAccount } from '@/lib/otp';
import { utf8 } from '@/lib/vault/bytes';
import { argon2idKey, fromBase64Loose, jsonOf, pbkdf2 } from './crypto';
import { collect, fromLink, isObject, num, str, type Json } from './entries';
import { requirePassword, WrongPasswordError } from './errors';
import type { ImportFormat } from './types';

const source = () => i18n.t('importFormat.bitwardenSource');

/** A login's TOTP field: a setup link, a bare base32 key (Bitwarden's defaults), or steam://. */
function fromTotp(totp: string, name: string, username: string): OtpAccount {
  const value = totp.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const account = fromLink(value);
    return { ...account, issuer: account.issuer || name, account: account.account || username };
  }
  return {
    kind: 'totp',
    issuer: name,
    account: username,
    secret: value,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  };
}

/** The items that carry a TOTP key (logins without one are not accounts here). */
function withTotp(items: unknown[]): Json[] {
  return items.filter((i): i is Json => isObject(i) && isObject(i.login) && str(i.login.totp).trim() !== '');
}

function readItems(items: unknown[]) {
  return collect(
    source(),
    withTotp(items),
    (e) => {
      const login = e.login as Json;
      return fromTotp(str(login.totp), str(e.name), str(login.username));
    },
    (e) => str(e.name),
  );
}

// A password-protected export: the password's key (PBKDF2-SHA256 of the password with the
// file's salt, or Argon2id with SHA-256 of the salt) stretched by HKDF-Expand into an AES key
// and a MAC key; `data` and the check value are EncStrings "2.<iv>|<data>|<mac>" (AES-256-CBC
// with HMAC-SHA256 over iv and data), as Bitwarden's clients write them.
async function hkdfExpand(key: Uint8Array<ArrayBuffer>, info: string): Promise<Uint8Array<ArrayBuffer>> {
  const hmac = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', hmac, new Uint8Array([...utf8(info), 1])));
}

async function passwordKeys(file: Json, password: string) {
  const salt = str(file.salt);
  const key =
    num(file.kdfType, 0) === 1
      ? await argon2idKey(
          password,
          new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(salt))),
          num(file.kdfIterations, 3),
          num(file.kdfMemory, 64) * 1024,
          num(file.kdfParallelism, 4),
        )
      : await pbkdf2(password, utf8(salt), num(file.kdfIterations, 600_000), 'SHA-256');
  return { enc: await hkdfExpand(key, 'enc'), mac: await hkdfExpand(key, 'mac') };
}

async function openEncString(
  value: string,
  keys: { enc: Uint8Array<ArrayBuffer>; mac: Uint8Array<ArrayBuffer> },
) {
  const match = /^2\.([^|]+)\|([^|]+)\|([^|]+)$/.exec(value);
  if (!match) return null;
  const [iv, data, mac] = [match[1]!, match[2]!, match[3]!].map(fromBase64Loose) as [
    Uint8Array<ArrayBuffer>,
    Uint8Array<ArrayBuffer>,
    Uint8Array<ArrayBuffer>,
  ];
  const hmac = await crypto.subtle.importKey('raw', keys.mac, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  const signed = new Uint8Array([...iv, ...data]);
  if (!(await crypto.subtle.verify('HMAC', hmac, mac, signed))) return null;
  const aes = await crypto.subtle.importKey('raw', keys.enc, 'AES-CBC', false, ['decrypt']);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, aes, data));
}

async function openProtected(file: Json, password: string): Promise<unknown> {
  const keys = await passwordKeys(file, password);
  if (!(await openEncString(str(file.encKeyValidation_DO_NOT_EDIT), keys)))
    throw new WrongPasswordError(source());
  const data = await openEncString(str(file.data), keys);
  const content = data && jsonOf(data);
  if (!isObject(content)) throw new OtpUriError(i18n.t('importError.encryptedDamaged', [source()]));
  return content;
}

/** Bitwarden's (and Bitwarden Authenticator's) JSON export, plain or password-protected. */
export const bitwarden: ImportFormat = {
  label: () => i18n.t('importFormat.bitwarden'),
  input: 'json',
  recognizes: (value) =>
    isObject(value) && 'encrypted' in value && (Array.isArray(value.items) || 'data' in value),
  async read(value, password) {
    const file = value as Json;
    if (file.encrypted === true && file.passwordProtected !== true) {
      throw new OtpUriError(i18n.t('importError.bitwardenAccountKey'));
    }
    const content =
      file.encrypted === true ? await openProtected(file, requirePassword(password, source())) : file;
    return readItems(isObject(content) && Array.isArray(content.items) ? content.items : []);
  },
};

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field || row.length) endRow();
  return rows.filter((r) => r.some((f) => f.trim()));
}

/** Bitwarden's CSV export: a login_totp column beside name and login_username. */
export const bitwardenCsv: ImportFormat = {
  label: () => i18n.t('importFormat.bitwarden'),
  input: 'text',
  recognizes: (text) => typeof text === 'string' && /^[^\n]*\blogin_totp\b/.test(text),
  read(text) {
    const [header = [], ...rows] = csvRows(String(text));
    const column = (name: string) => header.findIndex((h) => h.trim() === name);
    const [name, username, totp] = [column('name'), column('login_username'), column('login_totp')];
    const items = rows.map((r) => ({
      name: r[name] ?? '',
      login: { username: r[username] ?? '', totp: r[totp] ?? '' },
    }));
    return readItems(items);
  },
};
