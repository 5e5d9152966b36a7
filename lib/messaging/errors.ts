/**
 * An error whose message is written for the person using the extension
 * ("Wrong passphrase", "This QR code is not a two-factor setup code").
 * Anything else that escapes a handler is reported as an unexpected fault.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
