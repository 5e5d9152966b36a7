import type { PageKind } from '@/lib/messaging/types';
import type { Portal } from '@/lib/portals';
import { challengeSnapshot, portalTrust } from '@/lib/storage';
import { learnTrustCookies, presentTrustCookies, snapshot } from './learn';
import { cookiesOf, nowS, updateTrust } from './portal-trust';
import { notRememberedWarning, privateWindowWarning } from './warnings';

/**
 * Follows a portal tab through its pages: remembers the cookies when a challenge appears,
 * learns the new long-lived ones when it gives way to the app, and unlearns a guess that was
 * wrong. Returns the banner to show on the page, if any.
 */
export async function followPortalPage(
  tabId: number,
  portal: Portal,
  origin: string,
  kind: PageKind,
  incognito: boolean,
  boundAccounts: number,
): Promise<string | null> {
  // A private window has cookies of its own, gone when it closes: nothing there says anything
  // about this browser being remembered, so nothing is learned or unlearned from it.
  const privateWindow = privateWindowWarning(portal, incognito);
  if (privateWindow) return privateWindow.message;
  const trust = (await portalTrust.getValue())[portal.id];
  const cookies = await cookiesOf(origin);
  const present = presentTrustCookies(trust?.cookies ?? [], cookies, nowS());

  if (kind === 'challenge') {
    // Asked for a code although the learned cookies are here: they are not what remembers us.
    if (trust?.cookies.length && present.length === trust.cookies.length) {
      await updateTrust(portal.id, (t) => ({ ...t, cookies: [] }));
    }
    await challengeSnapshot.update(
      tabId,
      (current) => current ?? { portalId: portal.id, snapshot: snapshot(cookies), at: Date.now() },
    );
  } else if (kind === 'none') {
    await learnAfterChallenge(tabId, portal, cookies);
  }

  return notRememberedWarning(portal, kind, present.length, boundAccounts)?.message ?? null;
}

/** The challenge gave way to the signed-in app: the new long-lived cookies are what remembers us. */
async function learnAfterChallenge(
  tabId: number,
  portal: Portal,
  cookies: Awaited<ReturnType<typeof cookiesOf>>,
) {
  const before = await challengeSnapshot.get(tabId);
  if (before?.portalId !== portal.id) return;
  await challengeSnapshot.remove(tabId);
  if (portal.rememberLabel !== null && !before.remember) return;
  const learned = learnTrustCookies(before.snapshot, cookies, nowS());
  if (learned.length) {
    await updateTrust(portal.id, (t) => ({
      ...t,
      cookies: learned,
      learnedAt: Date.now(),
      lost: undefined,
      remindedFor: [],
    }));
  }
}

/** The person ticked (or not) the portal's remember option when submitting the code. */
export async function noteChallengeSubmitted(tabId: number, remember: boolean): Promise<void> {
  await challengeSnapshot.update(tabId, (current) => (current ? { ...current, remember } : null));
}

export async function notePasswordChanged(portalId: string): Promise<void> {
  await updateTrust(portalId, (t) => ({ ...t, passwordChangedAt: Date.now() }));
}
