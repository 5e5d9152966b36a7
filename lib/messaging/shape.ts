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

export function shape<T>(fields: Record<string, Check>): (v: unknown) => v is T {
  return (v: unknown): v is T =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(fields).every(([k, check]) => check((v as Record<string, unknown>)[k]));
}
