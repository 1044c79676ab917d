// API latency: the server (api-server.ts, its own process) over a large ledger, under a load on loopback at a fixed
// rate for a fixed time, once per kind of request: the filtered list, a map box, one incident. Each kind runs under
// two loads: requests at an even pace (load.ts: one every 1/rate s, open loop, latency from the time each was due),
// which is what the target is judged on, and autocannon at the same overall rate, which sends each second's
// requests in a burst as the second starts (see load.ts). Requests vary (random countries, months, boxes around
// stored incidents, ids), so no answer is served from a single hot page.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { runJsonChild } from './child.js';
import { type Latencies, pacedLoad } from './load.js';
import { seeded } from './synthetic.js';
import { type Target, targetDb } from './ingest.js';

const require = createRequire(import.meta.url);
// autocannon is CommonJS without types.
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

interface Percentiles { p50: number; p90: number; p99: number; average: number; max: number }
interface AutocannonResult {
  latency: Percentiles;
  requests: { total: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}

/** How requests arrive: at an even pace (one every 1/rate s), or as autocannon sends them (a burst each second). */
export type Pacing = 'even' | 'burst';

export interface EndpointLatency extends Latencies {
  name: string;
  /** Absent in records made before the even load existed: those were all autocannon's bursts. */
  pacing?: Pacing;
  example: string;
}

export interface ApiFigures {
  incidents: number;
  durationSeconds: number;
  rate: number;
  connections: number;
  endpoints: EndpointLatency[];
}

export interface LedgerSample {
  maxId: number;
  incidents: number;
  countries: string[];
  points: { lat: number; lon: number; date: string }[];
}

const SAMPLE_SQL = {
  stats: 'SELECT MAX(id) AS max_id, COUNT(*) AS n FROM incidents',
  countries: 'SELECT country_code FROM incidents WHERE country_code IS NOT NULL GROUP BY country_code HAVING COUNT(*) >= 10 ORDER BY country_code',
  // Every step-th incident (about 2000 in all): spread over the ledger without a random sort of a million rows.
  points: (step: number) => `SELECT latitude, longitude, date_start FROM incidents WHERE latitude IS NOT NULL AND date_start IS NOT NULL AND id % ${step} = 0 ORDER BY id LIMIT 2000`,
};
const stepOf = (maxId: number) => Math.max(1, Math.floor(maxId / 2000));

async function sampleLedger(t: Target): Promise<LedgerSample> {
  type Stats = { max_id: number | string; n: number | string };
  type Point = { latitude: number; longitude: number; date_start: string };
  if (t.dialect === 'sqlite') {
    const db = new Database(t.path, { readonly: true });
    try {
      const s = db.prepare(SAMPLE_SQL.stats).get() as Stats;
      const countries = (db.prepare(SAMPLE_SQL.countries).all() as { country_code: string }[]).map((r) => r.country_code);
      const points = (db.prepare(SAMPLE_SQL.points(stepOf(Number(s.max_id)))).all() as Point[]).map((p) => ({ lat: p.latitude, lon: p.longitude, date: p.date_start }));
      return { maxId: Number(s.max_id), incidents: Number(s.n), countries, points };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: targetDb(t) });
  await client.connect();
  try {
    const s = (await client.query<Stats>(SAMPLE_SQL.stats)).rows[0];
    const countries = (await client.query<{ country_code: string }>(SAMPLE_SQL.countries)).rows.map((r) => r.country_code);
    const points = (await client.query<Point>(SAMPLE_SQL.points(stepOf(Number(s.max_id))))).rows.map((p) => ({ lat: p.latitude, lon: p.longitude, date: p.date_start }));
    return { maxId: Number(s.max_id), incidents: Number(s.n), countries, points };
  } finally {
    await client.end();
  }
}

const root = new URL('../..', import.meta.url).pathname;

function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/api-server.ts'), db], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, child });
    });
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`the API server exited with ${code} before listening: ${err.trim()}`)));
  });
}

/** Paths for one kind of request, drawn from the ledger sample with a fixed seed. */
function pathMaker(kind: Kind, s: LedgerSample): () => string {
  const r = seeded(kind.length * 7919);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  if (kind === 'incident') return () => `/api/incidents/${1 + Math.floor(r() * s.maxId)}`;
  if (kind === 'bbox') {
    return () => {
      const p = pick(s.points);
      const half = 0.5 + r() * 1.5;
      const box = [p.lon - half, p.lat - half, p.lon + half, p.lat + half].map((x) => x.toFixed(3)).join(',');
      return `/api/incidents?bbox=${box}&limit=50`;
    };
  }
  return () => {
    // A country and the month around a stored incident's date: the list the web app's filters ask for.
    const p = pick(s.points);
    const from = `${p.date.slice(0, 7)}-01`;
    const to = `${p.date.slice(0, 7)}-28`;
    return `/api/incidents?country=${pick(s.countries)}&from=${from}&to=${to}&limit=50`;
  };
}

export type Kind = 'list' | 'bbox' | 'incident';

/** One kind of request under one load: a 3 s warm-up at the same rate (first compiled routes, cold pages), then the measured run. */
export async function measure(url: string, kind: Kind, pacing: Pacing, sample: LedgerSample, o: { duration: number; rate: number; connections: number }): Promise<EndpointLatency> {
  const next = pathMaker(kind, sample);
  const example = pathMaker(kind, sample)();
  const run = async (duration: number): Promise<Omit<EndpointLatency, 'name' | 'example' | 'pacing'>> => {
    if (pacing === 'even') {
      const r = await pacedLoad({ url, rate: o.rate, durationSeconds: duration, connections: o.connections, next });
      return { requests: r.requests, ratePerSecond: r.ratePerSecond, p50: r.p50, p90: r.p90, p99: r.p99, max: r.max, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
    }
    const res = await autocannon({ url, connections: o.connections, duration, overallRate: o.rate, requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: next() }) }] });
    return {
      requests: res.requests.total, ratePerSecond: res.requests.total / res.duration,
      p50: res.latency.p50, p90: res.latency.p90, p99: res.latency.p99, max: res.latency.max,
      errors: res.errors, timeouts: res.timeouts, non2xx: res.non2xx,
    };
  };
  await run(Math.min(3, o.duration));
  // 404 for an id that was merged away or never existed is a correct answer, but the ids drawn are all live (no reviews ran).
  return { name: kind, pacing, example, ...(await run(o.duration)) };
}

/** What load-child.ts is asked to measure. */
export interface LoadJob {
  url: string;
  kind: Kind;
  pacing: Pacing;
  sample: LedgerSample;
  o: { duration: number; rate: number; connections: number };
}

/**
 * One measure in a process of its own (load-child.ts), as the server has: the benchmark's own process holds the
 * ingest part's records (hundreds of MB), and its garbage collector's pauses would count as the server's latency.
 */
async function measureApart(job: LoadJob): Promise<EndpointLatency> {
  const { value } = await runJsonChild('load-child.ts', [], `the load for ${job.kind} (${job.pacing})`, JSON.stringify(job));
  return value as EndpointLatency;
}

export async function benchApi(t: Target, options: { durationSeconds?: number; rate?: number; connections?: number; log?: (line: string) => void } = {}): Promise<ApiFigures> {
  const duration = options.durationSeconds ?? 30;
  const rate = options.rate ?? 200;
  const connections = options.connections ?? 20;
  const sample = await sampleLedger(t);
  if (sample.incidents === 0 || sample.points.length === 0) throw new Error('the ledger has no placed incidents to query');
  const { url, child } = await startServer(targetDb(t));
  const endpoints: EndpointLatency[] = [];
  try {
    for (const kind of ['list', 'bbox', 'incident'] as const) {
      for (const pacing of ['even', 'burst'] as const) {
        const e = await measureApart({ url, kind, pacing, sample, o: { duration, rate, connections } });
        endpoints.push(e);
        options.log?.(`api ${kind} (${pacing}): ${e.requests} requests (${e.ratePerSecond.toFixed(0)}/s), p50 ${e.p50} ms, p99 ${e.p99} ms, errors ${e.errors}, timeouts ${e.timeouts}, non-2xx ${e.non2xx}`);
      }
    }
  } finally {
    child.kill('SIGTERM');
  }
  return { incidents: sample.incidents, durationSeconds: duration, rate, connections, endpoints };
}
