import { describe, expect, it } from 'vitest';
import { styleChanged } from './clickjacking';
import { liesAboutPointer } from './press-watch';

describe('our button against the snapshot taken when we drew it', () => {
  const drawn = new Map([
    ['opacity', '1'],
    ['outline-style', 'none'],
    ['left', '10px'],
    ['-webkit-text-fill-color', 'rgb(255, 255, 255)'],
  ]);

  it('names the first property that differs, whichever it is', () => {
    expect(styleChanged(drawn, new Map(drawn), null)).toBeNull();
    expect(
      styleChanged(drawn, new Map([...drawn, ['-webkit-text-fill-color', 'rgba(0, 0, 0, 0)']]), null),
    ).toBe('-webkit-text-fill-color');
    // A property the browser stopped reporting counts as changed too.
    const fewer = new Map(drawn);
    fewer.delete('opacity');
    expect(styleChanged(drawn, fewer, null)).toBe('opacity');
  });

  it('leaves out only what we change ourselves (where we place it, our focus ring)', () => {
    expect(styleChanged(drawn, new Map([...drawn, ['left', '300px']]), /^left$/)).toBeNull();
    expect(styleChanged(drawn, new Map([...drawn, ['outline-style', 'solid']]), /^outline/)).toBeNull();
    expect(styleChanged(drawn, new Map([...drawn, ['outline-style', 'solid']]), /^left$/)).toBe(
      'outline-style',
    );
  });
});

describe('a pointer the page lies about', () => {
  it.each([
    ['none', true],
    ['url("data:image/png;base64,AAAA") 60 4, auto', true],
    ['auto', false],
    ['pointer', false],
    ['text', false],
  ])('cursor %s → %s', (cursor, lies) => {
    expect(liesAboutPointer(cursor)).toBe(lies);
  });
});
