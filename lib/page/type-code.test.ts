// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { typeCode } from './type-code';

function inputs(html: string): HTMLInputElement[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll('input')];
}

describe('typing a code', () => {
  it('fills one field and fires the events frameworks listen to', () => {
    const [field] = inputs('<input maxlength="6">');
    const seen: string[] = [];
    for (const t of ['keydown', 'input', 'keyup', 'change']) field!.addEventListener(t, () => seen.push(t));
    expect(typeCode([field!], '123456')).toBe(true);
    expect(field!.value).toBe('123456');
    expect(seen).toEqual(['keydown', 'input', 'keyup', 'change']);
  });

  it('puts one digit in each split box, in order', () => {
    const boxes = inputs('<input maxlength="1">'.repeat(6));
    expect(typeCode(boxes, '987654')).toBe(true);
    expect(boxes.map((b) => b.value)).toEqual(['9', '8', '7', '6', '5', '4']);
  });

  it('refuses rather than cut a code short or fill the wrong number of boxes', () => {
    const [short] = inputs('<input maxlength="6">');
    expect(typeCode([short!], '12345678')).toBe(false);
    expect(short!.value).toBe('');
    expect(typeCode(inputs('<input maxlength="1">'.repeat(4)), '123456')).toBe(false);
  });

  it('reports failure when the page rewrites the value', () => {
    const [field] = inputs('<input>');
    field!.addEventListener('input', () => {
      field!.value = '';
    });
    expect(typeCode([field!], '123456')).toBe(false);
  });
});
