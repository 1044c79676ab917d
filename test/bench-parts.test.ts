// Two parts of the benchmark that its figures rest on: the even load (scripts/bench/load.ts) must send on time,
// count every outcome and charge a slow server for the wait; the grown ledger (scripts/bench/grow.ts) must be a
// ledger the store reads like any other, its copies complete and moved in time.
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { growLedger } from '../scripts/bench/grow.js';
import { pacedLoad, quantile } from '../scripts/bench/load.js';
import { openStore } from '../src/store/index.js';
import { REPORTS, ingestDocs, tempDir } from './reliability/ledger.js';

describe('even load', () => {
  let server: Server;
  let url = '';
  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '';
      if (path.startsWith('/bad')) res.writeHead(500).end('no');
      else if (path.startsWith('/hang')) setTimeout(() => res.end('late'), 400);
      else if (path.startsWith('/slow')) setTimeout(() => res.end('slow'), 50);
      else res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('sends rate × duration requests and counts the non-2xx answers', async () => {
    let i = 0;
    const r = await pacedLoad({ url, rate: 100, durationSeconds: 0.5, connections: 4, next: () => (i++ % 2 === 0 ? '/ok' : '/bad') });
    assert.equal(r.requests, 50);
    assert.equal(r.non2xx, 25);
    assert.equal(r.errors + r.timeouts, 0);
    assert.equal(r.bytes, 25 * 'ok'.length + 25 * 'no'.length);
    assert.ok(r.p50 <= r.p90 && r.p90 <= r.p99 && r.p99 <= r.max);
  });

  test('a server slower than the pace is charged for the queue, from the time each request was due', async () => {
    // One connection, a request due every 10 ms, 50 ms to answer each: the 20th waits for the 19 before it.
    const r = await pacedLoad({ url, rate: 100, durationSeconds: 0.2, connections: 1, next: () => '/slow' });
    assert.equal(r.requests, 20);
    assert.ok(r.max >= 600, `the last request should have waited near 1 s from its due time, max was ${r.max} ms`);
    assert.ok(r.p50 >= 200, `half the requests should have waited in the queue, p50 was ${r.p50} ms`);
  });

  test('a request unanswered by its deadline is a timeout, a refused connection an error', async () => {
    const slow = await pacedLoad({ url, rate: 50, durationSeconds: 0.2, connections: 10, timeoutMs: 100, next: () => '/hang' });
    assert.equal(slow.timeouts, 10);
    assert.equal(slow.ratePerSecond, 0);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await pacedLoad({ url: `http://127.0.0.1:${port}`, rate: 50, durationSeconds: 0.1, connections: 2, next: () => '/' });
    assert.equal(refused.errors, 5);
    assert.equal(refused.requests, 5);
  });

  test('refuses a load it cannot make', async () => {
    await assert.rejects(pacedLoad({ url, rate: 0, durationSeconds: 1, connections: 1, next: () => '/' }), /positive rate/);
    await assert.rejects(pacedLoad({ url, rate: 10, durationSeconds: 1, connections: 0, next: () => '/' }), /connection count/);
  });

  test('quantiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(quantile(xs, 0.5), 50);
    assert.equal(quantile(xs, 0.99), 99);
    assert.equal(quantile(xs, 1), 100);
    assert.equal(quantile([7], 0.99), 7);
    assert.equal(quantile([], 0.5), 0);
  });
});

describe('grown ledger', () => {
  const tmp = tempDir('grow');
  const src = join(tmp.dir, 'ledger.db');
  after(() => tmp.remove());
  before(async () => {
    const store = await openStore(src);
    try {
      await ingestDocs(store, REPORTS);
    } finally {
      await store.close();
    }
  });

  test('adds the ledger again, later in time, until it holds the incidents asked for', async () => {
    const dest = join(tmp.dir, 'grown.db');
    const g = growLedger(src, dest, 5);
    assert.ok(g);
    assert.deepEqual({ from: g.from, copies: g.copies, incidents: g.incidents, shiftYears: g.shiftYears }, { from: 2, copies: 3, incidents: 6, shiftYears: 4 });
    const store = await openStore(dest);
    try {
      const original = (await store.listIncidents({ countryCode: 'AF', from: '2024-03-01', to: '2024-03-31' })).incidents;
      const copy = (await store.listIncidents({ countryCode: 'AF', from: '2032-03-01', to: '2032-03-31' })).incidents;
      assert.equal(original.length, 1);
      assert.equal(copy.length, 1);
      const [a, b] = [original[0], copy[0]];
      assert.notEqual(a.id, b.id);
      assert.equal(b.date?.start, `${Number(a.date?.start.slice(0, 4)) + 8}${a.date?.start.slice(4)}`);
      assert.deepEqual(b.claims.map((c) => [c.kind, c.min, c.quote.text]), a.claims.map((c) => [c.kind, c.min, c.quote.text]));
      assert.ok(b.claims.every((c) => c.incidentId === b.id && b.reports.some((r) => r.id === c.reportId)));
      assert.equal(b.reports.length, a.reports.length);
      assert.notEqual(b.reports[0].documentId, a.reports[0].documentId);
      assert.equal(b.reports[0].document.publishedAt, '2032-03-04');
      // The search index has the copies too.
      assert.equal((await store.listIncidents({ q: 'Kabul' })).incidents.length, 3);
      assert.equal((await store.stats()).documents, 6);
    } finally {
      await store.close();
    }
    // The ledger it came from is untouched.
    const before = await openStore(src);
    try {
      assert.equal((await before.stats()).incidents, 2);
    } finally {
      await before.close();
    }
  });

  test('is a plain copy when the ledger is large enough, and null for a ledger with nothing dated', async () => {
    const g = growLedger(src, join(tmp.dir, 'same.db'), 2);
    assert.equal(g?.copies, 1);
    assert.equal(g?.incidents, 2);
    const empty = join(tmp.dir, 'empty.db');
    await (await openStore(empty)).close();
    assert.equal(growLedger(empty, join(tmp.dir, 'empty-grown.db'), 10), null);
  });

  test('refuses a reviewed ledger, whose audit log it would not copy', async () => {
    const reviewed = join(tmp.dir, 'reviewed.db');
    const store = await openStore(reviewed);
    try {
      await ingestDocs(store, REPORTS);
      const [first] = (await store.listIncidents()).incidents;
      await store.confirm(first.id, 'analyst');
    } finally {
      await store.close();
    }
    assert.throws(() => growLedger(reviewed, join(tmp.dir, 'reviewed-grown.db'), 10), /audit entries/);
  });
});
