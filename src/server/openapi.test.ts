// The OpenAPI document lists every API route with its parameters and shapes, every reference resolves; the
// web app's files come from a fixed list with the right media types.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type FixtureLedger, fixtureLedger } from '../../test/web/fixtures.js';
import { build } from './app.js';
import { WEB_MODULES } from './static.js';

let ledger: FixtureLedger;
let app: FastifyInstance;

before(async () => {
  ledger = await fixtureLedger();
  app = await build({ store: ledger.store });
});
after(async () => {
  await app.close();
  await ledger.close();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EXPECTED_OPERATIONS = [
  'get /api/incidents', 'get /api/incidents/{id}', 'patch /api/incidents/{id}', 'post /api/incidents/{id}/confirm',
  'post /api/incidents/{id}/merge', 'post /api/incidents/{id}/split', 'post /api/claims/{id}/discount', 'post /api/claims/{id}/restore',
  'get /api/documents/{id}', 'post /api/ingest', 'get /api/export', 'get /api/audit', 'get /api/stats', 'get /api/session',
  'get /api/taxonomy', 'get /api/openapi.json',
];

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('GET /api/openapi.json', () => {
  test('is an OpenAPI 3.1 document listing every API route, and only those', async () => {
    const r = await app.inject({ url: '/api/openapi.json' });
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^application\/json/);
    const doc: Json = JSON.parse(r.body);
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.entries(doc.paths as Json).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    assert.deepEqual(operations.sort(), [...EXPECTED_OPERATIONS].sort());
    // Every /api route the server answers is in the document.
    for (const op of EXPECTED_OPERATIONS) {
      const [method, path] = op.split(' ');
      assert.ok(app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), op);
    }
    assert.ok(!app.hasRoute({ method: 'GET', url: '/api/nothing' }));
  });

  test('every $ref resolves to a component, and the shapes are published once', async () => {
    const doc: Json = (await app.inject({ url: '/api/openapi.json' })).json();
    const names = new Set(Object.keys(doc.components.schemas));
    for (const name of ['Incident', 'Claim', 'Toll', 'Report', 'DocumentWithSpans', 'AuditEntry', 'TollChange', 'Error', 'IncidentPatch']) assert.ok(names.has(name), name);
    const all = refs(doc);
    assert.ok(all.length > 20);
    for (const ref of all) {
      const m = /^#\/components\/schemas\/(\w+)$/.exec(ref);
      assert.ok(m && names.has(m[1]), ref);
    }
    assert.deepEqual(doc.paths['/api/incidents'].get.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/IncidentList' });
    assert.deepEqual(doc.components.schemas.IncidentList.properties.incidents.items, { $ref: '#/components/schemas/Incident' });
  });

  test('parameters, bodies and security follow the route schemas', async () => {
    const doc: Json = (await app.inject({ url: '/api/openapi.json' })).json();
    const list = doc.paths['/api/incidents'].get;
    const names = list.parameters.map((p: Json) => p.name);
    for (const q of ['from', 'to', 'bbox', 'country', 'eventType', 'subEventType', 'actor', 'minKilled', 'q', 'status', 'cursor', 'limit']) assert.ok(names.includes(q), q);
    assert.deepEqual(list.security, [{}, { bearer: [] }]);
    const id = doc.paths['/api/incidents/{id}'].get.parameters.find((p: Json) => p.name === 'id');
    assert.equal(id.in, 'path');
    assert.equal(id.required, true);
    const merge = doc.paths['/api/incidents/{id}/merge'].post;
    assert.deepEqual(merge.security, [{ bearer: [] }]);
    assert.equal(merge.requestBody.content['application/json'].schema.required[0], 'from');
    assert.ok(merge.responses['401'] && merge.responses['429']);
    assert.ok(doc.paths['/api/ingest'].post.requestBody.content['application/x-ndjson']);
    assert.ok(doc.paths['/api/export'].get.responses['200'].content['text/csv']);
    assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
  });
});

describe('web files', () => {
  test('every web module under src/web is served, as JavaScript, and nothing else is', async () => {
    const sources = readdirSync(new URL('../web/', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual([...WEB_MODULES].sort(), sources);
    for (const name of WEB_MODULES) {
      const r = await app.inject({ url: `/app/${name}.js` });
      assert.equal(r.statusCode, 200, name);
      assert.match(r.headers['content-type'] as string, /^text\/javascript/);
      assert.ok(!r.body.includes('import type'), 'types are compiled away');
    }
    for (const url of ['/app/../server/app.js', '/app/%2e%2e%2fserver%2fapp.js', '/app/missing.js', '/app/main.ts', '/src/web/main.ts', '/package.json', '/vendor/../package.json']) {
      assert.equal((await app.inject({ url })).statusCode, 404, url);
    }
  });

  test('the map parts come from npm packages with their media types', async () => {
    const expected: [string, RegExp][] = [['/vendor/leaflet.js', /^text\/javascript/], ['/vendor/leaflet.css', /^text\/css/], ['/vendor/topojson-client.js', /^text\/javascript/], ['/vendor/countries-50m.json', /^application\/json/], ['/style.css', /^text\/css/]];
    for (const [url, type] of expected) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200, url);
      assert.match(r.headers['content-type'] as string, type, url);
    }
    assert.equal(JSON.parse((await app.inject({ url: '/vendor/countries-50m.json' })).body).type, 'Topology');
  });
});
