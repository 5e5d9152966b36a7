/** "123456" → "123 456", "12345678" → "1234 5678": easier to read and type. */
export function groupDigits(code: string): string {
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}
