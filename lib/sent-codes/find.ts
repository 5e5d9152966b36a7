// Finding the one-time code in a message's visible text. Plain functions on strings: the
// background decides with them, the page never sees them.

/** Words that, near a number, say it is a code (the languages the page detector reads). */
const CODE_WORDS =
  /\b(code|codes|passcode|pin|otp|verification|verify|one-time|security|login|sign-in)\b|código|codigo|clave|contraseña|vérification|bestätigungscode|sicherheitscode|인증번호|인증|验证码|認証|コード/i;

/** Just before a number, these make it something else: money, an order, an address, a phone. */
const NOT_A_CODE_BEFORE =
  /([$€£#]|\b(order|pedido|invoice|factura|ref|reference|tracking|case|ticket|account|acct|ending in|ends in|zip|suite|apt|ste|unit|room|call|phone|tel|fax|box|no\.|nº|ext)\b[^\d]{0,4})\s*$/i;
/** Just after a number: a time, a date, a decimal, money, a percentage, a street. */
const NOT_A_CODE_AFTER =
  /^\s*([:/.,]\d|%|(am|pm|a\.m\.|p\.m\.|usd|eur|dollars|min|minutes|hours|days|st\b|nd\b|rd\b|th\b|street|st\.|ave|avenue|road|rd\.))/i;
const MONTHS =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]*\.?\s*$/i;

/** Text as the page shows it: entities decoded, every kind of space a space. */
export function plainText(text: string): string {
  return text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/[\u00a0\u2007\u2009\u202f\u200b]/g, ' ')
    .replace(/\bG-(?=\d)/g, 'G '); // Google's "G-482913"
}

/**
 * Every distinct code of the allowed length in the text, next to words that mean a code:
 * "482913", "482 913", "482-913" (equal groups only: 555-1234 is a phone number).
 */
export function codesIn(raw: string, length: { min: number; max: number }): string[] {
  const text = plainText(raw);
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\d\w.,:/+-])\d+(?:[ -]\d+)*(?![\d\w])/g)) {
    const run = match[0];
    const groups = run.split(/[ -]/);
    // Digits split for reading are split evenly (482 913, 4829-1373); anything else is two numbers.
    if (groups.length > 1 && (groups.some((g) => g.length !== groups[0]!.length) || groups[0]!.length < 2))
      continue;
    const code = groups.join('');
    if (code.length < length.min || code.length > length.max) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const after = text.slice(match.index + run.length, match.index + run.length + 12);
    if (NOT_A_CODE_BEFORE.test(before) || NOT_A_CODE_AFTER.test(after)) continue;
    if (code.length === 4 && /^(19|20)\d\d$/.test(code) && (MONTHS.test(before) || /,\s*$/.test(before)))
      continue; // a year
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) continue; // an area code
    const near = text.slice(Math.max(0, match.index - 80), match.index + run.length + 40);
    if (!CODE_WORDS.test(near)) continue;
    found.add(code);
  }
  return [...found];
}
