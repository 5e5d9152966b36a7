import { i18n } from '@/lib/i18n';
import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import { checkAccount } from './account';
import { secretFromBytes } from './secret';
import { splitLabel } from './uri';
import { LIMITS, OtpUriError, type OtpAccount, type OtpAlgorithm } from './types';

// Google Authenticator's "Transfer accounts" export: otpauth-migration://offline?data=<base64
// protobuf MigrationPayload>. Field numbers from its published migration.proto.
const ALGORITHM: Record<number, OtpAlgorithm | undefined> = {
  0: 'SHA1',
  1: 'SHA1',
  2: 'SHA256',
  3: 'SHA512',
};
const DIGITS: Record<number, number | undefined> = { 0: 6, 1: 6, 2: 8 };

interface RawParameters {
  secret?: Uint8Array;
  name: string;
  issuer: string;
  algorithm: number;
  digits: number;
  type: number;
  counter: bigint;
}

function readParameters(bytes: Uint8Array): RawParameters {
  const reader = new BinaryReader(bytes);
  const p: RawParameters = { name: '', issuer: '', algorithm: 0, digits: 0, type: 2, counter: 0n };
  while (reader.pos < reader.len) {
    const [field, wire] = reader.tag();
    if (field === 1 && wire === WireType.LengthDelimited) p.secret = reader.bytes();
    else if (field === 2 && wire === WireType.LengthDelimited) p.name = reader.string();
    else if (field === 3 && wire === WireType.LengthDelimited) p.issuer = reader.string();
    else if (field === 4 && wire === WireType.Varint) p.algorithm = reader.int32();
    else if (field === 5 && wire === WireType.Varint) p.digits = reader.int32();
    else if (field === 6 && wire === WireType.Varint) p.type = reader.int32();
    else if (field === 7 && wire === WireType.Varint) p.counter = BigInt(reader.int64());
    else reader.skip(wire, field);
  }
  return p;
}

function toAccount(p: RawParameters, index: number): OtpAccount {
  if (!p.secret?.length) throw new OtpUriError(i18n.t('otpError.exportNoSecret', [index + 1]));
  const algorithm = ALGORITHM[p.algorithm];
  if (!algorithm) throw new OtpUriError(i18n.t('otpError.exportAlgorithm', [index + 1]));
  const digits = DIGITS[p.digits];
  if (!digits) throw new OtpUriError(i18n.t('otpError.exportDigits', [index + 1]));
  if (p.type !== 0 && p.type !== 1 && p.type !== 2)
    throw new OtpUriError(i18n.t('otpError.exportKind', [index + 1]));
  const label = splitLabel(p.name);
  const issuer = (p.issuer || label.issuer).trim();
  if (issuer.length > LIMITS.nameLength || label.account.length > LIMITS.nameLength)
    throw new OtpUriError(i18n.t('otpError.exportNameLong', [index + 1]));
  const fields = {
    kind: p.type === 1 ? 'hotp' : 'totp',
    issuer,
    account: label.account,
    secret: secretFromBytes(p.secret),
    algorithm,
    digits,
    period: 30,
    counter: p.type === 1 ? Number(p.counter) : 0,
  };
  try {
    return checkAccount(fields);
  } catch (error) {
    throw new OtpUriError(i18n.t('otpError.exportUnusable', [index + 1, (error as Error).message]));
  }
}

function base64Bytes(data: string): Uint8Array {
  const normalized = data.replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalized)) throw new OtpUriError(i18n.t('otpError.exportNotBase64'));
  const binary = atob(normalized);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The data= of an export link, as written: URLSearchParams would read a raw "+" (as some QR
 * readers hand the link over) as a space, and a "+" in base64 is a "+".
 */
function dataOf(query: string): string | null {
  for (const pair of query.split('&')) {
    const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
    if (pair.includes('=') && name === 'data') {
      try {
        return decodeURIComponent(value);
      } catch {
        throw new OtpUriError(i18n.t('otpError.exportNotBase64'));
      }
    }
  }
  return null;
}

export interface MigrationBatch {
  accounts: OtpAccount[];
  /** One line per entry that could not be used; its neighbours still come in. */
  problems: string[];
}

/** Every account in one Google Authenticator export code (one batch of a multi-batch export). */
export function readMigrationUri(uri: string): MigrationBatch {
  if (typeof uri !== 'string' || uri.length > 64 * 1024) throw new OtpUriError(i18n.t('otpError.notExport'));
  const match = /^otpauth-migration:\/\/offline\?(.*)$/i.exec(uri.trim());
  if (!match) throw new OtpUriError(i18n.t('otpError.notExportPrefix'));

  const data = dataOf(match[1]!);
  if (!data) throw new OtpUriError(i18n.t('otpError.exportNoData'));
  const batch: MigrationBatch = { accounts: [], problems: [] };
  let entries = 0;
  try {
    const reader = new BinaryReader(base64Bytes(data));
    while (reader.pos < reader.len) {
      const [field, wire] = reader.tag();
      if (field === 1 && wire === WireType.LengthDelimited) {
        const raw = reader.bytes();
        const index = entries++;
        try {
          batch.accounts.push(toAccount(readParameters(raw), index));
        } catch (error) {
          batch.problems.push(
            error instanceof OtpUriError ? error.message : i18n.t('otpError.exportEntryDamaged', [index + 1]),
          );
        }
      } else reader.skip(wire, field);
    }
  } catch (error) {
    if (error instanceof OtpUriError) throw error;
    throw new OtpUriError(i18n.t('otpError.exportDamaged'));
  }
  if (entries === 0) throw new OtpUriError(i18n.t('otpError.exportEmpty'));
  return batch;
}

/** The accounts of an export code; refused only when none of its entries can be used. */
export function parseMigrationUri(uri: string): OtpAccount[] {
  const { accounts, problems } = readMigrationUri(uri);
  if (accounts.length === 0) throw new OtpUriError(problems[0] ?? i18n.t('otpError.exportEmpty'));
  return accounts;
}
