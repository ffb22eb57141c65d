// CSV for the monthly reports, as Excel and WPS open it: UTF-8 with a byte-order mark (or Chinese comes out garbled),
// CRLF line ends, RFC 4180 quoting. Residents' free text is neutralised so a spreadsheet never runs it as a formula.
export type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
  // OWASP "CSV injection": a leading apostrophe makes the cell text (numbers are ours and never start so).
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
