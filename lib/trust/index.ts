export { snapshot, learnTrustCookies, presentTrustCookies, isTrustCookie, MIN_TRUST_LIFETIME_S, type CookieSnapshot } from './learn';
export { recognition, expiringSoon, lossFromCause, type Recognition } from './status';
export type { TrustCookie, PortalTrust, TrustLoss, CookieFacts } from './types';
