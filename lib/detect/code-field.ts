import {
  AMBIGUOUS,
  CAPTCHA,
  CODE_HINT,
  EXCLUDED,
  EXCLUDED_AUTOCOMPLETE,
  normalize,
  OTHER_UNLESS_CODE,
  RECOVERY_FIELD,
  STRONG,
  mentions,
} from './words';
import { CODE_INPUT_TYPES } from './visible';

/**
 * What a person reads on a field: its placeholder, accessible name and labels. Built without
 * throwaway arrays: it is read for every field of every page.
 */
function spokenName(el: HTMLInputElement): string {
  let text = el.placeholder;
  const add = (part: string | null | undefined) => {
    if (part) text = text ? `${text} | ${part}` : part;
  };
  add(el.getAttribute('aria-label'));
  for (const label of el.labels ?? []) add(label.textContent);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy)
    for (const id of labelledBy.split(/\s+/)) if (id) add(el.ownerDocument.getElementById(id)?.textContent);
  return normalize(text);
}

/**
 * What the site's developers named a field: id, name and test ids. A form framework's model
 * prefix is not the field's name: Rails' `user[otp_attempt]` is the user's `otp_attempt`, and
 * its "user" says nothing about the box.
 */
function codedName(el: HTMLInputElement): string {
  const model = /^([^[\]]+)\[[^\]]+\]$/.exec(el.name)?.[1];
  const name = /\[([^\][]+)\]$/.exec(el.name)?.[1] ?? el.name;
  // Rails names the box's id after both: `user_otp_attempt`.
  const id = model && el.id.startsWith(`${model}_`) ? el.id.slice(model.length + 1) : el.id;
  const parts = [id, name, el.getAttribute('data-testid'), el.getAttribute('data-cy')];
  return normalize(parts.filter(Boolean).join(' | '));
}

/** Everything that names a field: what a person reads on it and what its developers called it. */
export function describeField(el: HTMLInputElement): string {
  return `${codedName(el)} | ${spokenName(el)}`;
}

/** Whether a field is the recovery (backup) code box that sits beside a code box. */
export function isRecoveryBox(el: HTMLInputElement): boolean {
  return mentions(describeField(el), RECOVERY_FIELD);
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

/**
 * The words of a field's own row (its label, the image and the line of help beside it), up to
 * a few hundred characters: where a captcha says what it is ("Enter the code exactly as it
 * appears"), while a sign-in page's footer ("protected by reCAPTCHA") is too far to count.
 */
function rowText(el: Element): string {
  let row = '';
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const text = node.textContent ?? '';
    if (text.length > 400) break;
    row = text;
  }
  return row.toLowerCase().replace(/\s+/g, ' ');
}

export type FieldVerdict = 'code' | 'maybe' | 'no';

/**
 * Tiers of evidence, as the password managers that fill codes use them, in the order a person
 * would weigh them. What the person reads on the field (label, placeholder) comes first: "ZIP
 * code" there refuses, "Two-factor code" there decides. Then what the developers named it
 * (`otp_attempt`, `couponCode`). Then words that usually mean something else (phone, backup),
 * unless the field's own name also says it takes the sign-in code. Last, the line just above a
 * bare box: it tells what the box is about ("We sent a code to your phone", "ZIP"), so it can
 * refuse a box or make it a candidate, never decide alone (a settings page's "Two-factor
 * authentication: on, text messages to •••• 1234" above an unrelated box). A captcha's row
 * ("Confirmation code", an image, "enter the code exactly as it appears") refuses a field that
 * is not itself named a sign-in code: the site's own name for the field still wins. Candidates need the
 * page's help (see page-kind.ts).
 */
export function judgeField(el: HTMLInputElement): FieldVerdict {
  if (!CODE_INPUT_TYPES.has(el.type)) return 'no';
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (autocomplete.includes('one-time-code')) return 'code';
  if (EXCLUDED_AUTOCOMPLETE.test(autocomplete)) return 'no';
  if (el.type === 'password' && !/otp|code|pin|token/i.test(`${el.name} ${el.id}`)) return 'no';
  const spoken = spokenName(el);
  if (mentions(spoken, EXCLUDED)) return 'no';
  // "Code sent to your phone", "authentication or backup code": the code phrase wins over
  // the word that usually means a phone number or a backup code.
  if (mentions(spoken, STRONG)) return 'code';
  const coded = codedName(el);
  if (mentions(coded, EXCLUDED)) return 'no';
  if (mentions(coded, STRONG)) return 'code';
  const own = `${coded} | ${spoken}`;
  if (mentions(own, OTHER_UNLESS_CODE))
    return mentions(own, CODE_HINT) && mentions(own, AMBIGUOUS) ? 'maybe' : 'no';
  const named = mentions(own, AMBIGUOUS);
  const before = named ? '' : textBeforeIfUnnamed(el);
  if (mentions(before, EXCLUDED)) return 'no';
  if (!named && !mentions(before, STRONG) && !mentions(before, AMBIGUOUS)) return 'no';
  // Only a candidate not named a sign-in code gets here: its row saying "captcha" refuses it.
  // Read last, and only for candidates: it walks up the page, and this runs on every field.
  return mentions(rowText(el), CAPTCHA) ? 'no' : 'maybe';
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
