import type { PreviewRow } from '@/lib/messaging/types';
import type { OtpAccount } from '@/lib/otp';

/**
 * The same account is the same secret with the same way of making codes: one key with another
 * algorithm, digit count or period makes other codes, so it is another account, not a copy.
 */
export const identity = (a: OtpAccount) =>
  [a.kind, a.secret, a.algorithm, a.digits, a.kind === 'totp' ? a.period : 'counter'].join(':');

export function previewImport(incoming: OtpAccount[], existing: OtpAccount[]): PreviewRow[] {
  const seen = new Set(existing.map(identity));
  return incoming.map((a) => {
    const duplicate = seen.has(identity(a));
    seen.add(identity(a));
    return { issuer: a.issuer, account: a.account, kind: a.kind, duplicate };
  });
}

export function withoutDuplicates(incoming: OtpAccount[], existing: OtpAccount[]): OtpAccount[] {
  const rows = previewImport(incoming, existing);
  return incoming.filter((_, i) => !rows[i]!.duplicate);
}
