// Server-side request forgery, end to end through `sitrep ingest` and POST /api/ingest: every spelling of a
// loopback, private, link-local or unique-local address is refused before any connection (the loopback site
// counts its requests: none arrive), so is a redirect to one from a trusted host, and so is a feed item that
// links to one. Only loopback servers are used; the private addresses elsewhere are never contacted, since a
// refusal comes before any connection (a contacted one would time out or fail as FETCH_FAILED instead).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { build } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { runCli } from '../cli/run-cli.js';
import { ANALYST_TOKEN, seedLedger, snapshot, snapshotOf, tempDir } from './ledger.js';
import { type Newsroom, newsroom } from './newsroom.js';

const tmp = tempDir('ssrf');
let site: Newsroom;

before(async () => {
  site = await newsroom();
});
after(async () => {
  await site.close();
  tmp.remove();
});

/** Every way to write an address the guard must refuse; `P` stands for the loopback site's port. */
const FORBIDDEN = [
  'http://127.0.0.1:P/secret', 'http://127.1:P/secret', 'http://127.0.0.2:P/secret', 'http://2130706433:P/secret', 'http://0x7f000001:P/secret',
  'http://0x7f.1:P/secret', 'http://0177.0.0.1:P/secret', 'http://017700000001:P/secret', 'http://[::1]:P/secret', 'http://[0:0:0:0:0:0:0:1]:P/secret',
  'http://[::ffff:127.0.0.1]:P/secret', 'http://[::ffff:7f00:1]:P/secret', 'http://[0:0:0:0:0:ffff:127.0.0.1]:P/secret',
  'http://localhost:P/secret', 'http://LOCALHOST:P/secret', 'http://localhost.:P/secret', 'http://news.localhost:P/secret',
  'http://0.0.0.0:P/secret', 'http://0:P/secret', 'http://[::]:P/secret',
  'http://10.0.0.1/', 'http://10.255.255.254/', 'http://172.16.0.1/', 'http://172.31.255.254/', 'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data/', 'http://2852039166/latest/meta-data/', 'http://0xa9fea9fe/', 'http://[::ffff:169.254.169.254]/',
  'http://[::ffff:a9fe:a9fe]/', 'http://[fc00::1]/', 'http://[fd00:ec2::254]/', 'http://[fe80::1]/', 'http://100.64.0.1/',
  'https://127.0.0.1:P/secret', 'http://user:pass@127.0.0.1:P/secret',
];
const at = (u: string) => u.replace(':P', `:${site.port}`);
const secretHits = () => site.hits.get('/secret') ?? 0;

describe('sitrep ingest refuses private addresses', () => {
  test('every spelling of a loopback, private, link-local or unique-local address exits 2 without a request', async () => {
    const db = join(tmp.dir, 'cli.db');
    for (const raw of FORBIDDEN) {
      const r = await runCli(['ingest', at(raw), '--db', db]);
      assert.equal(r.code, 2, `${raw}: ${r.stderr}`);
      assert.match(r.stderr, /refused: .*(loopback|private|link-local|unique local|this machine|"this network"|unspecified|carrier-grade|IPv4-mapped)/, raw);
    }
    assert.equal(secretHits(), 0, 'the loopback site was never contacted');
    assert.equal((await snapshot(db)).stats.documents, 0);
  });

  test('a redirect from a trusted host to a private address is refused before following it', async () => {
    const db = join(tmp.dir, 'redirect.db');
    const before = site.hits.get('/go') ?? 0;
    const targets = ['http://127.0.0.1:P/secret', 'http://2130706433:P/secret', 'http://[::1]:P/secret', 'http://localhost.:P/secret', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://[::ffff:127.0.0.1]:P/secret'];
    for (const target of targets) {
      const start = site.named(`/go?to=${encodeURIComponent(at(target))}`);
      const r = await runCli(['ingest', start, '--db', db, '--allow-host', 'localhost']);
      assert.equal(r.code, 2, `${target}: ${r.stderr}`);
      assert.match(r.stderr, /refused/, target);
    }
    assert.equal((site.hits.get('/go') ?? 0) - before, targets.length, 'the trusted host was fetched each time');
    assert.equal(secretHits(), 0, 'no redirect was followed to the private address');
    // A redirect within the trusted host is followed: the guard is not simply refusing everything.
    const ok = await runCli(['ingest', site.named(`/go?to=${encodeURIComponent('/news/2')}`), '--db', db, '--allow-host', 'localhost', '--json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).documentsAdded, 1);
  });

  test('a feed item linking to a private address is refused and named; the other items are stored', async () => {
    site.feeds.set('/mixed.xml', [site.url('/news/1'), site.named('/news/2'), 'http://[::1]:1/x', 'http://169.254.169.254/latest/meta-data/']);
    const before = site.hits.get('/news/1') ?? 0;
    const db = join(tmp.dir, 'feed.db');
    const r = await runCli(['ingest', site.named('/mixed.xml'), '--db', db, '--allow-host', 'localhost', '--json']);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual([JSON.parse(r.stdout).documentsAdded, JSON.parse(r.stdout).errors], [1, 3]);
    assert.match(r.stderr, /127\.0\.0\.1.*refused: 127\.0\.0\.1 is loopback/);
    assert.match(r.stderr, /refused: 169\.254\.169\.254 is link-local/);
    assert.equal((site.hits.get('/news/1') ?? 0) - before, 0, 'the private item was not fetched');
  });
});

describe('POST /api/ingest {"url"} refuses private addresses', () => {
  let store: Store;
  let guarded: FastifyInstance;
  let trusting: FastifyInstance;
  before(async () => {
    const db = join(tmp.dir, 'api.db');
    await seedLedger(db);
    store = await openStore(db);
    const rateLimit = { burst: 1000, perSecond: 100 };
    guarded = await build({ store, rateLimit });
    // As `sitrep serve --allow-host localhost`: an own server trusted by name, everything else still checked.
    trusting = await build({ store, fetch: { allowHosts: ['localhost'] }, rateLimit });
  });
  after(async () => {
    await guarded.close();
    await trusting.close();
    await store.close();
  });
  const post = (url: string, app = trusting) =>
    app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: `Bearer ${ANALYST_TOKEN}`, 'content-type': 'application/json' }, payload: JSON.stringify({ url }) });

  test('every spelling of a private address, and a redirect to one, is a 400 FORBIDDEN_ADDRESS without a request', async () => {
    const baseline = await snapshotOf(store);
    for (const raw of FORBIDDEN) {
      const r = await post(at(raw), guarded);
      assert.equal(r.statusCode, 400, `${raw}: ${r.body}`);
      assert.equal(r.json().error.code, 'FORBIDDEN_ADDRESS', raw);
    }
    for (const target of ['http://127.0.0.1:P/secret', 'http://0x7f000001:P/secret', 'http://[::ffff:7f00:1]:P/secret', 'http://169.254.169.254/']) {
      const r = await post(site.named(`/go?to=${encodeURIComponent(at(target))}`));
      assert.equal(r.statusCode, 400, `${target}: ${r.body}`);
      assert.equal(r.json().error.code, 'FORBIDDEN_ADDRESS', target);
    }
    assert.equal(secretHits(), 0);
    assert.deepEqual(await snapshotOf(store), baseline, 'nothing was written');
  });

  test('a feed item linking to a private address fails alone, by name', async () => {
    site.feeds.set('/api-mixed.xml', [site.url('/news/1'), site.named('/news/3')]);
    const r = await post(site.named('/api-mixed.xml'));
    assert.equal(r.statusCode, 200, r.body);
    const items = r.json().items as { status: string; error?: { code: string } }[];
    assert.deepEqual(items.map((i) => [i.status, i.error?.code]), [['failed', 'FORBIDDEN_ADDRESS'], ['added', undefined]]);
  });
});
