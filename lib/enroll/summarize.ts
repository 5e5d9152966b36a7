import { i18n } from '@/lib/i18n';
import type { ScanReport } from '@/lib/messaging/types';

/** A sentence for the in-page note after a box was drawn or an image was scanned. */
export function summarize(report: ScanReport): string {
  const first = report.findings[0];
  if (!first) return i18n.t('enroll.noneThere');
  if (first.kind === 'account') {
    return i18n.t('enroll.foundOne', [first.issuer || first.account]);
  }
  if (first.kind === 'batch') return i18n.t('enroll.foundMany', [first.count]);
  if (first.kind === 'broken') return i18n.t('enroll.broken', [first.problem]);
  return i18n.t('enroll.other', [first.what]);
}
