import type { SiteBinding } from '@/lib/sites/binding';

/** "123456" → "123 456", "12345678" → "1234 5678": easier to read and type. */
export function groupDigits(code: string): string {
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

/** The sites an account fills on, as a person reads them ("intakeq.com, *.mycase.com"). */
export function siteNames(bindings: SiteBinding[]): string {
  return bindings
    .map((b) => (b.kind === 'origin' ? b.origin.replace(/^https:\/\//, '') : `*.${b.domain}`))
    .join(', ');
}
