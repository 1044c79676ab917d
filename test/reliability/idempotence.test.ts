// Ingesting the same thing again adds nothing: the same feed twice, one story reached through links that
// differ only by tracking parameters, and the same text under another path, through the CLI and the API.
// Everything is served from a loopback news site (so the guard is opened with --allow-private).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../cli/run-cli.js';
import { ANALYST_TOKEN, seedLedger, snapshot, snapshotOf, tempDir } from './ledger.js';
import { type Newsroom, newsroom } from './newsroom.js';

const tmp = tempDir('idem');
let site: Newsroom;
let n = 0;
const freshDb = () => join(tmp.dir, `l${n++}.db`);

before(async () => {
  site = await newsroom();
});
after(async () => {
  await site.close();
  tmp.remove();
});

const ingest = async (target: string, db: string) => {
  const r = await runCli(['ingest', target, '--db', db, '--allow-private', '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as { documentsAdded: number; duplicatesSkipped: number; errors: number; incidentsCreated: number; reportsMerged: number };
};

describe('sitrep ingest, twice', () => {
  test('a feed whose items reach one story three times stores it once; the same feed again adds no document and no incident', async () => {
    const db = freshDb();
    const first = await ingest(site.url('/feed.xml'), db);
    assert.deepEqual([first.documentsAdded, first.duplicatesSkipped, first.errors], [3, 2, 0]);
    const stored = await snapshot(db);
    assert.equal(stored.stats.documents, 3);
    assert.ok(stored.stats.incidents >= 3, `each story is an incident: ${JSON.stringify(stored.stats)}`);

    const again = await ingest(site.url('/feed.xml'), db);
    assert.deepEqual(again, { documentsAdded: 0, duplicatesSkipped: 5, errors: 0, incidentsCreated: 0, reportsMerged: 0 });
    assert.deepEqual(await snapshot(db), stored, 'the ledger is unchanged: documents, incidents, claims, reports, toll history');
  });

  test('one story from two URLs differing only by tracking parameters, and its text under another path, is stored once', async () => {
    const db = freshDb();
    const first = await ingest(site.url('/news/2?utm_source=twitter&utm_medium=social'), db);
    assert.equal(first.documentsAdded, 1);
    const stored = await snapshot(db);
    for (const url of [site.url('/news/2?gclid=Cj0KCQ&utm_content=banner'), site.url('/news/2?fbclid=x#comments'), site.url('/syndicated/2')]) {
      const again = await ingest(url, db);
      assert.deepEqual([again.documentsAdded, again.duplicatesSkipped, again.incidentsCreated, again.reportsMerged], [0, 1, 0, 0], url);
    }
    assert.deepEqual(await snapshot(db), stored);
  });
});

describe('POST /api/ingest, twice', () => {
  test('the same feed URL twice, and a story through tracking-parameter variants, add nothing the second time', async () => {
    const db = freshDb();
    await seedLedger(db);
    const store = await openStore(db);
    const app = await build({ store, fetch: { allowPrivate: true } });
    const post = async (url: string) => {
      const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: `Bearer ${ANALYST_TOKEN}`, 'content-type': 'application/json' }, payload: JSON.stringify({ url }) });
      assert.equal(r.statusCode, 200, r.body);
      return r.json().summary as { documentsAdded: number; duplicatesSkipped: number; incidentsCreated: number; reportsMerged: number };
    };
    try {
      const first = await post(site.url('/feed.xml'));
      assert.deepEqual([first.documentsAdded, first.duplicatesSkipped], [3, 2]);
      const stored = await snapshotOf(store);
      const again = await post(site.url('/feed.xml'));
      assert.deepEqual([again.documentsAdded, again.duplicatesSkipped, again.incidentsCreated, again.reportsMerged], [0, 5, 0, 0]);
      for (const url of [site.url('/news/3?utm_source=newsletter'), site.url('/news/3?ref=homepage&mc_cid=abc'), site.url('/syndicated/3')]) {
        const r = await post(url);
        assert.deepEqual([r.documentsAdded, r.duplicatesSkipped], [0, 1], url);
      }
      assert.deepEqual(await snapshotOf(store), stored);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
