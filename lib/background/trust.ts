import { browser } from 'wxt/browser';
import type { PageKind } from '@/lib/detect/types';
import { ALL_PORTALS, PORTAL_HOSTS, type Delivery, type Portal } from '@/lib/portals';
import { challengeSnapshots, portalTrust, readSettings } from '@/lib/storage';
import { expiringSoon, isTrustCookie, learnTrustCookies, lossFromCause, presentTrustCookies, recognition, snapshot, type CookieFacts, type PortalTrust } from '@/lib/trust';

const nowS = () => Date.now() / 1000;
const cookiesOf = (origin: string) => browser.cookies.getAll({ url: origin }) as Promise<CookieFacts[]>;

async function update(portalId: string, change: (t: PortalTrust) => PortalTrust): Promise<void> {
  const all = await portalTrust.getValue();
  all[portalId] = change(all[portalId] ?? { cookies: [] });
  await portalTrust.setValue(all);
}

const ARRIVES: Record<Delivery, string> = {
  email: 'a code will be sent to your email',
  sms: 'a code will be sent by text to your phone',
  voice: 'you will get a phone call with a code',
  authenticator: 'you will be asked for the code from your authenticator app',
};

/** What signing in will ask for: the authenticator if an account is bound here, else how the portal sends codes. */
function whatComes(portal: Portal, boundAccounts: number): string {
  const hasAccount = portal.deliveries.includes('authenticator') && boundAccounts > 0;
  const delivery = hasAccount ? 'authenticator' : portal.deliveries.find((d) => d !== 'authenticator') ?? portal.deliveries[0]!;
  return ARRIVES[delivery];
}

/**
 * Follows a portal tab through its pages: remembers the cookies when a challenge appears,
 * learns the new long-lived ones when it gives way to the app, and unlearns a guess that was
 * wrong. Returns the banner to show on the page, if any.
 */
export async function followPortalPage(tabId: number, portal: Portal, origin: string, kind: PageKind, incognito: boolean, boundAccounts: number): Promise<string | null> {
  const snapshots = await challengeSnapshots.getValue();
  const trust = (await portalTrust.getValue())[portal.id];
  const cookies = await cookiesOf(origin);
  const present = presentTrustCookies(trust?.cookies ?? [], cookies, nowS());

  if (kind === 'challenge') {
    // Asked for a code although the learned cookies are here: they are not what remembers us.
    if (trust?.cookies.length && present.length === trust.cookies.length) await update(portal.id, (t) => ({ ...t, cookies: [] }));
    snapshots[tabId] ??= { portalId: portal.id, snapshot: snapshot(cookies), at: Date.now() };
    await challengeSnapshots.setValue(snapshots);
  } else if (kind === 'none' && snapshots[tabId]?.portalId === portal.id) {
    // The challenge gave way to the signed-in app.
    const { snapshot: before, remember } = snapshots[tabId]!;
    delete snapshots[tabId];
    await challengeSnapshots.setValue(snapshots);
    if (portal.rememberLabel === null || remember) {
      const learned = learnTrustCookies(before, cookies, nowS());
      if (learned.length) await update(portal.id, (t) => ({ ...t, cookies: learned, learnedAt: Date.now(), lost: undefined, remindedFor: [] }));
    }
  }

  if (incognito) return `This is a private window: ${portal.name} will not remember it, and will ask for a code every time you sign in here.`;
  if (kind === 'sign-in' && present.length === 0) {
    return `This browser is not remembered by ${portal.name}. After you sign in, ${whatComes(portal, boundAccounts)}.`;
  }
  return null;
}

/** The person ticked (or not) the portal's remember option when submitting the code. */
export async function noteChallengeSubmitted(tabId: number, remember: boolean): Promise<void> {
  const snapshots = await challengeSnapshots.getValue();
  if (!snapshots[tabId]) return;
  snapshots[tabId]!.remember = remember;
  await challengeSnapshots.setValue(snapshots);
}

function portalOfCookie(cookie: CookieFacts, trust: Record<string, PortalTrust>): Portal | undefined {
  return ALL_PORTALS.find((p) => isTrustCookie(trust[p.id]?.cookies ?? [], cookie));
}

/** A learned trust cookie went away: say so now, before the person is surprised by a code. */
export async function onCookieChanged(change: { removed: boolean; cause: string; cookie: CookieFacts }): Promise<void> {
  if (!change.removed) return;
  const how = lossFromCause(change.cause);
  if (!how) return;
  const trust = await portalTrust.getValue();
  const portal = portalOfCookie(change.cookie, trust);
  if (!portal) return;
  await update(portal.id, (t) => ({ ...t, lost: { how, at: Date.now(), cookie: change.cookie.name } }));
  await browser.notifications.create(`trust-lost-${portal.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `${portal.name} will ask for a code again`,
    message: `This browser is no longer remembered by ${portal.name} (its cookie was ${how}). Have your phone at hand next time you sign in.`,
  });
  await browser.action.setBadgeText({ text: '!' });
}

/** Daily: remind before a trust cookie expires, and when a portal password is due. */
export async function checkReminders(nowMs = Date.now()): Promise<string[]> {
  const { reminderDays, passwordIntervalDays } = await readSettings();
  const all = await portalTrust.getValue();
  const sent: string[] = [];
  for (const portal of ALL_PORTALS) {
    const trust = all[portal.id];
    if (!trust) continue;
    const soon = expiringSoon(trust, nowMs, reminderDays);
    if (soon.length) {
      const day = new Date(Math.min(...soon.map((c) => c.expiresAt)) * 1000).toLocaleDateString();
      await browser.notifications.create(`trust-expiring-${portal.id}`, {
        type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `${portal.name} will forget this browser on ${day}`,
        message: `Sign in to ${portal.name} on a day you have your phone, and choose to be remembered again.`,
      });
      trust.remindedFor = [...(trust.remindedFor ?? []), ...soon.map((c) => c.expiresAt)];
      sent.push(`expiring:${portal.id}`);
    }
    if (trust.passwordChangedAt && nowMs - trust.passwordChangedAt > (passwordIntervalDays - 7) * 86_400_000) {
      await browser.notifications.create(`password-due-${portal.id}`, {
        type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `Your ${portal.name} password is due for a change`,
        message: `It was last changed ${Math.floor((nowMs - trust.passwordChangedAt) / 86_400_000)} days ago; your practice asks for a change every ${passwordIntervalDays} days.`,
      });
      sent.push(`password:${portal.id}`);
    }
  }
  await portalTrust.setValue(all);
  return sent;
}

export async function notePasswordChanged(portalId: string): Promise<void> {
  await update(portalId, (t) => ({ ...t, passwordChangedAt: Date.now() }));
}

export interface PortalOverview {
  id: string;
  name: string;
  deliveries: Delivery[];
  recognition: ReturnType<typeof recognition>;
  cookies: { name: string; expiresAt: number }[];
  passwordChangedAt: number | null;
}

/** The options page's table: per portal, remembered or not, the learned cookies, password age. */
export async function trustOverview(): Promise<PortalOverview[]> {
  const all = await portalTrust.getValue();
  const rows: PortalOverview[] = [];
  for (const portal of ALL_PORTALS) {
    const trust = all[portal.id];
    if (!trust && !portal.hosts.some((h) => PORTAL_HOSTS.includes(h as never))) continue;
    const origin = `https://${portal.hosts[0]}`;
    const present = presentTrustCookies(trust?.cookies ?? [], await cookiesOf(origin).catch(() => []), nowS());
    rows.push({
      id: portal.id, name: portal.name, deliveries: [...portal.deliveries], recognition: recognition(trust, present),
      cookies: (trust?.cookies ?? []).map((c) => ({ name: c.name, expiresAt: c.expiresAt * 1000 })), passwordChangedAt: trust?.passwordChangedAt ?? null,
    });
  }
  return rows;
}
