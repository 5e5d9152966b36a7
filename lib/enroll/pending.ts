import { i18n } from '@/lib/i18n';
import { UserFacingError, type ScanReport } from '@/lib/messaging';
import { pendingScan } from '@/lib/storage';

const PENDING_TTL_MS = 5 * 60_000;
/** Pictures dropped into the popup are scanned under this key (no tab). */
export const IMAGE_KEY = -1;

/** Keeps what a scan found until the person adds or dismisses it (5 minutes at most). */
export async function rememberScan(
  tabKey: number,
  origin: string | null,
  uris: (string | null)[],
  report: ScanReport,
): Promise<void> {
  await pendingScan.set(tabKey, { at: Date.now(), origin, uris, report });
}

async function fresh(tabKey: number) {
  const scan = await pendingScan.get(tabKey);
  return scan && Date.now() - scan.at <= PENDING_TTL_MS ? scan : null;
}

export async function pendingUri(
  tabKey: number,
  index: number,
): Promise<{ uri: string; origin: string | null }> {
  const scan = await fresh(tabKey);
  const uri = scan?.uris[index];
  if (!scan || !uri) throw new UserFacingError(i18n.t('enroll.expired'));
  return { uri, origin: scan.origin };
}

export async function pendingReport(tabKey: number): Promise<ScanReport | null> {
  return (await fresh(tabKey))?.report ?? null;
}

export async function forgetScan(tabKey: number): Promise<void> {
  await pendingScan.remove(tabKey);
}
