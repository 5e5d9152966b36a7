import { i18n } from '@/lib/i18n';
import { OtpUriError } from '@/lib/otp';

/** The file is encrypted and no password came with it: the settings page asks for one. */
export class NeedsPasswordError extends OtpUriError {
  constructor(readonly source: string) {
    super(i18n.t('importError.needsPassword', [source]));
  }
}

/** The password does not open the file (as opposed to a damaged file, which says so). */
export class WrongPasswordError extends OtpUriError {
  constructor(source: string) {
    super(i18n.t('importError.wrongPassword', [source]));
  }
}

/** Asks for the password once, the same way for every encrypted format. */
export function requirePassword(password: string | undefined, source: string): string {
  if (!password) throw new NeedsPasswordError(source);
  return password;
}
