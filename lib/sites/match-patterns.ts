import type { SiteBinding } from './binding';

/** The match patterns (for permissions and content scripts) that cover a binding. */
export function matchPatternsFor(binding: SiteBinding): string[] {
  if (binding.kind === 'domain') return [`https://${binding.domain}/*`, `https://*.${binding.domain}/*`];
  const url = new URL(binding.origin);
  // Match patterns have no port: the origin check in the background still holds the port.
  return [`${url.protocol}//${url.hostname}/*`];
}
