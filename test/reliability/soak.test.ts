// A bounded soak: `sitrep serve` in a child process on a loopback port, read by several concurrent clients while
// an analyst ingests batches of documents through the API, for a fixed time (20 s; SITREP_SOAK_SECONDS to
// change). Every answer must be a success, every document posted must be in the ledger once, and the
// server's resident memory (VmRSS from /proc) may grow by at most RSS_BOUND_MB between the end of the warm-up
// and the end of the run. Writes stay under the default rate limit (60 burst, 2 a second), as a client must.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { syntheticFeed } from '../ledger/feed.js';
import { ANALYST_TOKEN, ROOT, seedLedger, tempDir } from './ledger.js';

const SECONDS = Number(process.env.SITREP_SOAK_SECONDS ?? '20');
const READERS = 8;
const DOCS_PER_POST = 8;
const WRITE_EVERY_MS = 400;
const RSS_BOUND_MB = 120;

const tmp = tempDir('soak');
let server: ChildProcess | null = null;
after(() => {
  server?.kill('SIGKILL');
  tmp.remove();
});

/** Resident memory of a process in MB, from /proc (Linux); null elsewhere. */
function rssMb(pid: number): number | null {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return null;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(path, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : null;
}

async function startServer(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--db', db, '--port', '0', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr?.on('data', (d) => (out += d));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${out}`)));
  });
  return { child, base };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

describe('soak: concurrent reads while ingesting through the API', () => {
  test(`${SECONDS} s of ${READERS} readers and one writer: no errors, every document stored once, RSS growth within ${RSS_BOUND_MB} MB`, { timeout: (SECONDS + 120) * 1000 }, async (t) => {
    const db = join(tmp.dir, 'soak.db');
    await seedLedger(db);
    const started = await startServer(db);
    server = started.child;
    const { base } = started;
    const pid = server.pid as number;
    const feed = syntheticFeed(Math.ceil((SECONDS * 1000) / WRITE_EVERY_MS + 20) * DOCS_PER_POST);
    let next = 0;
    const errors: string[] = [];
    const latencies: number[] = [];
    let reads = 0;
    let added = 0;
    let posted = 0;

    const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
      const t0 = performance.now();
      let r: Response;
      try {
        r = await fetch(base + path, init);
      } catch (e) {
        errors.push(`${path}: ${(e as Error).message}`);
        return null;
      }
      const body = await r.text();
      if (!r.ok) {
        errors.push(`${init.method ?? 'GET'} ${path}: ${r.status} ${body.slice(0, 200)}`);
        return null;
      }
      latencies.push(performance.now() - t0);
      return r.headers.get('content-type')?.includes('json') && !path.includes('format=') ? JSON.parse(body) : body;
    };
    const ingest = async () => {
      const docs = feed.slice(next, next + DOCS_PER_POST);
      next += docs.length;
      const r = (await call('/api/ingest', { method: 'POST', headers: { authorization: `Bearer ${ANALYST_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(docs) })) as { summary: { documentsAdded: number } } | null;
      posted += docs.length;
      added += r?.summary.documentsAdded ?? 0;
    };
    const READS = [
      () => '/api/incidents?limit=50',
      () => '/api/stats',
      (k: number) => `/api/incidents/${1 + (k % 3)}`,
      (k: number) => `/api/documents/${1 + (k % 2)}`,
      () => '/api/incidents?q=market&limit=20',
      () => '/api/incidents?country=SY&from=2024-03-01&to=2024-03-31',
      (k: number) => (k % 10 === 0 ? '/api/export?format=geojson' : '/api/audit'),
    ];
    const reader = async (id: number, until: number) => {
      for (let k = id; Date.now() < until; k++) {
        await call(READS[k % READS.length](k));
        reads++;
      }
    };

    // Warm-up: the first ingest loads the gazetteer and compiles the extractor; memory is measured after it.
    await ingest();
    await reader(0, Date.now() + 1500);
    const rssStart = rssMb(pid);
    const t0 = Date.now();
    const until = t0 + SECONDS * 1000;
    let rssMax = rssStart ?? 0;
    const writer = async () => {
      while (Date.now() < until) {
        const t = Date.now();
        await ingest();
        rssMax = Math.max(rssMax, rssMb(pid) ?? 0);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, WRITE_EVERY_MS - (Date.now() - t))));
      }
    };
    const readsBefore = reads;
    await Promise.all([writer(), ...Array.from({ length: READERS }, (_, i) => reader(i, until))]);
    const elapsed = (Date.now() - t0) / 1000;
    const rssEnd = rssMb(pid);

    assert.deepEqual(errors.slice(0, 10), [], `${errors.length} failed requests`);
    const stats = (await call('/api/stats')) as { documents: number };
    assert.equal(added, posted, 'every posted document was added (none was a duplicate or failed)');
    assert.equal(stats.documents, 2 + added, 'the ledger holds each document once');
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = `${elapsed.toFixed(1)} s: ${reads - readsBefore} reads (${((reads - readsBefore) / elapsed).toFixed(0)}/s, p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms) by ${READERS} clients, ${posted} documents ingested in ${Math.ceil(posted / DOCS_PER_POST)} requests (${(posted / elapsed).toFixed(1)} docs/s); server RSS ${rssStart?.toFixed(0)} MB after warm-up, ${rssEnd?.toFixed(0)} MB at the end (max ${rssMax.toFixed(0)} MB); 0 errors`;
    t.diagnostic(`soak: ${figures}`);
    if (rssStart === null || rssEnd === null) {
      t.diagnostic('soak: /proc is not available here, so the memory bound was not checked');
    } else {
      assert.ok(rssEnd - rssStart <= RSS_BOUND_MB, `RSS grew by ${(rssEnd - rssStart).toFixed(0)} MB (bound ${RSS_BOUND_MB} MB): ${figures}`);
    }
    assert.ok(reads - readsBefore > SECONDS * 5, `the readers got answers (${reads - readsBefore})`);
  });
});
