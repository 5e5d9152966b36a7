import { hasCodeShape, judgeField } from './code-field';
import { findSplitBoxes } from './split-boxes';
import type { PageKind } from './types';
import { allInputs, isUsableField } from './visible';
import { CHALLENGE_TEXT, ENROLLMENT_TEXT, mentions, PAYMENT_TEXT } from './words';

export interface Detection {
  kind: PageKind;
  /** The field to fill (one box), or the boxes of a split code, in order. */
  fields: HTMLInputElement[];
}

const NONE: Detection = { kind: 'none', fields: [] };

function pageText(doc: Document): string {
  return (doc.body?.innerText ?? doc.body?.textContent ?? '').toLowerCase().slice(0, 20_000);
}

function hasBarcode(doc: Document): boolean {
  return [...doc.querySelectorAll('img, canvas, svg')].some((el) => {
    const r = el.getBoundingClientRect();
    const label = `${el.getAttribute('alt') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.toLowerCase();
    return r.width >= 80 && Math.abs(r.width - r.height) < 8 && (label.includes('qr') || label.includes('barcode') || el.tagName !== 'IMG' || r.width < 600);
  });
}

/** Classifies a page: a 2FA challenge, a 2FA setup (enrollment), a sign-in form, or none. */
export function detectPage(doc: Document): Detection {
  const inputs = allInputs(doc).filter(isUsableField);
  if (inputs.length === 0) return NONE;
  const text = pageText(doc);
  // A card payment's one-time passcode (3-D Secure) is the bank's, not a sign-in step.
  const payment = mentions(text, PAYMENT_TEXT);
  const aboutCodes = mentions(text, CHALLENGE_TEXT);

  let fields: HTMLInputElement[] = [];
  const split = findSplitBoxes(inputs);
  if (split && aboutCodes && !payment) fields = split;
  else {
    const strong = inputs.find((el) => judgeField(el) === 'code');
    const maybe = inputs.find((el) => judgeField(el) === 'maybe' && hasCodeShape(el));
    const field = strong ?? (aboutCodes ? maybe : undefined);
    if (field && !(payment && field.getAttribute('autocomplete') !== 'one-time-code')) fields = [field];
  }
  if (fields.length > 0) {
    const enrolling = mentions(text, ENROLLMENT_TEXT) && hasBarcode(doc);
    return { kind: enrolling ? 'enrollment' : 'challenge', fields };
  }
  if (inputs.some((el) => el.type === 'password')) return { kind: 'sign-in', fields: [] };
  return NONE;
}
