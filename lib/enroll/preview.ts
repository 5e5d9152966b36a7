import type { FindingPreview, SiteBinding } from '@/lib/messaging/types';
import { displayName, type OtpAccount } from '@/lib/otp';
import type { QrFinding } from './qr-kind';

/** A saved account, as far as a preview needs it (never its secret leaves the background). */
export interface SavedAccount {
  id: string;
  account: OtpAccount;
  bindings: SiteBinding[];
}

const sitesOf = (bindings: SiteBinding[]) =>
  bindings.map((b) => (b.kind === 'origin' ? new URL(b.origin).host : `*.${b.domain}`));

/** What the popup shows of a finding, compared with the saved accounts: never the secret. */
export function previewOf(finding: QrFinding, saved: SavedAccount[]): FindingPreview {
  switch (finding.kind) {
    case 'account': {
      const a = finding.account;
      const same = (s: SavedAccount) => s.account.secret === a.secret && s.account.kind === a.kind;
      const sameName = (s: SavedAccount) =>
        !same(s) && s.account.issuer === a.issuer && s.account.account === a.account;
      return {
        kind: 'account',
        issuer: a.issuer,
        account: a.account,
        digits: a.digits,
        period: a.period,
        algorithm: a.algorithm,
        otpKind: a.kind,
        duplicateOf: saved.find(same)?.id ?? null,
        sameName: saved.filter(sameName).map((s) => ({ id: s.id, sites: sitesOf(s.bindings) })),
      };
    }
    case 'batch':
      return {
        kind: 'batch',
        count: finding.accounts.length,
        names: finding.accounts.slice(0, 20).map(displayName),
        problems: finding.problems,
      };
    default:
      return finding;
  }
}
