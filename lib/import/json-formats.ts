import { OtpUriError, toOtpauthUri, parseOtpauthUri, type OtpAccount } from '@/lib/otp';
import type { ParsedImport } from './formats';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Runs each entry through the URI parser so every format gets the same checks and limits. */
function collect(source: string, entries: unknown[], toAccount: (e: Json) => OtpAccount): ParsedImport {
  const accounts: OtpAccount[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    try {
      if (!isObject(entry)) throw new OtpUriError('is not an account.');
      accounts.push(parseOtpauthUri(toOtpauthUri(toAccount(entry))));
    } catch (error) {
      const name = isObject(entry) ? str(entry.issuer) || str(entry.name) : '';
      problems.push(`Entry ${i + 1}${name ? ` (${name})` : ''}: ${error instanceof OtpUriError ? error.message : 'could not be read.'}`);
    }
  });
  return { source, accounts, problems };
}

function kindOf(type: string): 'totp' | 'hotp' {
  const t = type.toLowerCase();
  if (t === 'totp' || t === '') return 'totp';
  if (t === 'hotp') return 'hotp';
  throw new OtpUriError(`is a "${type}" account, which is not supported.`);
}

function algorithmOf(name: string): OtpAccount['algorithm'] {
  const a = (name || 'SHA1').toUpperCase().replace('-', '');
  if (a === 'SHA1' || a === 'SHA256' || a === 'SHA512') return a;
  throw new OtpUriError(`uses the "${name}" algorithm, which is not supported.`);
}

/** Aegis "Export → unencrypted" (db.entries[].info). */
export function fromAegis(value: unknown): ParsedImport | null {
  if (!isObject(value) || !('db' in value)) return null;
  if (typeof value.db === 'string') throw new OtpUriError('This Aegis backup is encrypted. In Aegis, export again and choose not to encrypt, then import that file.');
  const entries = isObject(value.db) && Array.isArray(value.db.entries) ? value.db.entries : null;
  if (!entries) return null;
  return collect('Aegis backup', entries, (e) => {
    const info = isObject(e.info) ? e.info : {};
    return { kind: kindOf(str(e.type)), issuer: str(e.issuer), account: str(e.name), secret: str(info.secret), algorithm: algorithmOf(str(info.algo)), digits: Number(info.digits ?? 6), period: Number(info.period ?? 30), counter: Number(info.counter ?? 0) };
  });
}

/** 2FAS "Export → without password" (services[] with otp settings). */
export function fromTwoFas(value: unknown): ParsedImport | null {
  if (!isObject(value) || !Array.isArray(value.services)) return null;
  if (typeof value.servicesEncrypted === 'string') throw new OtpUriError('This 2FAS backup is password-protected. Export again from 2FAS without a password.');
  return collect('2FAS backup', value.services, (e) => {
    const otp = isObject(e.otp) ? e.otp : {};
    return { kind: kindOf(str(otp.tokenType)), issuer: str(otp.issuer) || str(e.name), account: str(otp.account), secret: str(e.secret), algorithm: algorithmOf(str(otp.algorithm)), digits: Number(otp.digits ?? 6), period: Number(otp.period ?? 30), counter: Number(otp.counter ?? 0) };
  });
}

/** The "Authenticator" browser extension's plain backup: { <hash>: { secret, issuer, account, ... } }. */
export function fromAuthenticatorExtension(value: unknown): ParsedImport | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value).filter(([key]) => key !== 'key').map(([, v]) => v);
  if (entries.length === 0 || !entries.every((e) => isObject(e) && 'secret' in e)) return null;
  if (entries.some((e) => isObject(e) && e.encrypted === true)) throw new OtpUriError('This Authenticator backup is encrypted. Remove its password in the Authenticator extension and back up again.');
  return collect('Authenticator extension backup', entries, (e) => ({
    kind: kindOf(str(e.type) === 'hotp' || str(e.type) === 'hhex' ? 'hotp' : 'totp'), issuer: str(e.issuer), account: str(e.account),
    secret: str(e.secret), algorithm: algorithmOf(str(e.algorithm)), digits: Number(e.digits ?? 6), period: Number(e.period ?? 30), counter: Number(e.counter ?? 0),
  }));
}
