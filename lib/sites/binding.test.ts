import { describe, expect, it } from 'vitest';
import { bindingAllows, canonicalOrigin, registrableDomain, type SiteBinding } from './binding';

const portal: SiteBinding[] = [{ kind: 'origin', origin: 'https://portal.therapyappointment.com' }];
const domainRule: SiteBinding[] = [{ kind: 'domain', domain: 'therapyappointment.com' }];

describe('which pages an account may fill', () => {
  const table: [string, SiteBinding[], string, boolean][] = [
    ['the exact origin', portal, 'https://portal.therapyappointment.com', true],
    [
      'the exact origin, page URL with path',
      portal,
      'https://portal.therapyappointment.com/index.cfm/public:auth',
      true,
    ],
    ['a trailing dot', portal, 'https://portal.therapyappointment.com./', true],
    ['upper case host', portal, 'https://PORTAL.TherapyAppointment.com', true],
    ['the default port written out', portal, 'https://portal.therapyappointment.com:443', true],
    ['another port', portal, 'https://portal.therapyappointment.com:8443', false],
    ['plain http', portal, 'http://portal.therapyappointment.com', false],
    ['a sibling subdomain', portal, 'https://api.portal.therapyappointment.com', false],
    ['a look-alike suffix', portal, 'https://portal.therapyappointment.com.secure-login.test', false],
    ['a look-alike prefix', portal, 'https://evilportal.therapyappointment.com', false],
    ['user@host trick', portal, 'https://portal.therapyappointment.com@evil.test', false],
    ['credentials in the URL', portal, 'https://a:b@portal.therapyappointment.com', false],
    ['the null origin of a sandboxed frame', portal, 'null', false],
    ['a data: URL', portal, 'data:text/html,hi', false],
    ['an IDN look-alike (Cyrillic а)', portal, 'https://portal.therаpyappointment.com', false],
    ['domain rule: any subdomain', domainRule, 'https://api.portal.therapyappointment.com', true],
    ['domain rule: the bare domain', domainRule, 'https://therapyappointment.com', true],
    ['domain rule: not over http', domainRule, 'http://portal.therapyappointment.com', false],
    [
      'domain rule: not a look-alike registrable domain',
      domainRule,
      'https://therapyappointment.com.evil.test',
      false,
    ],
    ['domain rule: not a suffix trick', domainRule, 'https://eviltherapyappointment.com', false],
  ];
  for (const [name, bindings, origin, allowed] of table) {
    it(`${name} → ${allowed ? 'allowed' : 'refused'}`, () =>
      expect(bindingAllows(bindings, origin)).toBe(allowed));
  }

  it('canonicalises IDN hosts to punycode', () => {
    expect(canonicalOrigin('https://bücher.example/')).toBe('https://xn--bcher-kva.example');
    expect(
      bindingAllows(
        [{ kind: 'origin', origin: 'https://xn--bcher-kva.example' }],
        'https://bücher.example/x',
      ),
    ).toBe(true);
  });

  it('computes registrable domains from the public suffix list, not by counting dots', () => {
    expect(registrableDomain('https://a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('https://clinic.github.io')).toBe('clinic.github.io');
  });
});
