import type { FindingPreview } from '@/lib/messaging/types';
import type { OtpAccount } from '@/lib/otp';
import type { QrFinding } from './qr-kind';

export function previewOf(
  finding: QrFinding,
  duplicateOf: (account: OtpAccount) => string | null,
): FindingPreview {
  switch (finding.kind) {
    case 'account': {
      const a = finding.account;
      return {
        kind: 'account',
        issuer: a.issuer,
        account: a.account,
        digits: a.digits,
        period: a.period,
        algorithm: a.algorithm,
        otpKind: a.kind,
        duplicateOf: duplicateOf(a),
      };
    }
    case 'batch':
      return {
        kind: 'batch',
        count: finding.accounts.length,
        names: finding.accounts.slice(0, 20).map((a) => [a.issuer, a.account].filter(Boolean).join(' – ')),
      };
    default:
      return finding;
  }
}
