// `sitrep ingest` end to end with the real extractor, on reports written for these tests
// (fixtures/kharkiv-week.jsonl): two outlets and a follow-up on one drone strike, a protest in the same
// city on the same day, and a bombing elsewhere.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { Doc } from '../../src/core/types.js';
import { openStore } from '../../src/store/index.js';
import { fakeIo } from './cli-io.js';
import { syntheticFeed } from './feed.js';

const FIXTURE = new URL('./fixtures/kharkiv-week.jsonl', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshDb = () => join(dir, `l${n++}.db`);

async function run(argv: string[], stdin = '') {
  const f = fakeIo(stdin);
  const code = await main(argv, f.io);
  return { code, out: f.stdout(), err: f.stderr() };
}

describe('sitrep ingest', () => {
  it('merges two outlets and a follow-up into one incident, keeps a protest and another city apart, and records the rising toll', async () => {
    const db = freshDb();
    const r = await run(['ingest', FIXTURE, '--db', db, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), { documentsAdded: 5, duplicatesSkipped: 0, errors: 0, incidentsCreated: 3, reportsMerged: 2 });
    const store = await openStore(db);
    try {
      const { incidents } = await store.listIncidents();
      const strike = incidents.find((i) => i.subEventType === 'Air/drone strike');
      assert.ok(strike);
      assert.deepEqual(strike.reports.map((x) => x.document.sourceId), ['w1', 'w2', 'w3']);
      assert.ok(incidents.some((i) => i.eventType === 'Protests' && i.reports[0].document.sourceId === 'w4'));
      const history = await store.tollHistory(strike.id);
      assert.deepEqual(history.map((h) => [h.old.killed?.best ?? null, h.new.killed?.best]), [[null, 9], [9, 12]]);
      assert.equal(history[1].documentId, strike.reports[2].documentId);
    } finally {
      await store.close();
    }
  });

  it('adds nothing when the same documents come again, and says so', async () => {
    const db = freshDb();
    await run(['ingest', FIXTURE, '--db', db]);
    const again = await run(['ingest', FIXTURE, '--db', db]);
    assert.equal(again.code, 0);
    assert.match(again.out, /^documents added: 0$/m);
    assert.match(again.out, /^duplicates skipped: 5$/m);
  });

  it('skips a syndicated copy, and its page again later with the text touched up (an earlier run stored the original)', async () => {
    const db = freshDb();
    const original = JSON.parse(readFileSync(FIXTURE, 'utf8').split('\n')[0]) as Doc;
    const copy = { ...original, id: 'copy', url: 'https://other-outlet.example/wire/kharkiv-strike' };
    const again = { ...copy, id: 'again', url: `${copy.url}?utm_source=feed&utm_medium=rss`, text: `${original.text} (Updated.)` };
    const lines = (...docs: Doc[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
    assert.equal(JSON.parse((await run(['ingest', '-', '--db', db, '--json'], lines(original))).out).documentsAdded, 1);
    for (const doc of [copy, again]) {
      const r = await run(['ingest', '-', '--db', db, '--json'], lines(doc));
      assert.deepEqual([r.code, JSON.parse(r.out).documentsAdded, JSON.parse(r.out).duplicatesSkipped], [0, 0, 1], doc.id);
    }
  });

  it('reports a bad line on stderr, stores the rest and exits 1; no progress line when stderr is piped', async () => {
    const db = freshDb();
    const input = '{"id":"ok","text":"Gunmen killed 3 villagers in Kaduna on Monday, police said.","publishedAt":"2024-02-05"}\n{"id":"broken","txt":"no text field"}\n';
    const r = await run(['ingest', '-', '--db', db, '--json'], input);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).documentsAdded, 1);
    assert.equal(JSON.parse(r.out).errors, 1);
    assert.match(r.err, /sitrep ingest: stdin:2: .*text/);
    assert.ok(!r.err.includes('\r'));
  });

  it('reads a directory of text files, one document each', async () => {
    const db = freshDb();
    const docs = join(dir, `docs${n}`);
    mkdirSync(docs);
    writeFileSync(join(docs, 'a.txt'), 'A roadside bomb killed 2 soldiers near Kirkuk on Monday, March 4, 2024, the army said.');
    writeFileSync(join(docs, 'b.txt'), 'Police arrested 40 protesters in Lagos on Friday, March 8, 2024.');
    cpSync(FIXTURE, join(docs, 'c.jsonl'));
    const r = await run(['ingest', docs, '--db', db, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).documentsAdded, 7);
  });

  for (const [argv, message] of [
    [['ingest'], /takes one input, got 0/],
    [['ingest', 'a', 'b'], /takes one input, got 2/],
    [['ingest', FIXTURE, '--rule', 'median'], /--rule must be one of/],
    [['ingest', FIXTURE, '--batch', '0'], /--batch must be an integer/],
    [['ingest', FIXTURE, '--queue'], /--queue needs a PostgreSQL ledger/],
    [['ingest', join(dir, 'nowhere.jsonl')], /nowhere\.jsonl: cannot be read/],
    [['ingest', FIXTURE, '--db', join(dir, 'garbage.db')], /cannot open the SQLite database \(file is not a database\)/],
  ] as [string[], RegExp][]) {
    it(`exits 2 for ${argv.slice(1).map((a) => (a.includes('/') ? a.split('/').pop() : a)).join(' ') || 'no input'}`, async () => {
      writeFileSync(join(dir, 'garbage.db'), 'not a database, just text '.repeat(40));
      const r = await run(argv.includes('--db') ? argv : [...argv, '--db', freshDb()]);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
    });
  }
});

describe('sitrep ingest --jobs', () => {
  it('builds the same ledger with extraction threads as without', async () => {
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, syntheticFeed(240).map((d) => JSON.stringify(d)).join('\n') + '\n');
    const exports: string[] = [];
    for (const jobs of ['1', '2']) {
      const db = freshDb();
      const r = await run(['ingest', feed, '--db', db, '--jobs', jobs, '--batch', '40', '--json']);
      assert.equal(r.code, 0, r.err);
      assert.equal(JSON.parse(r.out).documentsAdded, 240);
      exports.push((await run(['export', '--db', db, '--format', 'ucdp-csv'])).out);
    }
    assert.ok(exports[0].split('\r\n').length > 50);
    assert.equal(exports[1], exports[0]);
  });

  it('skips a copy that comes a batch after its original, which is not stored yet when the copy is looked up', async () => {
    // Batches of 40: each of the first 5 documents comes again, under another id, at the start of the second batch,
    // which goes to extraction before the first batch is written.
    const docs = syntheticFeed(115);
    const copies = docs.slice(0, 5).map((d) => ({ ...d, id: `${d.id}-copy` }));
    const feed = join(dir, 'feed-copies.jsonl');
    writeFileSync(feed, [...docs.slice(0, 40), ...copies, ...docs.slice(40)].map((d) => JSON.stringify(d)).join('\n') + '\n');
    const exports: string[] = [];
    for (const jobs of ['1', '2']) {
      const db = freshDb();
      const r = await run(['ingest', feed, '--db', db, '--jobs', jobs, '--batch', '40', '--json']);
      assert.equal(r.code, 0, r.err);
      const summary = JSON.parse(r.out);
      assert.deepEqual([summary.documentsAdded, summary.duplicatesSkipped, summary.errors], [115, 5, 0]);
      exports.push((await run(['export', '--db', db, '--format', 'ucdp-csv'])).out);
    }
    assert.equal(exports[1], exports[0]);
  });
});

describe('sitrep ingest from the web', () => {
  const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>http://127.0.0.1/</link>
  <item><title>Shelling in Kharkiv</title><link>http://127.0.0.1/news/1</link><pubDate>Tue, 14 May 2024 10:00:00 +0000</pubDate>
    <description>Shelling hit a market in Kharkiv on Tuesday, killing 3 people, officials said.</description></item>
  <item><title>Shelling in Kharkiv (same story)</title><link>http://127.0.0.1/news/1?utm_source=rss</link><pubDate>Tue, 14 May 2024 11:00:00 +0000</pubDate>
    <description>An updated text: shelling hit a market in Kharkiv on Tuesday, killing 4 people, officials said.</description></item>
</channel></rss>`;

  it('refuses a loopback feed unless --allow-private, then stores its items once by canonical URL', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(FEED);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
    try {
      const db = freshDb();
      const refused = await run(['ingest', url, '--db', db]);
      assert.equal(refused.code, 2);
      assert.match(refused.err, /127\.0\.0\.1/);
      const r = await run(['ingest', url, '--db', db, '--allow-private', '--json']);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual([JSON.parse(r.out).documentsAdded, JSON.parse(r.out).duplicatesSkipped], [1, 1]);
    } finally {
      server.close();
    }
  });
});

describe('sitrep ingest progress', () => {
  it('draws a progress line on a terminal and clears it at the end', async () => {
    const f = fakeIo('{"id":"p","text":"Gunmen killed 2 people in Kaduna on Monday.","publishedAt":"2024-02-05"}\n');
    (f.io.stderr as { isTTY?: boolean }).isTTY = true;
    const code = await main(['ingest', '-', '--db', freshDb()], f.io);
    assert.equal(code, 0);
    assert.match(f.stderr(), /\r\x1b\[2Kingest: 1 read, 0 added/);
    assert.ok(f.stderr().endsWith('\r\x1b[2K'));
  });
});
