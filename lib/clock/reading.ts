/** One look at a server's clock: how far it was ahead of this computer's (ms), and whose it was. */
export interface ClockReading {
  host: string;
  /** Positive: the server's clock is ahead, so this computer's is slow. */
  aheadMs: number;
  /** When it was read, by this computer's clock. */
  at: number;
}

// HTTP's one date format for new responses (RFC 9110 "IMF-fixdate"), always in English and
// GMT: it is read without guessing a language. The two obsolete forms are not used.
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Farther apart than this, a Date header is a server's mistake (or a replayed copy), not a clock to follow. */
export const FARTHEST_MS = 86_400_000;

interface Header {
  name: string;
  value?: string;
}

const headerValue = (headers: Header[], name: string) =>
  headers.find((h) => h.name.toLowerCase() === name)?.value?.trim();

/**
 * What a response's `Date` header says of this computer's clock, or null when it says nothing
 * usable (missing, another format). One beyond sense is returned, to be set aside (beyondSense). The header is whole seconds, cut down: the server's
 * time was somewhere in the second after it, so the middle of that second is taken. A cached
 * copy is older than its Date by its `Age`. The time the response took to arrive is not known
 * and is left in (well under a second on a working connection).
 */
export function readingFrom(host: string, headers: Header[], receivedAt: number): ClockReading | null {
  const date = headerValue(headers, 'date');
  if (!date || !HTTP_DATE.test(date)) return null;
  const sent = Date.parse(date);
  if (Number.isNaN(sent)) return null;
  const age = Number(headerValue(headers, 'age') ?? 0);
  const aged = Number.isInteger(age) && age >= 0 && age < FARTHEST_MS / 1000 ? age * 1000 : 0;
  return { host, aheadMs: sent + 500 + aged - receivedAt, at: receivedAt };
}

/** A reading too far off to be a clock to follow: a server's mistake, or a copy replayed from long ago. */
export const beyondSense = (reading: ClockReading) => Math.abs(reading.aheadMs) > FARTHEST_MS;
