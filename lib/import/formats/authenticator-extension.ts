import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';
import { algorithmOf, collect, isObject, kindOf, str } from './entries';
import type { ImportFormat } from './types';

const entriesOf = (value: unknown) =>
  isObject(value)
    ? Object.entries(value)
        .filter(([key]) => key !== 'key')
        .map(([, v]) => v)
    : [];

/** The "Authenticator" browser extension's plain backup: { <hash>: { secret, issuer, account, ... } }. */
export const authenticatorExtension: ImportFormat = {
  label: () => i18n.t('importFormat.authenticator'),
  input: 'json',
  recognizes(value) {
    const entries = entriesOf(value);
    return entries.length > 0 && entries.every((e) => isObject(e) && 'secret' in e);
  },
  read(value) {
    const entries = entriesOf(value);
    if (entries.some((e) => isObject(e) && e.encrypted === true)) {
      throw new OtpUriError(i18n.t('importError.authenticatorEncrypted'));
    }
    return collect(i18n.t('importFormat.authenticatorSource'), entries, (e) => ({
      kind: kindOf(str(e.type) === 'hotp' || str(e.type) === 'hhex' ? 'hotp' : 'totp'),
      issuer: str(e.issuer),
      account: str(e.account),
      secret: str(e.secret),
      algorithm: algorithmOf(str(e.algorithm)),
      digits: Number(e.digits ?? 6),
      period: Number(e.period ?? 30),
      counter: Number(e.counter ?? 0),
    }));
  },
};
