import { i18n } from '@/lib/i18n';
import { generateCode } from '@/lib/otp';
import { UserFacingError } from '@/lib/messaging/errors';
import { readAccount, updateAccount } from './accounts';
import type { VaultDb } from './db';

let hotpTurn: Promise<unknown> = Promise.resolve();

/**
 * Gives out a counter-based (HOTP) account's code and moves its counter on, saved before the
 * code leaves, so no code is ever given twice (even if the browser stops right after). One at a
 * time, so two fills at once get two different codes.
 */
export function takeHotpCode(db: VaultDb, key: CryptoKey, id: string): Promise<string> {
  const turn = hotpTurn.then(async () => {
    const current = await readAccount(db, key, id);
    if (current.account.kind !== 'hotp') throw new UserFacingError(i18n.t('vaultError.noCounter'));
    const code = generateCode(current.account, Date.now());
    await updateAccount(db, key, id, { counter: current.account.counter + 1 });
    return code;
  });
  hotpTurn = turn.catch(() => undefined);
  return turn;
}
