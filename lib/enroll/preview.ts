import type { OtpAccount } from '@/lib/otp';
import type { QrFinding } from './qr-kind';

/** What the popup shows of a finding: never the secret. */
export type FindingPreview =
  | { kind: 'account'; issuer: string; account: string; digits: number; period: number; algorithm: OtpAccount['algorithm']; otpKind: OtpAccount['kind']; duplicateOf: string | null }
  | { kind: 'batch'; count: number; names: string[] }
  | { kind: 'broken'; problem: string }
  | { kind: 'other'; what: string };

export interface ScanReport {
  /** The site an added account will be bound to (the scanned page's origin), if any. */
  origin: string | null;
  findings: FindingPreview[];
  /** The code was partly off screen, so the page was scrolled to it first. */
  scrolled: boolean;
}

export function previewOf(finding: QrFinding, duplicateOf: (account: OtpAccount) => string | null): FindingPreview {
  switch (finding.kind) {
    case 'account': {
      const a = finding.account;
      return { kind: 'account', issuer: a.issuer, account: a.account, digits: a.digits, period: a.period, algorithm: a.algorithm, otpKind: a.kind, duplicateOf: duplicateOf(a) };
    }
    case 'batch':
      return { kind: 'batch', count: finding.accounts.length, names: finding.accounts.slice(0, 20).map((a) => [a.issuer, a.account].filter(Boolean).join(' – ')) };
    default:
      return finding;
  }
}
