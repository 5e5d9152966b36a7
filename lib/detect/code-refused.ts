import { isUsableField } from './visible';
import { CODE_REFUSED, mentions, normalize } from './words';

// Where sites put "that code is not right": an alert or live region, or an element styled as an
// error (ASP.NET's validation summary, Devise's flash alert, Laravel's invalid-feedback, ...).
const MESSAGES =
  '[role="alert"], [aria-live="assertive"], [aria-live="polite"], .error, .errors, .alert, .alert-danger, ' +
  '.invalid-feedback, .validation-summary-errors, .field-validation-error, .flash-error, [class*="error" i]';

function shown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/**
 * Whether a code step says the code just typed was not accepted: a code field the page marks
 * invalid, or a short error message on the page in the words of a refused code. Read only right
 * after a code was filled there (the background decides that), never to decide what a page is.
 */
export function codeRefusedOnPage(doc: Document, codeFields: HTMLInputElement[]): boolean {
  if (codeFields.some((f) => f.getAttribute('aria-invalid') === 'true' && isUsableField(f))) return true;
  for (const el of [...doc.querySelectorAll(MESSAGES)].slice(0, 50)) {
    const text = normalize(el.textContent ?? '');
    if (text && text.length < 200 && shown(el) && mentions(text, CODE_REFUSED)) return true;
  }
  return false;
}
