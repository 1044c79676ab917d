// Export formats. Each is a header, one chunk per incident and a footer, so an export streams page by page
// from the store (Store.incidents) to a file or stdout whatever the ledger's size.
import type { LedgerIncident } from '../store/types.js';
import { ACLED_COLUMNS } from './acled.js';
import { csvHeader, csvLine } from './csv.js';
import { incidentFeature } from './geojson.js';
import { UCDP_COLUMNS } from './ucdp.js';

export interface ExportFormat {
  mediaType: string;
  begin: () => string;
  item: (incident: LedgerIncident, index: number) => string;
  end: (count: number) => string;
}

export const EXPORT_FORMATS = {
  'acled-csv': {
    mediaType: 'text/csv; charset=utf-8; header=present',
    begin: () => csvHeader(ACLED_COLUMNS),
    item: (i) => csvLine(ACLED_COLUMNS, i),
    end: () => '',
  },
  'ucdp-csv': {
    mediaType: 'text/csv; charset=utf-8; header=present',
    begin: () => csvHeader(UCDP_COLUMNS),
    item: (i) => csvLine(UCDP_COLUMNS, i),
    end: () => '',
  },
  geojson: {
    mediaType: 'application/geo+json',
    begin: () => '{"type":"FeatureCollection","features":[',
    item: (i, n) => (n === 0 ? '\n' : ',\n') + JSON.stringify(incidentFeature(i)),
    end: (count) => (count === 0 ? ']}\n' : '\n]}\n'),
  },
  // One ledger incident per line, with its claims, actors and reports (the contract's Incident shape plus ledger fields).
  jsonl: {
    mediaType: 'application/x-ndjson',
    begin: () => '',
    item: (i) => JSON.stringify(i) + '\n',
    end: () => '',
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** Writes every incident in `format` through `write` (which may wait for a slow consumer); returns how many. */
export async function exportIncidents(incidents: AsyncIterable<LedgerIncident>, format: ExportFormatName, write: (chunk: string) => Promise<void>): Promise<number> {
  const f: ExportFormat = EXPORT_FORMATS[format];
  await write(f.begin());
  let n = 0;
  for await (const incident of incidents) await write(f.item(incident, n++));
  await write(f.end(n));
  return n;
}

export { ACLED_COLUMNS } from './acled.js';
export { UCDP_COLUMNS } from './ucdp.js';
export { parseExportFilter, type ExportFilterInput } from './filter.js';
