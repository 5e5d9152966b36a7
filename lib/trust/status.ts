import type { Recognition } from '@/lib/messaging/types';
import type { PortalTrust, TrustCookie } from './types';

/** Is this browser remembered by the portal, judged by the learned cookies present now. */
export function recognition(trust: PortalTrust | undefined, present: TrustCookie[]): Recognition {
  if (present.length > 0)
    return { state: 'recognized', until: Math.min(...present.map((c) => c.expiresAt)) * 1000 };
  if (trust?.lost) return { state: 'lost', how: trust.lost.how, at: trust.lost.at };
  return { state: 'not-recognized' };
}

/** Learned cookies that expire within `days`, not reminded about yet. */
export function expiringSoon(trust: PortalTrust, nowMs: number, days: number): TrustCookie[] {
  const horizon = nowMs / 1000 + days * 86_400;
  return trust.cookies.filter(
    (c) =>
      c.expiresAt > nowMs / 1000 &&
      c.expiresAt <= horizon &&
      !(trust.remindedFor ?? []).includes(c.expiresAt),
  );
}

/** How the cookies API's removal cause reads to a person; null when the cookie is not really gone. */
export function lossFromCause(cause: string): 'cleared' | 'expired' | 'evicted' | null {
  if (cause === 'explicit') return 'cleared';
  if (cause === 'expired' || cause === 'expired_overwrite') return 'expired';
  if (cause === 'evicted') return 'evicted';
  return null; // 'overwrite': the site replaced it with a new copy
}
