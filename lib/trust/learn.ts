import type { CookieFacts, TrustCookie } from './types';

/** "Long-lived": a trust cookie outlives a week; session and short cookies are something else. */
export const MIN_TRUST_LIFETIME_S = 7 * 86_400;
const key = (c: { name: string; domain: string; path: string }) => `${c.name}|${c.domain}|${c.path}`;

export type CookieSnapshot = Record<string, number>;

/** Names and expiries of a site's cookies (values are never read into it). */
export function snapshot(cookies: CookieFacts[]): CookieSnapshot {
  return Object.fromEntries(cookies.map((c) => [key(c), c.expirationDate ?? 0]));
}

/**
 * The cookies a completed challenge set or pushed far into the future: new or refreshed, and
 * long-lived. Malformed dates (missing, not finite, in the past) never count.
 */
export function learnTrustCookies(before: CookieSnapshot, after: CookieFacts[], nowS: number): TrustCookie[] {
  return after
    .filter((c) => !c.session && typeof c.expirationDate === 'number' && Number.isFinite(c.expirationDate))
    .filter((c) => c.expirationDate! - nowS >= MIN_TRUST_LIFETIME_S)
    .filter((c) => {
      const previous = before[key(c)];
      return previous === undefined || c.expirationDate! - previous > 3600;
    })
    .slice(0, 10) // a portal that sets dozens of cookies does not get dozens of "trust" cookies
    .map((c) => ({ name: c.name, domain: c.domain, path: c.path, expiresAt: Math.round(c.expirationDate!) }));
}

/** Learned cookies still in the browser and not expired. */
export function presentTrustCookies(learned: TrustCookie[], now: CookieFacts[], nowS: number): TrustCookie[] {
  const live = new Set(now.filter((c) => c.session || (c.expirationDate ?? 0) > nowS).map(key));
  return learned.filter((c) => live.has(key(c)));
}

export function isTrustCookie(learned: TrustCookie[], cookie: CookieFacts): boolean {
  return learned.some((c) => key(c) === key(cookie));
}
