import { csvText } from '@/lib/csv';
import type { ActivityEntry } from '@/lib/activity/entry';
import { i18n } from '@/lib/i18n';
import type { HandoverRow } from '@/lib/messaging/types';
import { displayName } from '@/lib/otp';
import { portalForUrl } from '@/lib/portals';
import { leftOf } from '@/lib/recovery/codes';
import type { SiteBinding } from '@/lib/sites';
import type { VaultAccount } from '@/lib/vault';

const USES = new Set(['filled', 'copied', 'recoveryUsed']);

const siteOf = (b: SiteBinding) => (b.kind === 'origin' ? new URL(b.origin).host : `*.${b.domain}`);
const addressOf = (b: SiteBinding) => (b.kind === 'origin' ? b.origin : `https://${b.domain}`);

/** Where to set the account up again with a new secret: the portal's own page where known, else its site. */
function reEnrollAt(bindings: SiteBinding[]): { url: string | null; how: string } {
  for (const b of bindings) {
    const setup = portalForUrl(addressOf(b))?.twoFactorSetup;
    if (setup) return { url: setup.url, how: i18n.t('handover.reEnrollPortal', [setup.steps]) };
  }
  const first = bindings[0];
  return first
    ? { url: addressOf(first), how: i18n.t('handover.reEnrollSite') }
    : { url: null, how: i18n.t('handover.reEnrollUnbound') };
}

/**
 * Every account with what a practice asks at a handover: its sites, when it was added and last
 * used (from the activity record), whether it has recovery codes, and how to re-enroll it so the
 * secret in this browser stops working. No secret, code or recovery code.
 */
export function handoverRows(accounts: VaultAccount[], activity: ActivityEntry[]): HandoverRow[] {
  const lastUse = new Map<string, number>();
  const shares = new Map<string, string[]>();
  for (const e of activity) {
    if (!e.accountId) continue;
    if (USES.has(e.kind)) lastUse.set(e.accountId, Math.max(lastUse.get(e.accountId) ?? 0, e.at));
    if (e.kind === 'shared') shares.set(e.accountId, [...(shares.get(e.accountId) ?? []), e.detail ?? '']);
  }
  return accounts.map((a) => ({
    id: a.id,
    account: displayName(a.account),
    sites: a.bindings.map(siteOf),
    addedAt: a.addedAt ?? null,
    lastUsedAt: lastUse.get(a.id) ?? null,
    recoveryLeft: a.recovery?.length ? leftOf(a.recovery) : null,
    reEnroll: reEnrollAt(a.bindings),
    sharedWith: shares.get(a.id) ?? [],
  }));
}

const day = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

export const HANDOVER_COLUMNS = [
  'Account',
  'Sites',
  'Added',
  'Last used',
  'Recovery codes left',
  'Shared',
  'To re-enroll',
  'Where',
];

/** The list as CSV (dates as YYYY-MM-DD, UTC). */
export function handoverCsv(rows: HandoverRow[]): string {
  return csvText([
    HANDOVER_COLUMNS,
    ...rows.map((r) => [
      r.account,
      r.sites.join(' '),
      day(r.addedAt),
      day(r.lastUsedAt),
      r.recoveryLeft === null ? '' : String(r.recoveryLeft),
      r.sharedWith.join('; '),
      r.reEnroll.how,
      r.reEnroll.url ?? '',
    ]),
  ]);
}
