import { describe, expect, it } from 'vitest';
import { colorAlpha, contains, filterEffect, grow, parseShadows } from './css-values';

describe('reading computed CSS values', () => {
  it.each([
    ['transparent', 0],
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(255, 255, 255, 0.4)', 0.4],
    ['rgb(255, 255, 255)', 1],
    ['color(srgb 1 1 1 / 0.25)', 0.25],
    ['oklch(0.5 0.1 20 / 50%)', 0.5],
  ])('the alpha of %s is %s', (color, alpha) => {
    expect(colorAlpha(color)).toBeCloseTo(alpha);
  });

  it('multiplies the opacity() of a filter list and finds its blur', () => {
    expect(filterEffect('none')).toEqual({ opacity: 1, blurPx: 0, dimmed: false });
    expect(filterEffect('opacity(0.5) opacity(50%)').opacity).toBeCloseTo(0.25);
    expect(filterEffect('blur(6px) drop-shadow(rgb(0, 0, 0) 2px 2px 4px)').blurPx).toBe(6);
    expect(filterEffect('brightness(0.1)').dimmed).toBe(true);
    expect(filterEffect('url("#melt")').dimmed).toBe(true);
    expect(filterEffect('grayscale(1)').dimmed).toBe(false);
  });

  it('parses shadow lists, colours with commas inside them included', () => {
    expect(parseShadows('none')).toEqual([]);
    expect(
      parseShadows('rgb(255, 255, 255) 0px 0px 0px 9999px, rgba(0, 0, 0, 0.2) 0px 2px 8px 0px inset'),
    ).toEqual([
      { alpha: 1, x: 0, y: 0, blur: 0, spread: 9999, inset: false },
      { alpha: 0.2, x: 0, y: 2, blur: 8, spread: 0, inset: true },
    ]);
    expect(parseShadows('rgb(0, 0, 0) -300px 40px 0px')[0]).toMatchObject({
      x: -300,
      y: 40,
      blur: 0,
      spread: 0,
    });
  });

  it('grows boxes and tells what they contain', () => {
    const box = grow({ left: 10, top: 10, right: 20, bottom: 20 }, 5);
    expect(box).toEqual({ left: 5, top: 5, right: 25, bottom: 25 });
    expect(contains(box, 5, 24.9)).toBe(true);
    expect(contains(box, 25, 10)).toBe(false);
  });
});
