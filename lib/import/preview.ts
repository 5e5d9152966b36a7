import type { OtpAccount } from '@/lib/otp';

export interface PreviewRow {
  issuer: string;
  account: string;
  kind: OtpAccount['kind'];
  /** Already in the vault, or earlier in the same file. */
  duplicate: boolean;
}

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
