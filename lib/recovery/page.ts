import { RECOVERY_FIELD } from '@/lib/detect/words';
import { asRecoveryCode, FEWEST_ON_A_PAGE, shapeOf } from './codes';

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
