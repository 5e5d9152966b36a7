import {
  AMBIGUOUS,
  CODE_HINT,
  EXCLUDED,
  EXCLUDED_AUTOCOMPLETE,
  normalize,
  OTHER_UNLESS_CODE,
  STRONG,
  mentions,
} from './words';
import { CODE_INPUT_TYPES } from './visible';

/** Everything that names a field: attributes, its labels, and test ids. */
function describeField(el: HTMLInputElement): string {
  const labels = [...(el.labels ?? [])].map((l) => l.textContent ?? '');
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '');
  const parts = [
    el.id,
    el.name,
    el.placeholder,
    el.getAttribute('aria-label'),
    el.getAttribute('data-testid'),
    el.getAttribute('data-cy'),
    ...labels,
    ...labelledBy,
  ];
  return normalize(parts.filter(Boolean).join(' | '));
}

/**
 * A field with no name of its own (no label, aria-label or placeholder) is read with the text
 * just before it, as a person reads "Enter the code" above a bare box.
 */
function textBeforeIfUnnamed(el: HTMLInputElement): string {
  const named =
    el.labels?.length ||
    el.getAttribute('aria-labelledby') ||
    el.placeholder ||
    el.getAttribute('aria-label');
  return named ? '' : normalize(textBefore(el));
}

/** The nearest text before a field in its container (at most two steps up), a short line's worth. */
function textBefore(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const text = sibling.textContent?.trim();
      if (text) return text.slice(-120);
    }
  }
  return '';
}

export type FieldVerdict = 'code' | 'maybe' | 'no';

/**
 * Tiers of evidence, as the password managers that fill codes use them: strong names decide
 * alone; ambiguous ones need the page's help (see page-kind.ts); exclusions always win.
 */
export function judgeField(el: HTMLInputElement): FieldVerdict {
  if (!CODE_INPUT_TYPES.has(el.type)) return 'no';
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (autocomplete.includes('one-time-code')) return 'code';
  if (EXCLUDED_AUTOCOMPLETE.test(autocomplete)) return 'no';
  if (el.type === 'password' && !/otp|code|pin|token/i.test(`${el.name} ${el.id}`)) return 'no';
  const own = describeField(el);
  // Prose before a bare box ("We sent a code to your phone") names what it is about, not the
  // box: it can say "code" or "ZIP", but its "phone" does not make the box a phone number.
  const text = `${own} | ${textBeforeIfUnnamed(el)}`;
  if (mentions(text, EXCLUDED)) return 'no';
  // "Code sent to your phone", "authentication or backup code": the code phrase wins over
  // the word that usually means a phone number or a backup code.
  if (mentions(text, STRONG)) return 'code';
  if (mentions(own, OTHER_UNLESS_CODE))
    return mentions(own, CODE_HINT) && mentions(own, AMBIGUOUS) ? 'maybe' : 'no';
  if (mentions(text, AMBIGUOUS)) return 'maybe';
  return 'no';
}

/**
 * Looks like it takes a short code: 4–8 characters, a numeric keyboard (inputmode, or
 * type=tel/number as Google and Microsoft use), or a pattern of digits.
 */
export function hasCodeShape(el: HTMLInputElement): boolean {
  const max = el.maxLength;
  if (max >= 4 && max <= 8) return true;
  if (max >= 0 && max < 4) return false;
  if (max > 10) return false;
  if (el.inputMode === 'numeric' || el.type === 'tel' || el.type === 'number') return true;
  return /\[0-9|\\d/.test(el.pattern);
}
