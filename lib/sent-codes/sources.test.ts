import { describe, expect, it } from 'vitest';
import { CODE_SOURCES, isSourcePage } from './sources';

const source = (id: string) => CODE_SOURCES.find((s) => s.id === id)!;

describe('isSourcePage', () => {
  it('a source tab still on its own site is read', () => {
    expect(isSourcePage(source('gmail'), 'https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(isSourcePage(source('outlook'), 'https://outlook.live.com/mail/0/')).toBe(true);
  });

  it('a tab that left for another site, or a look-alike address, is not', () => {
    expect(isSourcePage(source('gmail'), 'https://app.practicepanther.com/')).toBe(false);
    expect(isSourcePage(source('gmail'), 'https://mail.google.com.evil.test/')).toBe(false);
    expect(isSourcePage(source('gmail'), 'http://mail.google.com/')).toBe(false);
    expect(isSourcePage(source('google-messages'), undefined)).toBe(false);
    expect(isSourcePage(source('google-messages'), 'not a url')).toBe(false);
  });
});
