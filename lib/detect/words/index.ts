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
export const CHALLENGE_TEXT = all('challenge');
export const PAYMENT_TEXT = all('payment');
export const ENROLLMENT_TEXT = all('enrollment');

/** Autocomplete tokens that mark a field as something else. */
export const EXCLUDED_AUTOCOMPLETE =
  /\b(cc-|postal-code|tel|address|email|username|name|street|country|bday|new-password|current-password)/;

export function normalize(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2') // totpPin → totp Pin, before lower case hides it
    .toLowerCase()
    .replace(/[_\-.[\]$]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const mentions = (haystack: string, words: readonly string[]) =>
  words.some((w) => haystack.includes(w));
