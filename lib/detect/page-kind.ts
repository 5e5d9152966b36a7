import { hasCodeShape, judgeField } from './code-field';
import { codeSourceOf, type CodeSource } from './code-source';
import { findSplitBoxes } from './split-boxes';
import type { PageKind } from './types';
import { allInputs, isUsableField } from './visible';
import { CHALLENGE_TEXT, ENROLLMENT_TEXT, mentions, PAYMENT_TEXT } from './words';

export interface Detection {
  kind: PageKind;
  /** The field to fill (one box), or the boxes of a split code, in order. */
  fields: HTMLInputElement[];
  /** A challenge's own words on where its code comes from (read from the text already in hand). */
  codeFrom?: CodeSource | null;
}

const NONE: Detection = { kind: 'none', fields: [] };

function hasBarcode(doc: Document): boolean {
  return [...doc.querySelectorAll('img, canvas, svg')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width >= 80 && Math.abs(r.width - r.height) < 8;
  });
}

/**
 * Classifies a page: a 2FA challenge, a 2FA setup (enrollment), a sign-in form, or none.
 * Cheap attribute checks first; layout (visibility) and page text only for the few candidates,
 * since this runs on every page of a portal (measured in `npm run bench`).
 */
export function detectPage(doc: Document): Detection {
  const inputs = allInputs(doc);
  const strong: HTMLInputElement[] = [];
  const maybe: HTMLInputElement[] = [];
  const singles: HTMLInputElement[] = [];
  let password = false;
  for (const el of inputs) {
    if (el.maxLength === 1) singles.push(el);
    if (el.type === 'password') password ||= isUsableField(el);
    const verdict = judgeField(el);
    if (verdict === 'code') strong.push(el);
    else if (verdict === 'maybe' && hasCodeShape(el)) maybe.push(el);
  }
  const usableStrong = strong.find(isUsableField);
  const needsText = !usableStrong || singles.length >= 4;
  let text = '';
  if (usableStrong || maybe.length || singles.length >= 4)
    text = (doc.body?.textContent ?? '').toLowerCase().replace(/\s+/g, ' ').slice(0, 20_000);
  // A card payment's one-time passcode (3-D Secure) is the bank's, not a sign-in step.
  const payment = mentions(text, PAYMENT_TEXT);
  const aboutCodes = needsText && mentions(text, CHALLENGE_TEXT);

  let fields: HTMLInputElement[] = [];
  const split = singles.length >= 4 && aboutCodes && !payment ? findSplitBoxes(singles) : null;
  if (split) fields = split;
  else {
    const field = usableStrong ?? (aboutCodes ? maybe.find(isUsableField) : undefined);
    if (field && !(payment && field.getAttribute('autocomplete') !== 'one-time-code')) fields = [field];
  }
  if (fields.length > 0) {
    const enrolling = mentions(text, ENROLLMENT_TEXT) && hasBarcode(doc);
    return enrolling
      ? { kind: 'enrollment', fields }
      : { kind: 'challenge', fields, codeFrom: codeSourceOf(text) };
  }
  if (password) return { kind: 'sign-in', fields: [] };
  return NONE;
}
