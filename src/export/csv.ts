// RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
// Values are written as they are; numbers are never quoted.
export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvRow = (values: readonly CsvValue[]): string => values.map(csvField).join(',') + '\r\n';

/** A CSV format from a column list: each column is a header and a function of the row. */
export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

export const csvHeader = <T>(columns: readonly CsvColumn<T>[]): string => csvRow(columns.map((c) => c.name));
export const csvLine = <T>(columns: readonly CsvColumn<T>[], row: T): string => csvRow(columns.map((c) => c.value(row)));
