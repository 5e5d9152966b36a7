import { formatList, i18n } from '@/lib/i18n';
import { ALL_PORTALS } from '@/lib/portals';
import { browser } from 'wxt/browser';

/** What a practice can set centrally (managed storage, public/managed_schema.json). */
export interface PracticePolicy {
  autoLockMaxMinutes?: number;
  reminderDays?: number;
  passwordIntervalDays?: number;
  /** Days the activity record is kept (a practice's retention policy). */
  activityDays?: number;
  enabledPortals?: string[];
  /** false: sync between the person's browsers cannot be turned on. */
  syncAllowed?: boolean;
  /** true: sync is on for everyone, without asking (unless syncAllowed is false). */
  syncForEveryone?: boolean;
  /** What the policy set that could not be used, in the person's words (Settings shows it). */
  ignored?: string[];
}

const SETTINGS = [
  'autoLockMaxMinutes',
  'reminderDays',
  'passwordIntervalDays',
  'activityDays',
  'enabledPortals',
  'syncAllowed',
  'syncForEveryone',
];

// Chromium never answers storage.managed.get when no policy is installed (the usual case),
// so wait briefly, and keep the answer for this worker's life (dropped when the policy changes).
const POLICY_WAIT_MS = 300;
let cached: Promise<PracticePolicy> | null = null;
const PORTAL_IDS: string[] = ALL_PORTALS.map((p) => p.id);

export function forgetPolicy(): void {
  cached = null;
}

/** The practice's policy, with anything malformed dropped; empty where no policy is set. */
export function readPolicy(): Promise<PracticePolicy> {
  return (cached ??= loadPolicy());
}

async function loadPolicy(): Promise<PracticePolicy> {
  let raw: Record<string, unknown> = {};
  try {
    const timeout = new Promise<Record<string, unknown>>((resolve) =>
      setTimeout(() => resolve({}), POLICY_WAIT_MS),
    );
    raw = (await Promise.race([browser.storage.managed.get(null), timeout])) ?? {};
  } catch {
    return {}; // a browser without managed storage
  }
  return checkPolicy(raw);
}

/**
 * Keeps what is well formed and says what is not. Chrome checks a policy against
 * managed_schema.json before the extension sees it (and shows its errors at chrome://policy);
 * Firefox has no schema, so these checks are the only ones there.
 */
export function checkPolicy(raw: Record<string, unknown>): PracticePolicy {
  const ignored: string[] = [];
  const wholeNumber = (name: string, min: number, max: number) => {
    const v = raw[name];
    if (v === undefined) return undefined;
    if (Number.isInteger(v) && (v as number) >= min && (v as number) <= max) return v as number;
    ignored.push(i18n.t('policy.range', [name, JSON.stringify(v).slice(0, 40), min, max]));
    return undefined;
  };
  const autoLockMaxMinutes = wholeNumber('autoLockMaxMinutes', 1, 1440);
  const reminderDays = wholeNumber('reminderDays', 1, 60);
  const passwordIntervalDays = wholeNumber('passwordIntervalDays', 7, 730);
  const activityDays = wholeNumber('activityDays', 1, 3660);
  let enabledPortals: string[] | undefined;
  if (raw.enabledPortals !== undefined) {
    const list = Array.isArray(raw.enabledPortals) ? raw.enabledPortals : [];
    const known = list.filter((p): p is string => typeof p === 'string' && PORTAL_IDS.includes(p));
    const unknown = list.filter((p) => !known.includes(p as string)).map((p) => String(p).slice(0, 40));
    if (!Array.isArray(raw.enabledPortals)) ignored.push(i18n.t('policy.notList', ['enabledPortals']));
    else if (unknown.length) ignored.push(i18n.t('policy.unknownPortals', [formatList(unknown)]));
    enabledPortals = Array.isArray(raw.enabledPortals) ? known : undefined;
  }
  const yesNo = (name: string) => {
    const v = raw[name];
    if (v === undefined || typeof v === 'boolean') return v;
    ignored.push(i18n.t('policy.notYesNo', [name, JSON.stringify(v).slice(0, 40)]));
    return undefined;
  };
  const syncAllowed = yesNo('syncAllowed');
  const syncForEveryone = yesNo('syncForEveryone');
  const policy: PracticePolicy = {
    autoLockMaxMinutes,
    reminderDays,
    passwordIntervalDays,
    activityDays,
    enabledPortals,
    ...(syncAllowed !== undefined && { syncAllowed }),
    ...(syncForEveryone !== undefined && { syncForEveryone }),
  };
  for (const name of Object.keys(raw)
    .filter((k) => !SETTINGS.includes(k))
    .slice(0, 5))
    ignored.push(i18n.t('policy.unknownSetting', [name.slice(0, 40)]));
  return ignored.length ? { ...policy, ignored } : policy;
}
