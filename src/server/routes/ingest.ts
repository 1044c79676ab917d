// POST /api/ingest: documents in (a JSON array, one JSON document, JSON Lines, or {"url": …} fetched through the
// ingest stage's SSRF guard), extracted and added to the ledger. Bad documents are reported per item and the
// rest go in; the body size and the number of documents are limited.
import type { FastifyInstance } from 'fastify';
import { SitrepError } from '../../core/errors.js';
import { readInputs, readJsonlLines, validateDoc } from '../../ingest/index.js';
import { type FetchOptions, httpUrl } from '../../ingest/url.js';
import { idOf } from '../../ingest/validate.js';
import { type InputEntry, ingestDocuments } from '../ingest-documents.js';
import { type IngestQueryT, IngestBody, IngestQuery, IngestResult } from '../schemas.js';

export interface IngestRouteOptions {
  bodyLimit: number;
  maxDocuments: number;
  fetch: FetchOptions;
}

const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/json-seq', 'text/plain'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function entriesOf(body: unknown, options: IngestRouteOptions): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const tooMany = () => new SitrepError('TOO_LARGE', `one request may carry at most ${options.maxDocuments} documents; send the rest in another`, 'body');
  // JSON Lines arrive as bytes (their parser below); a JSON string is not a document.
  if (Buffer.isBuffer(body)) {
    for await (const r of readJsonlLines([body])) {
      if (entries.length === options.maxDocuments) throw tooMany();
      const origin = `line ${r.line}`;
      if ('doc' in r) entries.push({ doc: r.doc, origin });
      else entries.push({ error: new SitrepError(r.code, r.error.replace(/^line \d+: /, ''), origin), origin, id: r.id });
    }
    return entries;
  }
  if (Array.isArray(body)) {
    if (body.length > options.maxDocuments) throw tooMany();
    body.forEach((value, k) => {
      const origin = `item ${k + 1}`;
      try {
        entries.push({ doc: validateDoc(value, origin), origin });
      } catch (e) {
        if (!(e instanceof SitrepError)) throw e;
        entries.push({ error: e, origin, id: idOf(value) });
      }
    });
    return entries;
  }
  if (isObject(body) && 'url' in body && !('text' in body)) {
    if (typeof body.url !== 'string') throw new SitrepError('BAD_URL', 'must be an http(s) URL', 'url');
    // Checked here: readInputs would read anything else as a path on this server's disk.
    let url: URL;
    try {
      url = httpUrl(body.url);
    } catch {
      throw new SitrepError('BAD_URL', `${JSON.stringify(body.url.slice(0, 200))} is not an http(s) URL`, 'url');
    }
    for await (const item of readInputs(url.href, { fetch: options.fetch, fetchItems: true })) {
      if (entries.length === options.maxDocuments) throw tooMany();
      if ('doc' in item) entries.push({ doc: item.doc, origin: item.origin });
      else entries.push({ error: item.error, origin: item.origin, id: item.id });
    }
    return entries;
  }
  if (isObject(body)) return [{ doc: validateDoc(body, 'body'), origin: 'body' }];
  throw new SitrepError('BAD_DOCUMENT', 'send a JSON array of documents, one document, {"url": …}, or JSON Lines', 'body');
}

export async function ingestRoutes(app: FastifyInstance, options: IngestRouteOptions): Promise<void> {
  // JSON Lines arrive as bytes; the JSON Lines reader splits them, checks their UTF-8 and each line.
  app.addContentTypeParser(JSON_LINES_TYPES, { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (_request, body, done) => done(null, body));

  app.post<{ Querystring: IngestQueryT }>('/api/ingest', {
    bodyLimit: options.bodyLimit,
    schema: { querystring: IngestQuery, response: { 200: IngestResult } },
    config: {
      access: 'analyst',
      summary: `Add documents to the ledger (at most ${options.maxDocuments} a request, ${Math.round(options.bodyLimit / 1024 / 1024)} MB a body)`,
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: IngestBody },
          'application/x-ndjson': { schema: { type: 'string', description: 'one document (InputDocument) per line' } },
        },
      },
    },
  }, async (request) => ingestDocuments(app.store, await entriesOf(request.body, options), request.query.rule ?? 'ucdp'));
}
