/** "123456" → "123 456", "12345678" → "1234 5678": easier to read and type. */
export function groupDigits(code: string): string {
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

const englishPlural = new Intl.PluralRules('en');

/** "1 account", "2 accounts": whole words, never "account(s)". */
export function accounts(n: number): string {
  return `${n} ${englishPlural.select(n) === 'one' ? 'account' : 'accounts'}`;
}
