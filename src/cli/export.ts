// `sitrep export --format acled-csv|ucdp-csv|geojson|jsonl [filters] [--db …] [--out FILE]`: the ledger's
// incidents in an exchange format, streamed page by page. Flags are all checked before anything is written;
// with --out the file appears only when the export is complete (written aside, then renamed).
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { EXPORT_FORMAT_NAMES, type ExportFormatName, exportIncidents, parseExportFilter } from '../export/index.js';
import { isPostgresUrl, openStore, resolveDb } from '../store/index.js';
import { type Io, usageError, writeLine } from './io.js';

export const EXPORT_USAGE = `usage: sitrep export --format acled-csv|ucdp-csv|geojson|jsonl [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--country XX|name] [--event-type TYPE] [--bbox minLon,minLat,maxLon,maxLat] [--status unreviewed|confirmed]
       [--db URL] [--out FILE]
  Writes the ledger's incidents (merged-away incidents left out) to stdout or FILE.
  --format      acled-csv (ACLED columns, fatalities = lowest credible figure), ucdp-csv (UCDP GED columns,
                best/low/high), geojson (RFC 7946 FeatureCollection), jsonl (one incident with its claims per line)
  --from, --to  incidents whose dates touch this range (inclusive)
  --country     ISO 3166-1 alpha-2 code or English name
  --event-type  ACLED event type or sub-event type
  --bbox        longitude/latitude box (a west edge east of the east edge crosses the antimeridian)
  --db          SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)`;

/** Waits for the stream's callback so a slow consumer holds the export back instead of filling memory. */
const writer = (stream: NodeJS.WritableStream) => (chunk: string) =>
  new Promise<void>((resolve, reject) => {
    if (chunk === '') return resolve();
    stream.write(chunk, (err) => (err ? reject(err) : resolve()));
  });

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      format: { type: 'string', default: 'jsonl' },
      from: { type: 'string' },
      to: { type: 'string' },
      country: { type: 'string' },
      'event-type': { type: 'string' },
      bbox: { type: 'string' },
      status: { type: 'string' },
      db: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, EXPORT_USAGE);
    return 0;
  }
  void positionals;
  const format = values.format as ExportFormatName;
  if (!EXPORT_FORMAT_NAMES.includes(format)) throw usageError(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}, got "${values.format}"`, EXPORT_USAGE);
  let filter;
  try {
    filter = parseExportFilter({ from: values.from, to: values.to, country: values.country, eventType: values['event-type'], bbox: values.bbox, status: values.status });
  } catch (e) {
    throw usageError((e as Error).message, EXPORT_USAGE);
  }
  if (values.out !== undefined && values.out.trim() === '') throw usageError('--out needs a file name', EXPORT_USAGE);
  const db = resolveDb(values.db);
  const path = db.replace(/^sqlite:(?:\/\/)?/i, '');
  // Exporting must not create an empty ledger where none was.
  if (!isPostgresUrl(db) && path !== ':memory:' && !existsSync(path)) {
    throw new SitrepError('UNREADABLE_FILE', 'no ledger here; run "sitrep ingest" first or give --db', path);
  }

  const store = await openStore(db);
  try {
    const incidents = store.incidents(filter);
    if (values.out === undefined) {
      await exportIncidents(incidents, format, writer(io.stdout));
      return 0;
    }
    const partial = `${values.out}.partial-${process.pid}`;
    const file = createWriteStream(partial, { flags: 'wx' });
    try {
      await new Promise<void>((resolve, reject) => file.once('open', () => resolve()).once('error', reject));
      await exportIncidents(incidents, format, writer(file));
      await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await rename(partial, values.out);
    } catch (e) {
      file.destroy();
      await rm(partial, { force: true });
      const err = e as NodeJS.ErrnoException;
      if (err.code && err.syscall) throw new SitrepError('UNREADABLE_FILE', `cannot be written (${err.code})`, values.out);
      throw e;
    }
    return 0;
  } finally {
    await store.close();
  }
}
