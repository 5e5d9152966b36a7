import { i18n } from '@/lib/i18n';
import { UserFacingError } from '@/lib/messaging/errors';

export class WrongPassphraseError extends UserFacingError {
  constructor() {
    super(i18n.t('vaultError.wrongPassphrase'));
  }
}

export class VaultLockedError extends UserFacingError {
  constructor() {
    super(i18n.t('vaultError.locked'));
  }
}
