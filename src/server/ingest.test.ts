// POST /api/ingest: documents as a JSON array, one JSON object, JSON Lines, or a URL fetched through the SSRF
// guard; each item reported; limits on body size and document count.
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type FixtureLedger, TEST_TOKEN, fixtureLedger } from '../../test/web/fixtures.js';
import { build } from './app.js';
import type { ApiIngestResult } from './schemas.js';

let ledger: FixtureLedger;
let app: FastifyInstance;
let page: Server;
let pageUrl: string;

const ARTICLE = 'A suicide bomber killed 6 people at a checkpoint in Baghdad on Sunday, police said.';

before(async () => {
  ledger = await fixtureLedger();
  app = await build({ store: ledger.store, maxIngestDocuments: 3, ingestBodyLimit: 64 * 1024 });
  page = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Car bomb in Mosul\n\nA car bomb killed 4 people in Mosul on Monday, officials said.`);
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/story.txt`;
});
after(async () => {
  await app.close();
  await ledger.close();
  await new Promise((resolve) => page.close(resolve));
});

const post = (payload: unknown, contentType = 'application/json', target = app) =>
  target.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': contentType }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

describe('POST /api/ingest', () => {
  test('a JSON array adds each document, extracted; bad items are reported by position and field', async () => {
    const r = await post([
      { id: 'baghdad-1', title: 'Checkpoint bombing', publishedAt: '2025-04-07', text: ARTICLE },
      { id: 'no-text' },
      { id: 'baghdad-1-again', text: ARTICLE },
    ]);
    assert.equal(r.statusCode, 200, r.body);
    const body: ApiIngestResult = r.json();
    assert.deepEqual(body.items.map((i) => [i.origin, i.status]), [['item 1', 'added'], ['item 2', 'failed'], ['item 3', 'duplicate']]);
    assert.equal(body.items[1].error?.code, 'BAD_DOCUMENT');
    assert.match(body.items[1].error?.message ?? '', /missing "text"/);
    assert.equal(body.summary.documentsAdded, 1);
    assert.equal(body.summary.errors, 1);
    assert.equal(body.summary.duplicatesSkipped, 1);
    const documentId = body.items[0].documentId as number;
    const doc = (await app.inject({ url: `/api/documents/${documentId}` })).json();
    assert.equal(doc.text, ARTICLE);
    assert.equal(doc.title, 'Checkpoint bombing');
  });

  test('JSON Lines are read line by line, a bad line reported by its number', async () => {
    const lines = [JSON.stringify({ id: 'jl-1', text: 'Protesters marched peacefully in Khartoum on Friday.' }), '{"id": "jl-2", "text": ', ''].join('\n');
    const r = await post(lines, 'application/x-ndjson');
    assert.equal(r.statusCode, 200, r.body);
    const body: ApiIngestResult = r.json();
    assert.deepEqual(body.items.map((i) => [i.origin, i.status, i.error?.code]), [['line 1', 'added', undefined], ['line 2', 'failed', 'BAD_JSON']]);
  });

  test('one JSON object is one document', async () => {
    const r = await post({ id: 'single', text: 'Gunmen killed 2 guards at a bank in Kano on Tuesday, police said.' });
    assert.equal((r.json() as ApiIngestResult).items[0].status, 'added');
  });

  test('a URL is refused when it points at a private address (the SSRF guard), fetched when allowed', async () => {
    const refused = await post({ url: pageUrl });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().error.code, 'FORBIDDEN_ADDRESS');
    const local = await build({ store: ledger.store, fetch: { allowPrivate: true } });
    try {
      const r = await post({ url: pageUrl }, 'application/json', local);
      assert.equal(r.statusCode, 200, r.body);
      const body: ApiIngestResult = r.json();
      assert.equal(body.items.length, 1);
      assert.equal(body.items[0].status, 'added');
    } finally {
      await local.close();
    }
    // Anything but http(s) is refused before it could be read as a path on the server's disk.
    for (const url of ['file:///etc/hostname', '/etc/hostname', 'examples/articles.jsonl', '-']) {
      const notHttp = await post({ url });
      assert.equal(notHttp.statusCode, 400, url);
      assert.equal(notHttp.json().error.code, 'BAD_URL', url);
      assert.equal(notHttp.json().error.field, 'url');
    }
  });

  test('too many documents or too large a body is a 413; other media types a 415; nothing else a 400', async () => {
    const many = await post([1, 2, 3, 4].map((n) => ({ id: `m${n}`, text: 'x' })));
    assert.equal(many.statusCode, 413);
    assert.equal(many.json().error.code, 'TOO_LARGE');
    const big = await post([{ id: 'big', text: 'word '.repeat(20_000) }]);
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().error.code, 'TOO_LARGE');
    const xml = await post('<doc/>', 'application/xml');
    assert.equal(xml.statusCode, 415);
    const number = await post('42');
    assert.equal(number.statusCode, 400);
    assert.equal(number.json().error.field, 'body');
  });

  test('the toll rule of new incidents is a checked query field', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest?rule=median', headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' }, payload: '[]' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.field, 'rule');
  });
});
