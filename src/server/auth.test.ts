// Who may do what: writes need a valid bearer token (compared by hash in constant time), reads are open unless
// private, tokens never travel in URLs or reach the log, writes are rate-limited, and every answer carries
// the security headers.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { Writable } from 'node:stream';
import { after, before, describe, mock, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type FixtureLedger, OTHER_TOKEN, TEST_TOKEN, fixtureLedger } from '../../test/web/fixtures.js';
import { build } from './app.js';
import { TokenBuckets } from './rate-limit.js';
import { bearerSecret, hashToken, sameHash, tokenFor } from './tokens.js';

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

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('bearer tokens', () => {
  test('every write answers 401 without a token, with an unknown token, or with another scheme', async () => {
    const writes: [string, string, unknown][] = [
      ['POST', `/api/incidents/${1}/confirm`, undefined],
      ['PATCH', '/api/incidents/1', { rule: 'lowest' }],
      ['POST', '/api/incidents/1/merge', { from: 2 }],
      ['POST', '/api/incidents/1/split', { reportIds: [1] }],
      ['POST', '/api/claims/1/discount', { reason: 'x' }],
      ['POST', '/api/claims/1/restore', undefined],
      ['POST', '/api/ingest', [{ id: 'a', text: 'b' }]],
      ['GET', '/api/session', undefined],
    ];
    for (const headers of [{}, bearer('sitrep_not-a-real-token'), { authorization: `Basic ${Buffer.from('alice:x').toString('base64')}` }, { authorization: TEST_TOKEN }]) {
      for (const [method, url, payload] of writes) {
        const r = await app.inject({ method: method as 'POST', url, headers, payload: payload as object });
        assert.equal(r.statusCode, 401, `${method} ${url} with ${JSON.stringify(headers)}`);
        assert.equal(r.json().error.code, 'UNAUTHORIZED');
        assert.match(r.headers['www-authenticate'] as string, /^Bearer/);
      }
    }
    const stats = (await app.inject({ url: '/api/incidents/1' })).json().incident.status;
    assert.equal(stats, 'unreviewed', 'nothing was written');
  });

  test('a valid token is accepted and names the analyst; a revoked one is refused', async () => {
    const ok = await app.inject({ url: '/api/session', headers: bearer(OTHER_TOKEN) });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json(), { name: 'bob' });
    assert.equal(await ledger.store.revokeToken('bob'), true);
    const revoked = await app.inject({ url: '/api/session', headers: bearer(OTHER_TOKEN) });
    assert.equal(revoked.statusCode, 401);
  });

  test('only the sha256 of a token is stored', async () => {
    const tokens = await ledger.store.listTokens();
    const alice = tokens.find((t) => t.name === 'alice');
    assert.equal(alice?.hash, crypto.createHash('sha256').update(TEST_TOKEN).digest('hex'));
    assert.ok(!JSON.stringify(tokens).includes(TEST_TOKEN));
  });

  test('a presented token is compared with every active token by timingSafeEqual, with no early exit', async () => {
    // alice is the first token; two more after her would be skipped by an early exit.
    await ledger.store.createToken('carol', hashToken('sitrep_carol'));
    await ledger.store.createToken('dave', hashToken('sitrep_dave'));
    const calls = mock.method(crypto, 'timingSafeEqual');
    syncBuiltinESMExports();
    try {
      const active = (await ledger.store.listTokens()).filter((t) => t.revokedAt === null).length;
      assert.ok(active >= 3);
      const found = await tokenFor(ledger.store, TEST_TOKEN);
      assert.equal(found?.name, 'alice');
      assert.equal(calls.mock.callCount(), active);
      await tokenFor(ledger.store, 'sitrep_wrong');
      assert.equal(calls.mock.callCount(), 2 * active);
    } finally {
      calls.mock.restore();
      syncBuiltinESMExports();
    }
  });

  test('sameHash refuses digests of the wrong length and matches equal ones', () => {
    const h = hashToken('x');
    assert.equal(sameHash(h, h), true);
    assert.equal(sameHash(h, hashToken('y')), false);
    assert.equal(sameHash(h, h.slice(0, 62)), false);
    assert.equal(sameHash(h, ''), false);
  });

  test('bearerSecret reads only the Bearer scheme', () => {
    assert.equal(bearerSecret('Bearer abc.DEF-123_~'), 'abc.DEF-123_~');
    assert.equal(bearerSecret('bearer   abc'), 'abc');
    assert.equal(bearerSecret('Basic abc'), null);
    assert.equal(bearerSecret('Bearer'), null);
    assert.equal(bearerSecret('Bearer a b'), null);
    assert.equal(bearerSecret(undefined), null);
  });

  test('a token in the query string is refused, never used', async () => {
    for (const param of ['token', 'access_token']) {
      const r = await app.inject({ url: `/api/session?${param}=${TEST_TOKEN}` });
      assert.equal(r.statusCode, 400);
      assert.equal(r.json().error.field, param);
      assert.match(r.json().error.message, /Authorization header/);
    }
  });
});

describe('private reads', () => {
  test('with private reads every read needs a token; the page and the taxonomy stay public', async () => {
    const closed = await build({ store: ledger.store, readAccess: 'private' });
    try {
      for (const url of ['/api/incidents', '/api/incidents/1', '/api/documents/1', '/api/export?format=jsonl', '/api/audit', '/api/stats']) {
        assert.equal((await closed.inject({ url })).statusCode, 401, url);
        assert.equal((await closed.inject({ url, headers: bearer(TEST_TOKEN) })).statusCode, 200, url);
      }
      assert.equal((await closed.inject({ url: '/' })).statusCode, 200);
      assert.equal((await closed.inject({ url: '/api/taxonomy' })).json().readAccess, 'private');
    } finally {
      await closed.close();
    }
  });
});

describe('logs', () => {
  test('the request log holds neither the token nor the authorization header', async () => {
    let log = '';
    const stream = new Writable({ write(chunk, _enc, done) { log += chunk.toString(); done(); } });
    const logged = await build({ store: ledger.store, logger: { level: 'info', stream } });
    try {
      const r = await logged.inject({ method: 'POST', url: '/api/incidents/1/confirm', headers: bearer(TEST_TOKEN) });
      assert.equal(r.statusCode, 200);
      await logged.inject({ method: 'POST', url: '/api/incidents/1/confirm', headers: bearer('sitrep_guess-123') });
      assert.ok(log.includes('/api/incidents/1/confirm'), 'requests are logged');
      assert.ok(!log.includes(TEST_TOKEN) && !log.includes('sitrep_guess-123'));
      assert.ok(!/authorization/i.test(log));
    } finally {
      await logged.close();
    }
  });
});

describe('rate limits', () => {
  test('writes beyond the burst get 429 with Retry-After, reads do not', async () => {
    const limited = await build({ store: ledger.store, rateLimit: { burst: 2, perSecond: 0.01 } });
    try {
      const codes: number[] = [];
      for (let k = 0; k < 3; k++) codes.push((await limited.inject({ method: 'GET', url: '/api/session', headers: bearer(TEST_TOKEN) })).statusCode);
      assert.deepEqual(codes, [200, 200, 429]);
      const r = await limited.inject({ method: 'GET', url: '/api/session', headers: bearer(TEST_TOKEN) });
      assert.equal(r.json().error.code, 'RATE_LIMITED');
      assert.ok(Number(r.headers['retry-after']) >= 1);
      for (let k = 0; k < 5; k++) assert.equal((await limited.inject({ url: '/api/stats' })).statusCode, 200);
    } finally {
      await limited.close();
    }
  });

  test('failed sign-ins count against the address, even on reads', async () => {
    const limited = await build({ store: ledger.store, readAccess: 'private', rateLimit: { burst: 3, perSecond: 0.01 } });
    try {
      const codes: number[] = [];
      for (let k = 0; k < 4; k++) codes.push((await limited.inject({ url: '/api/stats', headers: bearer(`sitrep_guess-${k}`) })).statusCode);
      assert.deepEqual(codes, [401, 401, 401, 429]);
      assert.equal((await limited.inject({ url: '/api/stats', headers: bearer(TEST_TOKEN) })).statusCode, 200, 'reads with a valid token take no tokens');
    } finally {
      await limited.close();
    }
  });

  test('a bucket refills at its rate and never above its burst', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1 }, () => now);
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 1);
    now = 1000;
    assert.equal(buckets.take('a'), 0);
    assert.ok(buckets.take('a') > 0);
    now = 60_000;
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 0);
    assert.ok(buckets.take('a') > 0);
    assert.equal(buckets.take('b'), 0, 'keys have their own buckets');
  });

  test('the bucket table stays bounded under many distinct keys', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 0.001 }, () => 0, 100);
    for (let k = 0; k < 1000; k++) buckets.take(`key${k}`);
    assert.ok(buckets.size <= 100);
  });
});

describe('security headers and errors', () => {
  test('every answer carries a strict CSP, nosniff, a referrer policy and no framing', async () => {
    for (const [url, status] of [['/', 200], ['/api/incidents', 200], ['/api/nothing', 404], ['/api/session', 401], ['/api/incidents?limit=x', 400], ['/app/main.js', 200]] as const) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, status, url);
      const csp = r.headers['content-security-policy'] as string;
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval') && !csp.includes('http'), csp);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['referrer-policy'], 'no-referrer');
    }
  });

  test('an unexpected failure is a 500 with a generic message: no stack trace, no internals', async () => {
    const broken = { ...ledger.store, getIncident: async () => { throw new Error('SQLITE_CORRUPT at /srv/secret/ledger.db'); } };
    const failing = await build({ store: broken as typeof ledger.store });
    try {
      const r = await failing.inject({ url: '/api/incidents/1' });
      assert.equal(r.statusCode, 500);
      assert.equal(r.json().error.code, 'INTERNAL');
      assert.ok(!r.body.includes('SQLITE') && !r.body.includes('/srv') && !r.body.includes('at '), r.body);
    } finally {
      await failing.close();
    }
  });
});
