export { openVaultDb, type VaultDb } from './db';
export {
  createVault,
  unlockVault,
  changePassphrase,
  confirmPassphrase,
  vaultExists,
  unwrap,
  adoptWrapping,
  readWrapping,
  opensThisVault,
  MIN_PASSPHRASE_LENGTH,
} from './keyring';
export { onVault, vaultUnlocked, provideWrappingElsewhere } from './changes';
export { moveToKey } from './rekey';
export { takeStamp } from './clock';
export {
  addAccounts,
  readAccounts,
  readUsableAccounts,
  readAccount,
  updateAccount,
  reorderAccounts,
  type VaultAccount,
} from './accounts';
export { deleteAccount, undoDelete, purgeDeleted } from './removal';
export { takeHotpCode } from './hotp';
export { keepUnlocked, currentDataKey, currentRawKey, isUnlocked, forgetKey } from './session';
export { tryPassphrase, clearFailedUnlocks } from './attempts';
export { confirmBeforeTakingOut } from './confirm';
export { noteVaultUse, lockVault, AUTO_LOCK_ALARM } from './auto-lock';
export { readFirstLook, summarizeAll } from './summary';
export { vaultDb, withVault, accountsBoundTo, allBindings } from './open';
export { vaultHandlers } from './handlers';
export { WrongPassphraseError, VaultLockedError } from './errors';
export { DEFAULT_KDF, type KdfParams } from './kdf';
