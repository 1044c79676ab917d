// Bad input the first API input suite (api-input.test.ts) leaves out: bodies sent to endpoints that take none,
// malformed ids on every route with an id, bad read queries (audit, documents, export), and the write rate
// limit on a real write endpoint. Each answer is a 4xx JSON error naming what was wrong, and the ledger stays
// exactly as it was.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { build } from '../../src/server/app.js';
import type { Store } from '../../src/store/types.js';
import { ANALYST_TOKEN, type LedgerSnapshot, seededApp, snapshotOf, tempDir } from './ledger.js';

const tmp = tempDir('api-more');
let store: Store;
let app: FastifyInstance;
let baseline: LedgerSnapshot;
let incident: number;
let claim: number;
let close: () => Promise<void>;

before(async () => {
  ({ store, app, baseline, incident, claim, close } = await seededApp(tmp.dir, { rateLimit: { burst: 10_000, perSecond: 1000 } }));
});
after(async () => {
  await close();
  tmp.remove();
});

const auth = { authorization: `Bearer ${ANALYST_TOKEN}` };

async function answer(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: string, contentType?: string) {
  const headers: Record<string, string> = { ...auth };
  if (contentType) headers['content-type'] = contentType;
  const r = await app.inject({ method, url, headers, payload });
  const body = r.body;
  assert.ok(!/\n\s+at |node_modules|\.ts:\d+/.test(body), `${method} ${url}: no stack trace in ${body}`);
  return { status: r.statusCode, json: () => r.json() as { error: { code: string; message: string; field?: string } } };
}

async function unchanged(what: string) {
  const now = await snapshotOf(store);
  const before = baseline;
  // Later tests compare with the ledger as it is now, so one failure does not cascade.
  baseline = now;
  assert.deepEqual(now, before, `${what} changed the ledger`);
}

describe('bodies where none is taken', () => {
  test('confirm and restore with a JSON body naming unknown fields are 400s naming the body', async () => {
    for (const url of [`/api/incidents/${incident}/confirm`, `/api/claims/${claim}/restore`]) {
      const r = await answer('POST', url, JSON.stringify({ status: 'confirmed', by: 'someone' }), 'application/json');
      assert.equal(r.status, 400, url);
      assert.equal(r.json().error.code, 'BAD_ARGUMENT', url);
      assert.match(r.json().error.message, /body|status|by|propert/i, url);
      await unchanged(url);
    }
  });

  test('confirm with a body of another media type is a 415', async () => {
    const r = await answer('POST', `/api/incidents/${incident}/confirm`, '<confirm/>', 'application/xml');
    assert.equal(r.status, 415);
    await unchanged('confirm with XML');
  });
});

describe('ids on every route that takes one', () => {
  const routes: ['GET' | 'POST' | 'PATCH', (id: string) => string][] = [
    ['GET', (id) => `/api/incidents/${id}`],
    ['GET', (id) => `/api/documents/${id}`],
    ['POST', (id) => `/api/claims/${id}/restore`],
    ['POST', (id) => `/api/claims/${id}/discount`],
  ];
  for (const [method, url] of routes) {
    test(`${method} ${url(':id')} with a malformed id is a 400 naming id`, async () => {
      for (const id of ['0', '-3', 'x1', '2.5', '%00']) {
        const body = url(':id').endsWith('discount') ? JSON.stringify({ reason: 'double counted' }) : undefined;
        const r = await answer(method, url(id), body, body ? 'application/json' : undefined);
        assert.equal(r.status, 400, `${method} ${url(id)}`);
        assert.equal(r.json().error.code, 'BAD_ARGUMENT', `${method} ${url(id)}`);
        assert.equal(r.json().error.field, 'id', `${method} ${url(id)}: ${r.json().error.message}`);
      }
      await unchanged(url(':id'));
    });
  }

  test('a document id beyond any row is a 404 naming the document', async () => {
    const r = await answer('GET', '/api/documents/987654');
    assert.equal(r.status, 404);
    assert.equal(r.json().error.code, 'NOT_FOUND');
    assert.match(r.json().error.message, /document 987654/);
  });
});

describe('read queries', () => {
  const bad: [string, string][] = [
    ['/api/audit?limit=0', 'limit'],
    ['/api/audit?limit=5000', 'limit'],
    ['/api/audit?limit=ten', 'limit'],
    ['/api/audit?after=-1', 'after'],
    ['/api/audit?incident=abc', 'incident'],
    ['/api/audit?who=me', 'who'],
    ['/api/incidents?from=2024-13-40', 'from'],
    ['/api/incidents?bbox=1,2,3', 'bbox'],
    ['/api/export?format=xlsx', 'format'],
  ];
  for (const [url, field] of bad) {
    test(`GET ${url} is a 400 naming ${field}`, async () => {
      const r = await answer('GET', url);
      assert.equal(r.status, 400, url);
      assert.equal(r.json().error.code, 'BAD_ARGUMENT', url);
      const { message, field: named } = r.json().error;
      assert.ok(named === field || message.includes(field), `${url}: ${named} / ${message}`);
    });
  }
});

describe('rate limit on writes', () => {
  test('a burst of writes past the limit gets 429s with Retry-After, and the refused writes change nothing', async () => {
    const limited = await build({ store, rateLimit: { burst: 3, perSecond: 0.001 } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 6; i++) {
        const r = await limited.inject({
          method: 'POST',
          url: `/api/claims/${claim}/discount`,
          headers: { ...auth, 'content-type': 'application/json' },
          // An invalid reason: the writes that get through are refused by validation and change nothing either.
          payload: JSON.stringify({ reason: 42 }),
        });
        statuses.push(r.statusCode);
        if (r.statusCode === 429) retryAfter = r.headers['retry-after'] as string | undefined;
      }
      assert.deepEqual(statuses.slice(0, 3), [400, 400, 400]);
      assert.deepEqual(statuses.slice(3), [429, 429, 429]);
      assert.ok(retryAfter && Number(retryAfter) > 0, `Retry-After ${retryAfter}`);
      await unchanged('rate-limited writes');
    } finally {
      await limited.close();
    }
  });
});
