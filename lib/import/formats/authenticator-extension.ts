import { i18n } from '@/lib/i18n';
import { OtpUriError, type OtpAccount } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, num, secretFromHex, str, type Json } from './entries';
import type { ImportFormat } from './types';

const entriesOf = (value: unknown) =>
  isObject(value)
    ? Object.entries(value)
        .filter(([key]) => key !== 'key')
        .map(([, v]) => v)
    : [];

// Its algorithm field is a number in newer backups (1 SHA-1, 2 SHA-256, 3 SHA-512, then GOST).
const ALGORITHMS: Record<string, string> = { '1': 'SHA1', '2': 'SHA256', '3': 'SHA512' };

/**
 * The extension's own reading of an entry (src/models/storage.ts in its repository), so a
 * secret means here what it meant there: "blz-"/"bliz-" marks a Battle.net key (8 digits),
 * "stm-" a Steam one, and a secret that is not base32 but is hex on a TOTP or HOTP entry is
 * hex (its "hex"/"hhex" kinds). That is the source's rule, not a guess of ours.
 */
function accountOf(e: Json): OtpAccount {
  let secret = str(e.secret).replace(/\s/g, '');
  let type = str(e.type).toLowerCase() || 'totp';
  const battle = /^(blz-|bliz-)/.exec(secret);
  if (battle) [secret, type] = [secret.slice(battle[0].length), 'battle'];
  if (secret.startsWith('stm-')) [secret, type] = [secret.slice(4), 'steam'];
  const hexOnly = !/^[a-z2-7]+=*$/i.test(secret) && /^[0-9a-f]+$/i.test(secret);
  if (hexOnly && type === 'totp') type = 'hex';
  if (hexOnly && type === 'hotp') type = 'hhex';
  const kind = kindOf({ hex: 'totp', battle: 'totp', hhex: 'hotp' }[type] ?? type);
  const algorithm = str(e.algorithm);
  return {
    kind,
    issuer: str(e.issuer),
    account: str(e.account),
    secret: type === 'hex' || type === 'hhex' ? secretFromHex(secret) : secret,
    algorithm: algorithmOf(ALGORITHMS[algorithm] ?? algorithm),
    // Battle.net's authenticator shows 8 digits, whatever the entry's digits field says.
    digits: type === 'battle' ? 8 : num(e.digits, 6),
    period: num(e.period, 30) || 30,
    counter: num(e.counter, 0),
  };
}

/** The "Authenticator" browser extension's plain backup: { <hash>: { secret, issuer, account, ... } }. */
export const authenticatorExtension: ImportFormat = {
  label: () => i18n.t('importFormat.authenticator'),
  input: 'json',
  recognizes(value) {
    const entries = entriesOf(value);
    return entries.length > 0 && entries.every((e) => isObject(e) && ('secret' in e || 'data' in e));
  },
  read(value) {
    const entries = entriesOf(value);
    if (entries.some((e) => isObject(e) && (e.encrypted === true || e.dataType === 'EncOTPStorage'))) {
      throw new OtpUriError(i18n.t('importError.authenticatorEncrypted'));
    }
    return collect(i18n.t('importFormat.authenticatorSource'), entries, accountOf);
  },
};
