/**
 * A cell as spreadsheets read it: quoted when it holds a comma, quote or line break; and a
 * value that starts like a formula (=, +, -, @, tab) is kept as text, so opening a file in
 * Excel never runs what an account's name says.
 */
function cell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (RFC 4180 line ends), the first row the column names. */
export function csvText(rows: string[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
