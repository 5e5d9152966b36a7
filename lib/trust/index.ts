export {
  snapshot,
  learnTrustCookies,
  presentTrustCookies,
  isTrustCookie,
  MIN_TRUST_LIFETIME_S,
  type CookieSnapshot,
} from './learn';
export { recognition, expiringSoon, lossFromCause } from './status';
export type { TrustCookie, PortalTrust, TrustLoss, CookieFacts } from './types';
export { followPortalPage } from './follow';
export { checkReminders, onCookieChanged } from './reminders';
export { trustHandlers } from './handlers';
