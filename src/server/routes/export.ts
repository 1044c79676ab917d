// GET /api/export: the ledger (filtered) in an exchange format, streamed from the store page by page, with the
// same filters and checks as `sitrep export`.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMATS, type ExportFormat, parseExportFilter } from '../../export/index.js';
import type { IncidentFilter, Store } from '../../store/types.js';
import { type ExportQueryT, ExportQuery } from '../schemas.js';

const FILE_EXTENSIONS: Record<ExportQueryT['format'], string> = { 'acled-csv': 'acled.csv', 'ucdp-csv': 'ucdp.csv', geojson: 'geojson', jsonl: 'jsonl' };

async function* chunks(store: Store, filter: IncidentFilter, format: ExportFormat): AsyncGenerator<string> {
  yield format.begin();
  let n = 0;
  for await (const incident of store.incidents(filter)) yield format.item(incident, n++);
  yield format.end(n);
}

export async function exportRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: ExportQueryT }>('/api/export', {
    schema: { querystring: ExportQuery },
    config: {
      access: 'read',
      summary: 'The incidents as ACLED CSV, UCDP CSV, GeoJSON or JSON Lines (merged-away incidents left out)',
      produces: {
        200: {
          'text/csv': { schema: { type: 'string' } },
          'application/geo+json': { schema: { type: 'object' } },
          'application/x-ndjson': { schema: { type: 'string', description: 'one Incident per line' } },
        },
      },
    },
  }, async (request, reply) => {
    const { format, ...rest } = request.query;
    // Checked before the first byte goes out, so a bad filter is a 400, not a broken download.
    const filter = parseExportFilter(rest);
    const f: ExportFormat = EXPORT_FORMATS[format];
    reply.type(f.mediaType).header('content-disposition', `attachment; filename="sitrep-incidents.${FILE_EXTENSIONS[format]}"`);
    return reply.send(Readable.from(chunks(app.store, filter, f)));
  });
}
