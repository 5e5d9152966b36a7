// Small checks for request bodies: each handler says what shape it accepts, and the router
// refuses anything else before the handler runs.
type Check = (v: unknown) => boolean;

export const isString =
  (max = 100_000): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
export const isInt: Check = (v) => Number.isSafeInteger(v);
export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
export const arrayOf =
  (check: Check, max = 10_000): Check =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(check);

export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isIntIn =
  (min: number, max: number): Check =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Exactly these fields, each passing its check: a field the handler does not know about is
 * refused too, so nothing can ride along into the handler (a counter in a rename, say).
 */
export function shape<T>(fields: Record<string, Check>): (v: unknown) => v is T {
  return (v: unknown): v is T =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).every((k) => Object.hasOwn(fields, k)) &&
    Object.entries(fields).every(([k, check]) => check((v as Record<string, unknown>)[k]));
}

/** A request that carries nothing. */
export const isEmpty = shape<Record<string, never>>({});
