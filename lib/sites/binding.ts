import { getDomain } from 'tldts';

/**
 * Where an account's codes may be filled: one exact origin, or (only when the person approves
 * it) every https site under a registrable domain, computed with the public suffix list.
 */
export type SiteBinding = { kind: 'origin'; origin: string } | { kind: 'domain'; domain: string };

/**
 * scheme://host[:port] in canonical form (lower case, punycode, no trailing dot, no default
 * port), or null for anything that is not a plain http(s) origin: user@host, null origins,
 * other schemes.
 */
export function canonicalOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || !url.hostname) return null;
  const host = url.hostname.replace(/\.$/, '');
  if (!host || host.endsWith('.')) return null;
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`;
}

/** The registrable domain of an origin ("portal.therapyappointment.com" → "therapyappointment.com"). */
export function registrableDomain(origin: string): string | null {
  const canonical = canonicalOrigin(origin);
  if (!canonical) return null;
  return getDomain(new URL(canonical).hostname, { allowPrivateDomains: true }) ?? null;
}

/** True when a code for an account with these bindings may be filled on this origin. */
export function bindingAllows(bindings: readonly SiteBinding[], pageOrigin: string): boolean {
  const origin = canonicalOrigin(pageOrigin);
  if (!origin) return false;
  return bindings.some((b) => {
    if (b.kind === 'origin') return canonicalOrigin(b.origin) === origin;
    // A domain rule covers https only: an http page can be tampered with on the way.
    return origin.startsWith('https://') && registrableDomain(origin) === b.domain;
  });
}

/** A site binding read from outside (a backup, another browser), in canonical form, or null. */
export function readBinding(b: unknown): SiteBinding | null {
  const binding = b as SiteBinding;
  if (binding?.kind === 'origin' && typeof binding.origin === 'string' && canonicalOrigin(binding.origin))
    return { kind: 'origin', origin: canonicalOrigin(binding.origin)! };
  if (
    binding?.kind === 'domain' &&
    typeof binding.domain === 'string' &&
    /^[a-z0-9.-]{1,253}$/.test(binding.domain)
  )
    return { kind: 'domain', domain: binding.domain };
  return null;
}
