import type { ScanReport } from '@/lib/messaging/types';

/** A sentence for the in-page note after a box was drawn or an image was scanned. */
export function summarize(report: ScanReport): string {
  const first = report.findings[0];
  if (!first) return 'No QR code found there.';
  if (first.kind === 'account') {
    return `Found ${first.issuer || first.account}. Open Second Factor Companion to add it.`;
  }
  if (first.kind === 'batch')
    return `Found ${first.count} accounts. Open Second Factor Companion to add them.`;
  if (first.kind === 'broken') return `This setup code cannot be used: ${first.problem}`;
  return `This QR code is not a two-factor setup code (it is ${first.what}).`;
}
