import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIntIn, isString, optional, shape } from './shape';

describe('request shapes', () => {
  const rename = shape({ id: isString(64), account: optional(isString(256)) });

  it('accepts exactly the declared fields', () => {
    expect(rename({ id: 'a', account: 'front desk' })).toBe(true);
    expect(rename({ id: 'a' })).toBe(true);
  });

  it('refuses a field riding along (a counter slipped into a rename) and wrong types', () => {
    expect(rename({ id: 'a', counter: 99 })).toBe(false);
    expect(rename({ id: 'a', account: 5 })).toBe(false);
    expect(rename({ id: 'a', __proto__: { counter: 1 } })).toBe(true); // the prototype is not a field
    expect(rename(JSON.parse('{"id":"a","__proto__":{"x":1}}'))).toBe(false);
    expect(rename(['a'])).toBe(false);
    expect(rename(null)).toBe(false);
  });

  it('ranges are whole numbers within bounds', () => {
    const minutes = isIntIn(1, 1440);
    expect([0, 1, 1440, 1441, 1.5, NaN, '5'].map(minutes)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('never throws on anything', () => {
    fc.assert(fc.property(fc.anything(), (v) => typeof rename(v) === 'boolean'));
  });
});
