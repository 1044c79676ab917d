// RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
// Numbers are never quoted. Text is written as it is, except that text a spreadsheet would run as a formula
// (starting with = + - @, a tab or a CR: OWASP "CSV injection") gets a leading apostrophe, since titles,
// sources and names come from the news and from API users, and these files are opened in spreadsheets.
export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: readonly CsvValue[]): string => values.map(csvField).join(',') + '\r\n';

/** A CSV format from a column list: each column is a header and a function of the row. */
export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

export const csvHeader = <T>(columns: readonly CsvColumn<T>[]): string => csvRow(columns.map((c) => c.name));
export const csvLine = <T>(columns: readonly CsvColumn<T>[], row: T): string => csvRow(columns.map((c) => c.value(row)));
