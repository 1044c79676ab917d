// The PostgreSQL ingest queue: claiming with SKIP LOCKED, leases, retries, and two `sitrep worker` processes
// draining a feed of a few hundred documents with none lost and none stored twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import type { PostgresBackend } from '../../src/store/postgres.js';
import { IngestQueue } from '../../src/store/queue.js';
import { incidentIn } from './build.js';
import { syntheticFeed } from './feed.js';
import { PG_SKIP, PG_URL, freshSchema, openFreshPg } from './pg.js';

const ROOT = new URL('../..', import.meta.url).pathname;

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

const doc = (id: string, text: string) => ({ id, text, publishedAt: '2024-03-05', source: 'Test Wire' });

if (PG_SKIP) {
  describe('ingest queue (postgres)', { skip: PG_SKIP }, () => {
    it('runs the queue tests against PostgreSQL', () => undefined);
  });
} else {
  describe('ingest queue (postgres)', () => {
    it('queues each text once, and not at all when the ledger already has it', async () => {
      const store = await openFreshPg(freshSchema('q1'));
      try {
        const queue = IngestQueue.of(store);
        const stored = doc('s', 'A shell hit Homs on Tuesday, killing 2 people.');
        await store.ingest([{ doc: stored, incidents: [] }]);
        const states = await queue.enqueue([doc('a', 'One text.'), doc('b', 'One  text.'), doc('c', 'Another text.'), stored], 'ucdp');
        assert.deepEqual(states, ['queued', 'duplicate', 'queued', 'duplicate']);
        assert.deepEqual(await queue.counts(), { queued: 2, running: 0, done: 0, failed: 0 });
      } finally {
        await store.close();
      }
    });

    it('never hands one job to two workers, and hands it over when its lease runs out', async () => {
      const store = await openFreshPg(freshSchema('q2'));
      try {
        const queue = IngestQueue.of(store);
        await queue.enqueue(Array.from({ length: 10 }, (_, i) => doc(`d${i}`, `Text number ${i}.`)), 'ucdp');
        const [a, b] = await Promise.all([queue.claim('a', 6, 300), queue.claim('b', 6, 300)]);
        assert.equal(a.length + b.length, 10);
        assert.equal(new Set([...a, ...b].map((j) => j.id)).size, 10);
        assert.deepEqual(await queue.claim('c', 5, 300), []);
        // Worker a dies: once its lease is over, c takes its jobs (a second attempt).
        await (store.backend as PostgresBackend).pool.query(`UPDATE ingest_jobs SET locked_at = now() - interval '10 minutes' WHERE locked_by = 'a'`);
        const retaken = await queue.claim('c', 20, 300);
        assert.deepEqual(retaken.map((j) => j.id), a.map((j) => j.id));
        assert.ok(retaken.every((j) => j.attempts === 2));
        // a comes back and finishes: its writes land (the texts are new) but the jobs stay c's to close.
        const late = await queue.process('a', a, () => []);
        assert.equal(late.added, a.length);
        const done = await queue.process('c', retaken, () => []);
        assert.deepEqual([done.added, done.duplicates], [0, a.length]);
        assert.equal((await store.stats()).documents, a.length);
      } finally {
        await store.close();
      }
    });

    it('retries a failing job with a delay, then leaves it failed with its error after its last attempt', async () => {
      const store = await openFreshPg(freshSchema('q3'));
      try {
        const queue = IngestQueue.of(store);
        const text = 'A drone hit Idlib on Tuesday, killing 3 people.';
        await queue.enqueue([doc('flaky', text), doc('fine', 'Nothing happened in Homs.')], 'ucdp', { maxAttempts: 2 });
        const explode = (d: { id: string }) => {
          if (d.id === 'flaky') throw new Error('extractor crashed');
          return [];
        };
        const first = await queue.process('w', await queue.claim('w', 10, 300), explode);
        assert.deepEqual([first.added, first.retried, first.failed], [1, 1, 0]);
        assert.deepEqual(await queue.claim('w', 10, 300), [], 'a retried job waits for its delay');
        const pool = (store.backend as PostgresBackend).pool;
        await pool.query(`UPDATE ingest_jobs SET run_after = now() WHERE state = 'queued'`);
        const second = await queue.process('w', await queue.claim('w', 10, 300), explode);
        assert.deepEqual([second.retried, second.failed], [0, 1]);
        assert.deepEqual(await queue.failures(), [{ id: 1, docId: 'flaky', attempts: 2, error: 'extractor crashed' }]);
        // A job whose document cannot be stored rolls back alone and is retried.
        await queue.enqueue([doc('bad-claim', 'A blast in Homs killed 4 people.')], 'ucdp');
        const broken = (d: { id: string; text: string }) => {
          const inc = incidentIn({ ...d }, { type: 'ied', date: '2024-03-05', place: 'aleppo', claims: [{ n: 4, quote: 'killed 4 people' }] });
          (inc.claims[0] as { kind: string }).kind = 'lost';
          return [inc];
        };
        const third = await queue.process('w', await queue.claim('w', 10, 300), broken);
        assert.deepEqual([third.added, third.retried], [0, 1]);
        assert.match(third.errors[0].message, /could not be stored/);
        assert.equal((await store.stats()).documents, 1);
      } finally {
        await store.close();
      }
    });

    it('lets two worker processes drain a feed of 300 documents: every document stored once, every job done once', async () => {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      const database = `sitrep_workers_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(PG_URL as string);
      url.pathname = `/${database}`;
      const db = url.toString();
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
      try {
        const feed = syntheticFeed(300);
        // The feed carries 20 repeats, which must be queued once.
        const lines = [...feed, ...feed.slice(0, 20).map((d) => ({ ...d, id: `${d.id}-again` }))].map((d) => JSON.stringify(d));
        writeFileSync(join(dir, 'feed.jsonl'), lines.join('\n') + '\n');
        const enqueue = await runCli(['ingest', join(dir, 'feed.jsonl'), '--db', db, '--queue', '--json']);
        assert.equal(enqueue.code, 0, enqueue.err);
        assert.deepEqual(JSON.parse(enqueue.out), { documentsAdded: 0, duplicatesSkipped: 20, errors: 0, incidentsCreated: 0, reportsMerged: 0, queued: 300 });

        const workers = await Promise.all(['one', 'two'].map((name) => runCli(['worker', '--db', db, '--name', name, '--batch', '5', '--poll', '100', '--exit-when-empty'])));
        for (const w of workers) assert.equal(w.code, 0, w.err);
        const [one, two] = workers.map((w) => JSON.parse(w.out));
        assert.ok(one.claimed > 0 && two.claimed > 0, `one took ${one.claimed}, two took ${two.claimed}`);
        assert.equal(one.claimed + two.claimed, 300);
        assert.equal(one.added + two.added, 300);
        assert.equal(one.duplicates + two.duplicates, 0);

        const store = await openStore(db);
        try {
          const queue = IngestQueue.of(store);
          assert.deepEqual(await queue.counts(), { queued: 0, running: 0, done: 300, failed: 0 });
          const stats = await store.stats();
          assert.equal(stats.documents, 300);
          assert.equal(stats.reports, one.incidentsCreated + two.incidentsCreated + one.reportsMerged + two.reportsMerged);
          const status = await runCli(['worker', '--db', db, '--status']);
          assert.deepEqual(JSON.parse(status.out), { queued: 0, running: 0, done: 300, failed: 0, failures: [] });
        } finally {
          await store.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
}

