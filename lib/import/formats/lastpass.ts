import { i18n } from '@/lib/i18n';
import { algorithmOf, collect, isObject, num, str } from './entries';
import type { ImportFormat } from './types';

const isLastPassAccount = (e: unknown) =>
  isObject(e) && 'secret' in e && ('issuerName' in e || 'timeStep' in e);

/** LastPass Authenticator's export: { accounts: [{ issuerName, userName, secret, timeStep, digits, algorithm }] }. */
export const lastPass: ImportFormat = {
  label: () => i18n.t('importFormat.lastPass'),
  input: 'json',
  recognizes: (value) =>
    isObject(value) &&
    Array.isArray(value.accounts) &&
    value.accounts.length > 0 &&
    value.accounts.every(isLastPassAccount),
  read: (value) =>
    collect(
      i18n.t('importFormat.lastPassSource'),
      (value as { accounts: unknown[] }).accounts,
      (e) => ({
        kind: 'totp',
        issuer: str(e.issuerName) || str(e.originalIssuerName),
        account: str(e.userName) || str(e.originalUserName),
        secret: str(e.secret),
        algorithm: algorithmOf(str(e.algorithm)),
        digits: num(e.digits, 6),
        period: num(e.timeStep, 30),
        counter: 0,
      }),
      (e) => str(e.issuerName) || str(e.userName),
    ),
};
