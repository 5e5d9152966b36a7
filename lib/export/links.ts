import { toOtpauthUri, type OtpAccount } from '@/lib/otp';

/** A text file of otpauth:// links, one an account: what nearly every authenticator imports. */
export function writeLinks(accounts: OtpAccount[]): string {
  return `${accounts.map(toOtpauthUri).join('\n')}\n`;
}
