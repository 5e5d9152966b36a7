import type { PreviewRow } from '@/lib/messaging/types';
import type { OtpAccount } from '@/lib/otp';

/** The same secret is the same account, whatever it is called. */
const identity = (a: OtpAccount) => `${a.kind}:${a.secret}`;

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
