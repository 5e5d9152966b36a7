// Fill like a person types, so React, AngularJS (PracticeQ) and Vue all see the value:
// the element's native setter, then the events a keyboard would fire.
const nativeSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

function typeInto(el: HTMLInputElement, text: string): void {
  el.focus();
  for (const type of ['keydown', 'keypress'] as const)
    el.dispatchEvent(new KeyboardEvent(type, { key: text.slice(-1), bubbles: true }));
  nativeSetter.call(el, text);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
  el.dispatchEvent(new KeyboardEvent('keyup', { key: text.slice(-1), bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Types a code into one field, or one digit per box for split codes, then reads the values
 * back: true only if what the page now holds is the code.
 */
export function typeCode(fields: HTMLInputElement[], code: string): boolean {
  if (fields.length === 0) return false;
  if (fields.length === 1) {
    const field = fields[0]!;
    const max = field.maxLength > 0 ? field.maxLength : code.length;
    if (max < code.length) return false; // never cut a code short: the site would reject it
    typeInto(field, code);
    field.blur();
    return field.value === code;
  }
  if (fields.length !== code.length) return false;
  fields.forEach((box, i) => typeInto(box, code[i]!));
  fields.at(-1)!.blur();
  return fields.map((box) => box.value).join('') === code;
}
