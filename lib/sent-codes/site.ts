import type { Delivery } from '@/lib/portals';
import { registrableDomain } from '@/lib/sites/binding';

/** Who sends a code step's messages: a portal, or another site the person bound an account to. */
export interface CodeSender {
  /** The name shown beside the code ("from Gmail (PracticePanther, 10:42)"), also looked for in the message. */
  name: string;
  deliveries: readonly Delivery[];
  codeLength: { min: number; max: number };
  /** Other names and addresses its messages come from or mention. */
  messageSenders?: readonly string[];
}

/**
 * The generic rule for a site that is not a portal we know: its messages are unknown, so they
 * must name the site itself (its address, "acmebank.com", in the sender or the text, or its
 * name, "acmebank", when that is long enough not to hide inside ordinary words), carry one
 * code of 6 to 8 digits (4-digit numbers are years and PINs too often), and arrive after the
 * step appeared, like every portal's.
 */
export function siteAsSender(origin: string): CodeSender | null {
  const domain = registrableDomain(origin);
  if (!domain) return null;
  const name = domain.split('.')[0]!;
  return {
    name: domain,
    deliveries: ['email', 'sms'],
    codeLength: { min: 6, max: 8 },
    messageSenders: name.replace(/[^a-z0-9]/g, '').length >= 5 ? [name] : [],
  };
}
