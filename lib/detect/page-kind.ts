import { hasCodeShape, isRecoveryBox, judgeField } from './code-field';
import { codeSourceOf, type CodeSource } from './code-source';
import { findSplitBoxes, splitBoxCandidates } from './split-boxes';
import type { PageKind } from './types';
import { allInputs, CODE_INPUT_TYPES, isUsableField } from './visible';
import { mentions, pageWords } from './words';

export interface Detection {
  kind: PageKind;
  /** The field to fill (one box), or the boxes of a split code, in order. */
  fields: HTMLInputElement[];
  /** A challenge's own words on where its code comes from (read from the text already in hand). */
  codeFrom?: CodeSource | null;
  /**
   * How sure the detector is that `fields` take the code: certain (the site says so:
   * autocomplete=one-time-code, or a name like "verification code"), likely (a code-like name
   * and a code's shape, or a row of code boxes, on a page about codes), unsure (the only field
   * on a page about codes, named just "code"). Unsure never gets the in-page button.
   */
  confidence?: Confidence;
}

export type Confidence = 'certain' | 'likely' | 'unsure';

const NONE: Detection = { kind: 'none', fields: [] };
const SIGN_IN: Detection = { kind: 'sign-in', fields: [] };

function hasBarcode(doc: Document): boolean {
  return [...doc.querySelectorAll('img, canvas, svg')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width >= 80 && Math.abs(r.width - r.height) < 8;
  });
}

/**
 * A setup page in its "can't scan?" mode writes the key out instead of drawing it: sixteen or
 * more base32 letters, often in groups of four, with a digit among them (a heading in capitals
 * has none). Read from the page as written, since lower-casing would hide what base32 is.
 */
const WRITTEN_KEY = /(?:^|[^A-Za-z0-9])((?:[A-Z2-7]{4}[ -]?){4,})(?![A-Za-z0-9])/g;
function showsWrittenKey(doc: Document): boolean {
  const text = (doc.body?.textContent ?? '').slice(0, 20_000);
  return [...text.matchAll(WRITTEN_KEY)].some((m) => /[2-7]/.test(m[1]!));
}

/**
 * The one field a person can type into in its form (or page): on a code step, the code. A
 * recovery-code box beside it ("or, if you lost your phone, a recovery code") is its partner,
 * not a competitor: the code box is filled, the recovery box left to the person.
 */
function isOnlyTextField(el: HTMLInputElement): boolean {
  if (!isUsableField(el)) return false;
  const scope = el.form ?? el.getRootNode();
  const others = [...(scope as ParentNode).querySelectorAll('input, textarea')].filter(
    (other) =>
      other !== el &&
      !(other instanceof HTMLInputElement && isRecoveryBox(other)) &&
      (other instanceof HTMLTextAreaElement ||
        CODE_INPUT_TYPES.has((other as HTMLInputElement).type) ||
        (other as HTMLInputElement).type === 'email') &&
      isUsableField(other as HTMLInputElement),
  );
  return others.length === 0;
}

/**
 * The words a person reads with a field: its dialog, or the part of the page its form sits in
 * (the heading and prose around the form included). Null when it has neither: the page decides.
 */
function textAround(el: Element): string | null {
  const scope =
    el.closest('dialog, [role="dialog"], [role="alertdialog"]') ?? el.closest('form')?.parentElement;
  const doc = el.ownerDocument;
  if (!scope || scope === doc.body || scope === doc.documentElement) return null;
  return (scope.textContent ?? '').toLowerCase().replace(/\s+/g, ' ').slice(0, 5_000);
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
  /** Named like a code field but shaped like any text field (Okta's "answer", labelled "Enter Code"). */
  const loose: HTMLInputElement[] = [];
  let password = false;
  for (const el of inputs) {
    if (el.type === 'password') password ||= isUsableField(el);
    const verdict = judgeField(el);
    if (verdict === 'code') strong.push(el);
    else if (verdict === 'maybe') (hasCodeShape(el) ? maybe : loose).push(el);
  }
  const boxes = splitBoxCandidates(inputs);
  const usableStrong = strong.find(isUsableField);
  const needsText = !usableStrong || boxes.length >= 4;
  let text = '';
  if (usableStrong || maybe.length || loose.length || boxes.length >= 4)
    text = (doc.body?.textContent ?? '').toLowerCase().replace(/\s+/g, ' ').slice(0, 20_000);
  // A card payment's one-time passcode (3-D Secure) is the bank's, not a sign-in step.
  const words = pageWords(doc.documentElement?.lang ?? '');
  const payment = mentions(text, words.payment);
  const aboutCodes = needsText && mentions(text, words.challenge);

  // A field without a code-like name needs words about a code where a person reads them with it.
  const aboutCodesAround = (el: Element) => {
    if (!aboutCodes) return false;
    const around = textAround(el);
    return around === null || mentions(around, words.challenge);
  };

  let fields: HTMLInputElement[] = [];
  let confidence: Confidence = 'likely';
  const split = boxes.length >= 4 && aboutCodes && !payment ? findSplitBoxes(boxes) : null;
  if (split && aboutCodesAround(split[0]!)) fields = split;
  else {
    const likely = maybe.find((el) => isUsableField(el) && aboutCodesAround(el));
    const unsure = likely ? undefined : loose.find((el) => isOnlyTextField(el) && aboutCodesAround(el));
    const field = usableStrong ?? likely ?? unsure;
    confidence = usableStrong ? 'certain' : likely ? 'likely' : 'unsure';
    if (field && !(payment && field.getAttribute('autocomplete') !== 'one-time-code')) fields = [field];
  }
  if (fields.length > 0) {
    // Setting up an app (its barcode, or its key written out) outweighs a field that looks like
    // a code step: the code typed there confirms the new app, for the account just being added.
    const enrolling = mentions(text, words.enrollment) && (hasBarcode(doc) || showsWrittenKey(doc));
    if (enrolling) return { kind: 'enrollment', fields };
    // A page that manages two-factor (on, off, change the phone) talks about codes without
    // asking for one: only a field that says itself it takes the code is a code step there
    // (setting up a new app there, with its barcode, is an enrollment all the same).
    if (confidence === 'certain' || !mentions(text, words.management))
      return { kind: 'challenge', fields, codeFrom: codeSourceOf(text), confidence };
  }
  if (password) return SIGN_IN;
  return NONE;
}
