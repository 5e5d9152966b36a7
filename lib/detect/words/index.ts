import { chineseJapaneseKorean } from './cjk';
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import type { Vocabulary } from './types';

// The vocabulary of every language the detector reads, in one list per kind. A new language is
// a new file beside these and one entry below (its words are tested in page-kind.test.ts).
const LANGUAGES: Vocabulary[] = [english, spanish, french, german, chineseJapaneseKorean];
const all = (kind: keyof Vocabulary) => [...new Set(LANGUAGES.flatMap((language) => language[kind]))];

export const STRONG = all('codeField');
export const AMBIGUOUS = all('maybeCodeField');
export const EXCLUDED = all('neverCode');
export const OTHER_UNLESS_CODE = all('otherUnlessCode');
export const CODE_HINT = all('codeHint');
export const RECOVERY_FIELD = all('recoveryField');
export const CAPTCHA = all('captcha');
export const CODE_REFUSED = all('codeRefused');

export interface PageWords {
  challenge: string[];
  payment: string[];
  enrollment: string[];
  management: string[];
}
const pageWordsFor = (languages: Vocabulary[]): PageWords => ({
  challenge: [...new Set(languages.flatMap((l) => l.challenge))],
  payment: [...new Set(languages.flatMap((l) => l.payment))],
  enrollment: [...new Set(languages.flatMap((l) => l.enrollment))],
  management: [...new Set(languages.flatMap((l) => l.management))],
});
const EVERY_LANGUAGE = pageWordsFor(LANGUAGES);
const byLanguage = new Map<string, PageWords>();

/**
 * The words read in a page's prose: those of the language the page declares (lang="es"), and
 * English, which sites mix in ("authenticator"); every language's when it declares none we
 * know. A Spanish "Código de conducta" in an English page's footer says nothing about a code.
 */
export function pageWords(lang: string): PageWords {
  const prefix = lang.toLowerCase().split('-')[0] ?? '';
  const own = LANGUAGES.find((l) => l.languages.includes(prefix));
  if (!own) return EVERY_LANGUAGE;
  if (!byLanguage.has(prefix)) byLanguage.set(prefix, pageWordsFor([...new Set([own, english])]));
  return byLanguage.get(prefix)!;
}

/** Autocomplete tokens that mark a field as something else. */
export const EXCLUDED_AUTOCOMPLETE =
  /\b(cc-|postal-code|tel|address|email|username|name|street|country|bday|new-password|current-password)/;

export function normalize(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2') // totpPin → totp Pin, before lower case hides it
    .toLowerCase()
    .replace(/[_\-.[\]$\s]+/g, ' ')
    .trim();
}

const patterns = new WeakMap<readonly string[], RegExp>();
const literally = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the text holds any of the words. Each word list becomes one pattern, made once: a
 * page of a thousand fields asks this of each a few times, and a loop of `includes` over a
 * hundred words was most of the detector's time (measured in `npm run bench`).
 */
export function mentions(haystack: string, words: readonly string[]): boolean {
  let pattern = patterns.get(words);
  if (!pattern) {
    pattern = new RegExp(words.map(literally).join('|') || '(?!)');
    patterns.set(words, pattern);
  }
  return pattern.test(haystack);
}
