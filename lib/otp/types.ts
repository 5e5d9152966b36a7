import { UserFacingError } from '@/lib/messaging/errors';

export type OtpKind = 'totp' | 'hotp';
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** One authenticator account, as an authenticator app knows it. */
export interface OtpAccount {
  kind: OtpKind;
  issuer: string;
  account: string;
  /** Base32, upper case, no padding or spaces. */
  secret: string;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter: number;
}

/** A setup code or URI that cannot be used; the message says what is wrong, for a person. */
export class OtpUriError extends UserFacingError {
  override name = 'OtpUriError';
}

// Limits for hostile input (docs/threat-model.md: length caps on every field).
export const LIMITS = {
  nameLength: 256,
  uriLength: 4096,
  secretMinBytes: 10,
  secretMaxBytes: 128,
  minDigits: 6,
  maxDigits: 8,
  minPeriod: 5,
  maxPeriod: 300,
} as const;

export const ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];
