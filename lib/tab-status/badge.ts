import { browser } from 'wxt/browser';
import type { TabStatus } from '@/lib/messaging/types';

/**
 * The toolbar badge says a code step is on screen: how many accounts can fill it, or where
 * the code is coming from (✉ email, ☎ text or call) when a portal sends it, or + when a
 * portal wants an app's code and no account here has it yet (the popup says how to add it).
 * Empty otherwise: a code step on a site no account is bound to, and any look-alike.
 */
export function badgeFor(status: TabStatus, count: number): string {
  if (status.kind !== 'challenge' || !status.origin) return '';
  if (count > 0) return String(count);
  // A sent code was found in the person's email or messages: ready to fill.
  if (status.sentCode?.state === 'found') return '✓';
  if (status.deliveries[0] === 'email') return '✉';
  if (status.deliveries[0] === 'sms' || status.deliveries[0] === 'voice') return '☎';
  if (status.portalId && status.deliveries[0] === 'authenticator') return '+';
  return '';
}

/** `count`: accounts bound to the tab's origin (counted once by the caller). */
export async function showBadge(tabId: number, status: TabStatus, count: number): Promise<void> {
  const text = badgeFor(status, count);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6f5c' });
  await browser.action.setBadgeText({ tabId, text });
}
