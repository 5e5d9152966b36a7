/** A cookie a portal uses to remember this browser. Never its value. */
export interface TrustCookie {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch, as the cookies API gives it. */
  expiresAt: number;
}

export type TrustLoss = 'cleared' | 'expired' | 'evicted';

/** What the extension knows about one portal remembering this browser. */
export interface PortalTrust {
  cookies: TrustCookie[];
  learnedAt?: number;
  /** The last time a learned cookie went away, and how. */
  lost?: { how: TrustLoss; at: number; cookie: string };
  /** Expiry dates already reminded about (so one reminder each). */
  remindedFor?: number[];
  passwordChangedAt?: number;
}

/** The cookie fields we look at (a subset of the cookies API's Cookie). */
export interface CookieFacts {
  name: string;
  domain: string;
  path: string;
  expirationDate?: number;
  session?: boolean;
  /** Which cookie store it is in: the normal one, or a private window's. */
  storeId?: string;
}
