import { RECOVERY_FIELD } from './words';

/** The number a page must show before it is taken for a list of recovery codes. */
export const FEWEST_ON_A_PAGE = 5;

// A code is letters and digits, in groups joined by single spaces or dashes ("1234 5678",
// "a1b2c-3d4e5"): 6 to 40 characters without the joins. Prose ("Save these codes") has words
// of letters only, so a code must hold a digit; the rare all-letter code can be typed with one.
const CODE = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

/** The code as the portal wrote it (joins kept: some portals want the dash), or null. */
export function asRecoveryCode(text: string): string | null {
  const code = text.trim();
  const bare = code.replace(/[ -]/g, '');
  if (!CODE.test(code) || bare.length < 6 || bare.length > 40 || !/\d/.test(bare)) return null;
  return code;
}

/** The shape of a code, "5-5" or "4 4 4": the codes of one list share it. */
export const shapeOf = (code: string) => code.replace(/[A-Za-z0-9]+/g, (g) => String(g.length));

/** Elements whose whole text can be one code, and blocks that hold one code per line. */
const ONE_CODE = 'li, td, code, kbd, span, div, p, samp, dd';
const ONE_PER_LINE = 'pre, textarea';

function texts(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>(ONE_PER_LINE)) {
    const text = el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
    found.push(...text.split(/\r?\n/));
  }
  for (const el of doc.querySelectorAll<HTMLElement>(ONE_CODE)) {
    // Only the innermost box of a code: its parents' text is the same code and more.
    if (el.querySelector(ONE_CODE) || el.closest(ONE_PER_LINE)) continue;
    if (el.closest('form')?.querySelector('input[type="password"]')) continue;
    found.push(el.textContent ?? '');
  }
  return found;
}

/**
 * The recovery codes a setup page shows ("Save these backup codes"): five or more codes of one
 * shape, on a page whose words say they are recovery or backup codes. A page of order numbers
 * or a table of prices is not that: it has no such words, or its values differ in shape.
 */
export function recoveryCodesOnPage(doc: Document): string[] {
  const words = (doc.body?.textContent ?? '').toLowerCase().slice(0, 50_000);
  if (!RECOVERY_FIELD.some((w) => words.includes(w))) return [];
  const byShape = new Map<string, string[]>();
  for (const text of texts(doc)) {
    const code = asRecoveryCode(text);
    if (!code) continue;
    const shape = shapeOf(code);
    const group = byShape.get(shape) ?? [];
    if (!group.includes(code)) group.push(code);
    byShape.set(shape, group);
  }
  const largest = [...byShape.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return largest.length >= FEWEST_ON_A_PAGE && largest.length <= 30 ? largest : [];
}
