// Bad input for every write endpoint of the HTTP API (with a valid token, so only the input is wrong):
// invalid JSON, wrong types, missing fields, huge bodies, wrong content types, invalid dates and ids each get
// a 4xx JSON error naming what was wrong, and the ledger is left exactly as it was. Complements the field
// checks of src/server/review.test.ts and read.test.ts, which do not look at what was written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { SitrepError } from '../../src/core/errors.js';
import { build } from '../../src/server/app.js';
import type { Store } from '../../src/store/types.js';
import { ANALYST_TOKEN, type LedgerSnapshot, seededApp, snapshotOf, tempDir } from './ledger.js';

const tmp = tempDir('api');
let store: Store;
let app: FastifyInstance;
let baseline: LedgerSnapshot;
let incident: number;
let claim: number;
let close: () => Promise<void>;

before(async () => {
  // A generous rate limit: this file sends many writes on purpose.
  ({ store, app, baseline, incident, claim, close } = await seededApp(tmp.dir, { rateLimit: { burst: 10_000, perSecond: 1000 }, ingestBodyLimit: 256 * 1024, maxIngestDocuments: 10 }));
});
after(async () => {
  await close();
  tmp.remove();
});

type Method = 'POST' | 'PATCH' | 'GET';
const auth = { authorization: `Bearer ${ANALYST_TOKEN}` };

/** Sends a raw body and checks status, code, field and message; then that nothing was written. */
async function refused(method: Method, url: string, payload: string | undefined, contentType: string | undefined, expect: { status: number; code: string; field?: string; message?: RegExp }) {
  const headers: Record<string, string> = { ...auth };
  if (contentType) headers['content-type'] = contentType;
  const r = await app.inject({ method, url, headers, payload });
  const what = `${method} ${url} ${contentType ?? ''} ${(payload ?? '').slice(0, 60)}`;
  assert.equal(r.statusCode, expect.status, `${what}: ${r.body.slice(0, 300)}`);
  assert.match(r.headers['content-type'] as string, /^application\/json/, what);
  const { error } = r.json() as { error: { code: string; message: string; field?: string } };
  assert.equal(error.code, expect.code, `${what}: ${error.message}`);
  if (expect.field !== undefined) assert.equal(error.field, expect.field, `${what}: ${error.message}`);
  if (expect.message) assert.match(error.message, expect.message, what);
  assert.ok(!/\n\s+at |node_modules|\.ts:\d+/.test(r.body), `${what}: no stack trace in ${r.body}`);
  assert.deepEqual(await snapshotOf(store), baseline, `${what} changed the ledger`);
}

const json = (v: unknown) => JSON.stringify(v);
const WRITES = (): [Method, string, unknown][] => [
  ['PATCH', `/api/incidents/${incident}`, { rule: 'lowest' }],
  ['POST', `/api/incidents/${incident}/merge`, { from: incident + 1 }],
  ['POST', `/api/incidents/${incident}/split`, { reportIds: [1] }],
  ['POST', `/api/claims/${claim}/discount`, { reason: 'double counted' }],
  ['POST', '/api/ingest', [{ id: 'n', text: 'Gunmen killed 4 people in Kano on Monday, police said.' }]],
];

describe('every write endpoint', () => {
  test('invalid JSON is a 400 BAD_JSON', async () => {
    for (const [method, url] of WRITES()) {
      for (const body of ['{"rule": ', '{rule: "lowest"}', "{'a': 1}", '[1, 2,]', '\u0000', '{"a": 1}}']) {
        await refused(method, url, body, 'application/json', { status: 400, code: 'BAD_JSON' });
      }
    }
  });

  test('an empty JSON body is a 400 BAD_JSON', async () => {
    for (const [method, url] of WRITES()) await refused(method, url, '', 'application/json', { status: 400, code: 'BAD_JSON' });
  });

  test('a body that is no JSON object (null, a number, a string) is a 400 naming the body', async () => {
    for (const [method, url] of WRITES()) {
      for (const body of ['null', '42', '"text"', 'true']) {
        await refused(method, url, body, 'application/json', { status: 400, code: url === '/api/ingest' ? 'BAD_DOCUMENT' : 'BAD_ARGUMENT', field: 'body' });
      }
    }
  });

  test('form data, XML, multipart and unknown media types are 415', async () => {
    for (const [method, url, body] of WRITES()) {
      for (const type of ['application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'image/png', 'application/json-patch+json']) {
        await refused(method, url, json(body), type, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      }
      await refused(method, url, json(body), undefined, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  test('a body over the limit is a 413 before it is parsed', async () => {
    for (const [method, url] of WRITES()) {
      const huge = json({ reason: 'x'.repeat(2 * 1024 * 1024) });
      await refused(method, url, huge, 'application/json', { status: 413, code: 'TOO_LARGE' });
    }
  });
});

describe('fields', () => {
  const cases: [Method, () => string, unknown, string, RegExp?][] = [
    ['PATCH', () => `/api/incidents/${incident}`, { date: { start: '2024-13-45', end: '2024-13-45', precision: 'day' } }, 'date', /YYYY-MM-DD/],
    ['PATCH', () => `/api/incidents/${incident}`, { date: { start: '2024-02-30', end: '2024-03-01', precision: 'day' } }, 'date', /YYYY-MM-DD/],
    ['PATCH', () => `/api/incidents/${incident}`, { date: { start: '24-1-1', end: '2024-01-01', precision: 'day' } }, 'date.start'],
    ['PATCH', () => `/api/incidents/${incident}`, { date: { start: '2024-01-01', end: '2024-01-02', precision: 'decade' } }, 'date.precision'],
    ['PATCH', () => `/api/incidents/${incident}`, { date: { start: '2024-01-01', end: '2024-01-02' } }, 'date.precision', /is required/],
    ['PATCH', () => `/api/incidents/${incident}`, { eventType: ['Battles'] }, 'eventType'],
    ['PATCH', () => `/api/incidents/${incident}`, { eventType: 'x'.repeat(101) }, 'eventType'],
    ['PATCH', () => `/api/incidents/${incident}`, { location: { name: 'X', admin1: null, country: 'Y', countryCode: 'sy', lat: 1, lon: 1, precision: 'exact' } }, 'location.countryCode'],
    ['PATCH', () => `/api/incidents/${incident}`, { location: { name: 'X', admin1: null, country: 'Y', countryCode: 'SY', lat: 1, lon: 181, precision: 'exact' } }, 'location.lon'],
    ['PATCH', () => `/api/incidents/${incident}`, { location: { name: 'X' } }, 'location.admin1', /is required/],
    ['PATCH', () => `/api/incidents/${incident}`, { actors: [{ name: '   ', role: 'victim' }] }, 'actors[0]'],
    ['PATCH', () => `/api/incidents/${incident}`, { actors: Array.from({ length: 51 }, () => ({ name: 'A', role: 'victim' })) }, 'actors'],
    ['PATCH', () => `/api/incidents/${incident}`, { status: 'confirmed' }, 'status', /not a known field/],
    ['POST', () => `/api/incidents/${incident}/merge`, { from: 'two' }, 'from'],
    ['POST', () => `/api/incidents/${incident}/merge`, { from: 0 }, 'from'],
    ['POST', () => `/api/incidents/${incident}/merge`, { from: 2, extra: true }, 'extra'],
    ['POST', () => `/api/incidents/${incident}/split`, { reportIds: ['a'] }, 'reportIds[0]'],
    ['POST', () => `/api/incidents/${incident}/split`, { reportIds: [999] }, 'reports', /not a report of incident/],
    ['POST', () => `/api/incidents/${incident}/split`, {}, 'reportIds', /is required/],
    ['POST', () => `/api/claims/${claim}/discount`, { reason: 'x'.repeat(1001) }, 'reason'],
    ['POST', () => `/api/claims/${claim}/discount`, { reason: 12 }, 'reason'],
    ['POST', () => `/api/claims/${claim}/discount`, {}, 'reason', /is required/],
    ['POST', () => '/api/ingest', { id: 'one' }, 'body', /missing "text"/],
    ['POST', () => '/api/ingest', { id: 'one', text: 'Gunmen killed 3.', publishedAt: '2024-13-45' }, 'body', /"publishedAt" is not a date/],
    ['POST', () => '/api/ingest', { url: 42 }, 'url'],
    ['POST', () => '/api/ingest', { url: 'javascript:alert(1)' }, 'url'],
    ['POST', () => '/api/ingest?rule=median', [], 'rule'],
    ['POST', () => '/api/ingest?token=abc', [], 'token', /Authorization header/],
  ];
  for (const [method, url, body, field, message] of cases) {
    test(`${method} ${url().replace(/\d+/g, ':id')} ${json(body).slice(0, 70)} is a 400 naming ${field}`, async () => {
      await refused(method, url(), json(body), 'application/json', { status: 400, code: field === 'body' ? 'BAD_DOCUMENT' : field === 'url' ? 'BAD_URL' : 'BAD_ARGUMENT', field, message });
    });
  }

  test('an ingest whose every document is bad writes nothing and names each item and field', async () => {
    const r = await app.inject({
      method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/json' },
      payload: json([{ id: 'a' }, { id: 'b', text: 7 }, { id: 'c', text: 'Gunmen killed 3.', publishedAt: 'soon' }, { text: 'no id' }, 'd', { id: 'e', text: 'NUL \u0000 inside' }]),
    });
    assert.equal(r.statusCode, 200);
    const items = r.json().items as { origin: string; status: string; error: { code: string; message: string } }[];
    assert.deepEqual(items.map((i) => [i.origin, i.status, i.error.code]), [
      ['item 1', 'failed', 'BAD_DOCUMENT'], ['item 2', 'failed', 'BAD_DOCUMENT'], ['item 3', 'failed', 'BAD_DOCUMENT'],
      ['item 4', 'failed', 'BAD_DOCUMENT'], ['item 5', 'failed', 'BAD_DOCUMENT'], ['item 6', 'failed', 'NOT_TEXT'],
    ]);
    assert.deepEqual(items.map((i) => /missing "text"|"text" must be a string|"publishedAt"|missing "id"|expected a JSON object|NUL/.test(i.error.message)), [true, true, true, true, true, true]);
    assert.equal(r.json().summary.errors, 6);
    assert.deepEqual(await snapshotOf(store), baseline);
  });

  test('JSON Lines that are all bad (broken JSON, invalid UTF-8, a bare string) write nothing', async () => {
    const payload = Buffer.concat([Buffer.from('{"id": "a", "text": \n"just a string"\n{"id":"l","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/x-ndjson' }, payload });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json().items.map((i: { origin: string; error: { code: string } }) => [i.origin, i.error.code]), [['line 1', 'BAD_JSON'], ['line 2', 'BAD_DOCUMENT'], ['line 3', 'NOT_TEXT']]);
    assert.deepEqual(await snapshotOf(store), baseline);
  });

  test('more documents than allowed is a 413 and none of them is stored', async () => {
    const docs = Array.from({ length: 11 }, (_, i) => ({ id: `m${i}`, text: `Gunmen killed ${i + 2} people in Kano on Monday.` }));
    await refused('POST', '/api/ingest', json(docs), 'application/json', { status: 413, code: 'TOO_LARGE', message: /at most 10 documents/ });
    await refused('POST', '/api/ingest', docs.map((d) => json(d)).join('\n'), 'application/x-ndjson', { status: 413, code: 'TOO_LARGE' });
  });
});

describe('ids and routes', () => {
  for (const id of ['0', '-1', 'abc', '1.5', '%00', '1%20OR%201=1']) {
    test(`incident id "${decodeURIComponent(id)}" is a 400 naming id`, async () => {
      await refused('POST', `/api/incidents/${id}/confirm`, undefined, undefined, { status: 400, code: 'BAD_ARGUMENT', field: 'id' });
    });
  }

  test('ids beyond any row are 404s naming the thing; unknown routes and methods are 404s', async () => {
    await refused('POST', '/api/incidents/9007199254740991/confirm', undefined, undefined, { status: 404, code: 'NOT_FOUND', message: /incident 9007199254740991/ });
    await refused('POST', '/api/claims/424242/restore', undefined, undefined, { status: 404, code: 'NOT_FOUND', message: /claim 424242/ });
    await refused('PATCH', '/api/incidents/424242', json({ rule: 'lowest' }), 'application/json', { status: 404, code: 'NOT_FOUND' });
    for (const [method, url] of [['DELETE', `/api/incidents/${incident}`], ['PUT', `/api/incidents/${incident}`], ['POST', '/api/incidents'], ['POST', '/api/tokens']] as const) {
      const r = await app.inject({ method, url, headers: auth });
      assert.equal(r.statusCode, 404, `${method} ${url}`);
      assert.equal(r.json().error.code, 'NOT_FOUND');
    }
    assert.deepEqual(await snapshotOf(store), baseline);
  });

  test('a path that climbs out of the web folder is a 404, never a file of the server', async () => {
    for (const url of ['/app/..%2f..%2fpackage.json', '/app/%2e%2e%2f%2e%2e%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/vendor/..%2f..%2fpackage.json', '/app/main.js%00.ts']) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 404, url);
      assert.ok(!r.body.includes('"dependencies"') && !r.body.includes('root:'), url);
    }
  });
});

describe('server failures', () => {
  test('a database failure is a 500 STORE_FAILED whose message names neither the ledger path nor the driver error', async () => {
    const failing = Object.create(store) as Store;
    failing.confirm = async () => {
      throw new SitrepError('STORE_FAILED', 'the database failed: SQLITE_CORRUPT: database disk image is malformed', '/srv/private/ledger.db');
    };
    const broken = await build({ store: failing });
    try {
      const r = await broken.inject({ method: 'POST', url: `/api/incidents/${incident}/confirm`, headers: auth });
      assert.equal(r.statusCode, 500);
      assert.equal(r.json().error.code, 'STORE_FAILED');
      assert.ok(!/srv|SQLITE|malformed/.test(r.body), r.body);
    } finally {
      await broken.close();
    }
  });
});
