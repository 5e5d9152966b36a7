import { RECOVERY_FIELD } from './words';

/** The number a page must show before it is taken for a list of recovery codes. */
export const FEWEST_ON_A_PAGE = 5;

// A code is letters and digits, in groups joined by single spaces or dashes ("1234 5678",
// "a1b2c-3d4e5"): 6 to 40 characters without the joins. Prose ("Save these codes") has words
// of letters only, so a code standing alone must hold a digit. In a list, one of letters only
// is taken when codes with digits of its shape stand beside it: portals built on Laravel and
// ASP.NET draw codes at random from letters and digits, and about one list in five has a code
// that happens to have no digit.
const CODE = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

/** Text that has the form of a code, digit or not (as written: joins kept), or null. */
export function asCodeLike(text: string): string | null {
  const code = text.trim();
  const bare = code.replace(/[ -]/g, '');
  return CODE.test(code) && bare.length >= 6 && bare.length <= 40 ? code : null;
}

/** The code as the portal wrote it (joins kept: some portals want the dash), or null. */
export function asRecoveryCode(text: string): string | null {
  const code = asCodeLike(text);
  return code && /\d/.test(code) ? code : null;
}

/** The shape of a code, "5-5" or "4 4 4": the codes of one list share it. */
export const shapeOf = (code: string) => code.replace(/[A-Za-z0-9]+/g, (g) => String(g.length));

/** Elements whose whole text can be one code, and blocks that hold one code per line. */
const ONE_CODE = 'li, td, code, kbd, span, div, p, samp, dd';
const ONE_PER_LINE = 'pre, textarea';

/** A text that may be a code, and the box it stands in (its list, its block of lines). */
interface Found {
  text: string;
  box: Element | null;
}

function texts(doc: Document): Found[] {
  const found: Found[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>(ONE_PER_LINE)) {
    const text = el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
    found.push(...text.split(/\r?\n/).map((line) => ({ text: line, box: el })));
  }
  for (const el of doc.querySelectorAll<HTMLElement>(ONE_CODE)) {
    // Only the innermost box of a code: its parents' text is the same code and more.
    if (el.querySelector(ONE_CODE) || el.closest(ONE_PER_LINE)) continue;
    if (el.closest('form')?.querySelector('input[type="password"]')) continue;
    found.push({ text: el.textContent ?? '', box: el.parentElement });
  }
  return found;
}

/** Boxes beside a code: its own, and the one around it (a list's items, a table's rows). */
const around = (box: Element | null) => [box, box?.parentElement ?? null].filter((b) => b !== null);

/**
 * The recovery codes a setup page shows ("Save these backup codes"): five or more codes of one
 * shape, on a page whose words say they are recovery or backup codes. A page of order numbers
 * or a table of prices is not that: it has no such words, or its values differ in shape.
 */
export function recoveryCodesOnPage(doc: Document): string[] {
  const words = (doc.body?.textContent ?? '').toLowerCase().slice(0, 50_000);
  if (!RECOVERY_FIELD.some((w) => words.includes(w))) return [];
  const byShape = new Map<string, Found[]>();
  for (const found of texts(doc)) {
    const code = asCodeLike(found.text);
    if (!code) continue;
    const shape = shapeOf(code);
    const group = byShape.get(shape) ?? [];
    group.push({ text: code, box: found.box });
    byShape.set(shape, group);
  }
  let largest: string[] = [];
  for (const group of byShape.values()) {
    const hasDigit = (f: Found) => /\d/.test(f.text);
    const boxes = new Set(group.filter(hasDigit).flatMap((f) => around(f.box)));
    if (boxes.size === 0) continue; // words of letters only: no list of codes here
    const list = group.filter((f) => hasDigit(f) || around(f.box).some((b) => boxes.has(b)));
    const codes = [...new Set(list.map((f) => f.text))];
    if (codes.length > largest.length) largest = codes;
  }
  return largest.length >= FEWEST_ON_A_PAGE && largest.length <= 30 ? largest : [];
}
