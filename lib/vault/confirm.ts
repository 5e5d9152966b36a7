import { tryPassphrase } from './attempts';
import type { VaultDb } from './db';
import { WrongPassphraseError } from './errors';
import { confirmPassphrase } from './keyring';

/**
 * The vault passphrase asked again before every secret leaves (a backup, an export to another
 * app): whoever sits at an unlocked browser must still know it, and wrong tries count like
 * wrong unlocks.
 */
export function confirmBeforeTakingOut(db: VaultDb, passphrase: string): Promise<void> {
  return tryPassphrase(
    () => confirmPassphrase(db, passphrase),
    (e) => e instanceof WrongPassphraseError,
  );
}
