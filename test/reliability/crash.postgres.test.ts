// Crash safety of `sitrep worker` on PostgreSQL: a feed is queued, a worker processing it is killed with
// SIGKILL twice; after each kill every document is whole or absent and exactly the stored documents' jobs are
// done (storing and finishing a job share one transaction). A last worker takes over the dead workers' jobs
// once their lease runs out and completes the feed with no duplicates. Runs when SITREP_TEST_PG is set.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { type StoredDocument, checkWhole, crashFeed, killWhen, startCli } from './crash.js';
import { spawnCli, tempDir } from './ledger.js';

const PG_URL = process.env.SITREP_TEST_PG;
const SKIP = PG_URL ? false : 'PostgreSQL crash test skipped: set SITREP_TEST_PG=postgres://user:pass@host:5432/db to run it';
const SIZE = 80;

describe('sitrep worker killed with SIGKILL (PostgreSQL)', { skip: SKIP }, () => {
  const tmp = tempDir('crash-pg');
  const database = `sitrep_crash_${process.pid}`;
  let admin: pg.Client;
  let client: pg.Client;
  let db: string;

  before(async () => {
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(PG_URL as string);
    url.pathname = `/${database}`;
    db = url.toString();
  });
  after(async () => {
    await client?.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    tmp.remove();
  });

  const stored = async (): Promise<StoredDocument[]> =>
    (await client.query<StoredDocument>(`SELECT d.source_id AS "sourceId",
        (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id)::int AS claims,
        (SELECT COUNT(*) FROM reports r WHERE r.document_id = d.id)::int AS reports
      FROM documents d ORDER BY d.id`)).rows;
  const doneJobs = async (): Promise<string[]> =>
    (await client.query<{ id: string }>(`SELECT doc::json->>'id' AS id FROM ingest_jobs WHERE state = 'done' ORDER BY id`)).rows.map((r) => r.id).sort();

  test('every document is whole or absent after each kill, its job done exactly when it is stored, and a last worker completes the feed once', { timeout: 300_000 }, async (t) => {
    const { docs, expected } = crashFeed(SIZE);
    const feed = join(tmp.dir, 'feed.jsonl');
    writeFileSync(feed, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const queued = await spawnCli(['ingest', feed, '--db', db, '--queue', '--json']);
    assert.equal(queued.code, 0, queued.err);
    assert.equal(JSON.parse(queued.out).queued, SIZE);

    client = new pg.Client({ connectionString: db });
    await client.connect();
    const count = async () => Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM documents')).rows[0].n);
    // A short lease, so the last worker may take the killed workers' jobs over within seconds.
    const worker = (name: string) => ['worker', '--db', db, '--name', name, '--batch', '4', '--poll', '100', '--lease', '2', '--exit-when-empty'];
    const counts: number[] = [];
    const inFlight: number[] = [];
    for (const [name, atLeast, delayMs] of [['first', SIZE * 0.2, 0], ['second', SIZE * 0.5, 40]] as const) {
      const killedAt = await killWhen(startCli(worker(name)), count, Math.round(atLeast), delayMs);
      assert.ok(killedAt < SIZE, 'killed before the end');
      const rows = await stored();
      counts.push(checkWhole(rows, docs, expected, false));
      assert.deepEqual(await doneJobs(), rows.map((r) => r.sourceId).sort(), 'the done jobs are exactly the stored documents');
      inFlight.push(Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ingest_jobs WHERE state = 'running'`)).rows[0].n));
    }

    const last = startCli(worker('last'));
    const { code } = await last.exited;
    assert.equal(code, 0, last.output());
    const summary = JSON.parse(last.output().trim().split('\n').at(-1) as string);
    assert.equal(summary.added, SIZE - (counts.at(-1) as number));
    const rows = await stored();
    assert.equal(checkWhole(rows, docs, expected, false), SIZE);
    const states = (await client.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM ingest_jobs GROUP BY state')).rows;
    assert.deepEqual(states, [{ state: 'done', n: SIZE }]);
    const claims = rows.reduce((n, r) => n + r.claims, 0);
    assert.equal(claims, [...expected.values()].reduce((n, e) => n + e.claims, 0));
    t.diagnostic(`crash (postgres worker): ${SIZE} documents, ${claims} claims; killed at ${counts.join(' and ')} documents with ${inFlight.join(' and ')} jobs in flight; the last worker added ${summary.added} (${summary.claimed} jobs claimed)`);
  });
});
