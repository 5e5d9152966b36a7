import { browser } from 'wxt/browser';
import { ALL_PORTALS, type Portal } from '@/lib/portals';
import { readSettings } from '@/lib/settings';
import { portalTrust } from '@/lib/storage';
import { isTrustCookie } from './learn';
import { updateTrust } from './portal-trust';
import { lossFromCause } from './status';
import type { CookieFacts, PortalTrust } from './types';
import { cookieLostWarning, expiringWarning, notify, passwordDueWarning } from './warnings';

/**
 * A private window's cookie store (Chrome's incognito store "1", Firefox's "firefox-private"):
 * its cookies go when the window closes, which is no loss to this browser's trust.
 */
function isPrivateStore(storeId: string | undefined): boolean {
  return storeId === '1' || storeId === 'firefox-private';
}

function portalOfCookie(cookie: CookieFacts, trust: Record<string, PortalTrust>): Portal | undefined {
  return ALL_PORTALS.find((p) => isTrustCookie(trust[p.id]?.cookies ?? [], cookie));
}

/**
 * A learned trust cookie went away: say so now, before the person is surprised by a code. The
 * site writing it again (renewing it) is no loss: its new expiry is what reminders count from.
 */
export async function onCookieChanged(change: { removed: boolean; cause: string; cookie: CookieFacts }) {
  if (isPrivateStore(change.cookie.storeId)) return;
  if (!change.removed) return renewed(change.cookie);
  const how = lossFromCause(change.cause);
  if (!how) return;
  const portal = portalOfCookie(change.cookie, await portalTrust.getValue());
  if (!portal) return;
  await updateTrust(portal.id, (t) => ({ ...t, lost: { how, at: Date.now(), cookie: change.cookie.name } }));
  await notify(cookieLostWarning(portal, how));
  await browser.action.setBadgeText({ text: '!' });
}

async function renewed(cookie: CookieFacts): Promise<void> {
  const portal = portalOfCookie(cookie, await portalTrust.getValue());
  if (!portal || cookie.session || cookie.expirationDate === undefined) return;
  const expiresAt = cookie.expirationDate;
  await updateTrust(portal.id, (t) => ({
    ...t,
    cookies: t.cookies.map((c) => (isTrustCookie([c], cookie) ? { ...c, expiresAt } : c)),
  }));
}

/** Daily: remind before a trust cookie expires, and when a portal password is due. */
export async function checkReminders(nowMs = Date.now()): Promise<string[]> {
  const { reminderDays, passwordIntervalDays } = await readSettings();
  const all = await portalTrust.getValue();
  const sent: string[] = [];
  for (const portal of ALL_PORTALS) {
    const trust = all[portal.id];
    if (!trust) continue;
    const expiring = expiringWarning(portal, trust, nowMs, reminderDays);
    if (expiring) {
      await notify(expiring.warning);
      trust.remindedFor = [...(trust.remindedFor ?? []), ...expiring.cookies.map((c) => c.expiresAt)];
      sent.push(`expiring:${portal.id}`);
    }
    const due = passwordDueWarning(portal, trust, nowMs, passwordIntervalDays);
    if (due) {
      await notify(due);
      sent.push(`password:${portal.id}`);
    }
  }
  await portalTrust.setValue(all);
  return sent;
}
