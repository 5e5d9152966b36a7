import { describe, expect, it } from 'vitest';
import { colourFor, contrastWithWhite, faceFor, hslToRgb } from './face';

describe('an account’s face', () => {
  it('a portal’s mark for an account bound to that portal’s site, by exact host or its domain', () => {
    expect(
      faceFor({ issuer: 'x', account: '', bindings: [{ kind: 'origin', origin: 'https://intakeq.com' }] }),
    ).toEqual({
      kind: 'portal',
      portalId: 'practiceq',
      src: '/portals/practiceq.svg',
    });
    const firm = faceFor({
      issuer: '',
      account: '',
      bindings: [{ kind: 'origin', origin: 'https://smithlaw.mycase.com' }],
    });
    expect(firm).toMatchObject({ kind: 'portal', portalId: 'mycase' });
  });

  it('never from the name alone: an account called PracticeQ bound nowhere, or to a look-alike, gets its initial', () => {
    expect(faceFor({ issuer: 'PracticeQ', account: 'me', bindings: [] })).toMatchObject({
      kind: 'initial',
      letter: 'P',
    });
    expect(
      faceFor({
        issuer: 'PracticeQ',
        account: 'me',
        bindings: [{ kind: 'origin', origin: 'https://intakeq.com.secure-login.test' }],
      }),
    ).toMatchObject({ kind: 'initial' });
  });

  it('the first letter as read, upper case; the account name when there is no service name; ? for neither', () => {
    expect(faceFor({ issuer: 'élan', account: '', bindings: [] })).toMatchObject({ letter: 'É' });
    expect(faceFor({ issuer: '', account: 'office@smithlaw.test', bindings: [] })).toMatchObject({
      letter: 'O',
    });
    expect(faceFor({ issuer: ' ', account: '', bindings: [] })).toMatchObject({ letter: '?' });
  });

  it('the same name, the same colour (whatever its case); different names spread over the wheel', () => {
    expect(faceFor({ issuer: 'Clio', account: '', bindings: [] })).toMatchObject({
      background: colourFor('clio'),
    });
    const hues = new Set(
      ['clio', 'bank', 'github', 'google', 'stripe', 'dropbox'].map((n) => colourFor(n).split(' ')[0]),
    );
    expect(hues.size).toBeGreaterThan(4);
  });

  it('every colour reads with its white letter at WCAG AA (4.5:1)', () => {
    for (let i = 0; i < 2000; i++) {
      const [h, s, l] = colourFor(`name ${i}`)
        .match(/[\d.]+/g)!
        .map(Number) as [number, number, number];
      expect(contrastWithWhite(hslToRgb(h, s / 100, l / 100))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the portal marks', () => {
  it('every known portal has its mark drawn and bundled (public/portals)', async () => {
    const { existsSync } = await import('node:fs');
    const { ALL_PORTALS } = await import('@/lib/portals');
    for (const portal of ALL_PORTALS)
      expect(existsSync(`public/portals/${portal.id}.svg`), portal.id).toBe(true);
  });
});
