import { describe, expect, it } from 'vitest';
import {
  expiringSoon,
  learnTrustCookies,
  lossFromCause,
  presentTrustCookies,
  recognition,
  snapshot,
} from './index';

const now = 1_800_000_000;
const cookie = (name: string, days: number | undefined, extra = {}) => ({
  name,
  domain: 'portal.therapyappointment.com',
  path: '/',
  expirationDate: days === undefined ? undefined : now + days * 86_400,
  session: days === undefined,
  ...extra,
});

describe('learning trust cookies', () => {
  it('learns new long-lived cookies set by a completed challenge', () => {
    const before = snapshot([cookie('CFID', undefined)]);
    const learned = learnTrustCookies(
      before,
      [cookie('CFID', undefined), cookie('ta_device_auth', 365), cookie('_ga_short', 1)],
      now,
    );
    expect(learned.map((c) => c.name)).toEqual(['ta_device_auth']);
  });

  it('learns a refreshed cookie, not one that stayed the same', () => {
    const before = snapshot([cookie('trusted', 200), cookie('prefs', 300)]);
    const learned = learnTrustCookies(before, [cookie('trusted', 365), cookie('prefs', 300)], now);
    expect(learned.map((c) => c.name)).toEqual(['trusted']);
  });

  it('ignores malformed dates and caps a portal that sets dozens of cookies', () => {
    const odd = [
      cookie('nan', 0, { expirationDate: Number.NaN }),
      cookie('past', -3),
      cookie('none', undefined, { session: false }),
    ];
    expect(learnTrustCookies({}, odd, now)).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => cookie(`c${i}`, 30));
    expect(learnTrustCookies({}, many, now)).toHaveLength(10);
  });

  it('knows which learned cookies are still there', () => {
    const learned = learnTrustCookies({}, [cookie('a', 30), cookie('b', 30)], now);
    expect(presentTrustCookies(learned, [cookie('a', 30)], now).map((c) => c.name)).toEqual(['a']);
    expect(recognition({ cookies: learned }, [])).toEqual({ state: 'not-recognized' });
    expect(recognition({ cookies: learned, lost: { how: 'cleared', at: 5, cookie: 'a' } }, [])).toMatchObject(
      { state: 'lost', how: 'cleared' },
    );
    expect(recognition({ cookies: learned }, learned)).toMatchObject({ state: 'recognized' });
  });
});

describe('reminders and removals', () => {
  it('reminds once about a cookie expiring within the window', () => {
    const learned = learnTrustCookies({}, [cookie('soon', 6), cookie('later', 300)], now - 2 * 86_400);
    const trust = { cookies: learned };
    expect(expiringSoon(trust, now * 1000, 7).map((c) => c.name)).toEqual(['soon']);
    expect(expiringSoon({ ...trust, remindedFor: [learned[0]!.expiresAt] }, now * 1000, 7)).toEqual([]);
  });

  it('tells a real removal from an overwrite', () => {
    expect(lossFromCause('explicit')).toBe('cleared');
    expect(lossFromCause('expired')).toBe('expired');
    expect(lossFromCause('evicted')).toBe('evicted');
    expect(lossFromCause('overwrite')).toBeNull();
  });
});
