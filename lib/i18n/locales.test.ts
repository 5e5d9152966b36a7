import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeMessages } from '../../tests/i18n';

const shipped = readdirSync(resolve(import.meta.dirname, '../../locales')).map((f) =>
  f.replace(/\.yml$/, ''),
);
const english = localeMessages('en');
const substitutions = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();
const forms = (message: string) => message.split(' | ').length;

describe('shipped languages', () => {
  it('are English and Spanish at least', () => {
    expect(shipped).toEqual(expect.arrayContaining(['en', 'es']));
  });

  describe.each(shipped.filter((lang) => lang !== 'en'))('%s', (lang) => {
    const messages = localeMessages(lang);

    it('has every message English has, and none English lacks', () => {
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
    });

    it('keeps every message’s blanks ($1…) and plural forms', () => {
      const differing = Object.keys(english).filter(
        (key) =>
          key in messages &&
          (substitutions(english[key]?.message ?? '').join() !==
            substitutions(messages[key]?.message ?? '').join() ||
            forms(english[key]?.message ?? '') !== forms(messages[key]?.message ?? '')),
      );
      expect(differing).toEqual([]);
    });

    it('has no message left empty', () => {
      expect(Object.keys(messages).filter((key) => (messages[key]?.message ?? '').trim() === '')).toEqual([]);
    });
  });
});
