import { UserFacingError } from '@/lib/messaging/errors';

export class WrongPassphraseError extends UserFacingError {
  constructor() {
    super('That passphrase is not right. Check Caps Lock and try again.');
  }
}

export class VaultLockedError extends UserFacingError {
  constructor() {
    super('The vault is locked. Unlock it with your passphrase first.');
  }
}
