import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';
import { readAccount, updateAccount } from '@/lib/vault/accounts';
import type { VaultDb } from '@/lib/vault/db';
import { markUsed, nextUnused } from './codes';

let turn: Promise<unknown> = Promise.resolve();

/**
 * Gives out an account's next unused recovery code and marks it used, saved before the code
 * leaves (a portal takes each once). One at a time, so two asks never get the same code.
 */
export function takeRecoveryCode(db: VaultDb, key: CryptoKey, id: string, now = Date.now()): Promise<string> {
  const taken = turn.then(async () => {
    const { recovery } = await readAccount(db, key, id);
    const next = recovery && nextUnused(recovery);
    if (!next)
      throw new UserFacingError(i18n.t(recovery ? 'recoveryError.noneLeft' : 'recoveryError.noneKept'));
    await updateAccount(db, key, id, { recovery: markUsed(recovery, next.code, now) });
    return next.code;
  });
  turn = taken.catch(() => undefined);
  return taken;
}
