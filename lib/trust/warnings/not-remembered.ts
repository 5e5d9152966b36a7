import { i18n } from '@/lib/i18n';
import type { PageKind } from '@/lib/messaging/types';
import type { Delivery, Portal } from '@/lib/portals';
import type { Warning } from './types';

/** The whole sentence for each way the code comes. */
function notRememberedMessage(delivery: Delivery, name: string): string {
  switch (delivery) {
    case 'email':
      return i18n.t('warning.notRemembered.email', [name]);
    case 'sms':
      return i18n.t('warning.notRemembered.sms', [name]);
    case 'voice':
      return i18n.t('warning.notRemembered.voice', [name]);
    case 'authenticator':
      return i18n.t('warning.notRemembered.authenticator', [name]);
  }
}

/** What signing in will ask for: the authenticator if an account is bound here, else how the portal sends codes. */
function whatComes(portal: Portal, boundAccounts: number): Delivery {
  const hasAccount = portal.deliveries.includes('authenticator') && boundAccounts > 0;
  const delivery = hasAccount
    ? 'authenticator'
    : (portal.deliveries.find((d) => d !== 'authenticator') ?? portal.deliveries[0]!);
  return delivery;
}

/** Banner on a sign-in page when none of the learned remember-this-browser cookies is here. */
export function notRememberedWarning(
  portal: Portal,
  kind: PageKind,
  trustCookiesPresent: number,
  boundAccounts: number,
): Warning | null {
  if (kind !== 'sign-in' || trustCookiesPresent > 0) return null;
  return {
    id: `not-remembered-${portal.id}`,
    title: i18n.t('warning.notRememberedTitle', [portal.name]),
    message: notRememberedMessage(whatComes(portal, boundAccounts), portal.name),
  };
}
