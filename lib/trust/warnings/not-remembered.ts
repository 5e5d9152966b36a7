import type { PageKind } from '@/lib/messaging/types';
import type { Delivery, Portal } from '@/lib/portals';
import type { Warning } from './types';

const ARRIVES: Record<Delivery, string> = {
  email: 'a code will be sent to your email',
  sms: 'a code will be sent by text to your phone',
  voice: 'you will get a phone call with a code',
  authenticator: 'you will be asked for the code from your authenticator app',
};

/** What signing in will ask for: the authenticator if an account is bound here, else how the portal sends codes. */
function whatComes(portal: Portal, boundAccounts: number): string {
  const hasAccount = portal.deliveries.includes('authenticator') && boundAccounts > 0;
  const delivery = hasAccount
    ? 'authenticator'
    : (portal.deliveries.find((d) => d !== 'authenticator') ?? portal.deliveries[0]!);
  return ARRIVES[delivery];
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
    title: `${portal.name} does not remember this browser`,
    message: `This browser is not remembered by ${portal.name}. After you sign in, ${whatComes(portal, boundAccounts)}.`,
  };
}
