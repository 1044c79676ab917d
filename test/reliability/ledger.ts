// Shared by the reliability tests: a small real ledger to attack, a snapshot of everything in it (to prove
// that a refused request wrote nothing), the CLI as a child process, and loopback HTTP servers.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { type BuildOptions, build } from '../../src/server/app.js';
import { hashToken } from '../../src/server/tokens.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Short reports written for these tests. */
export const REPORTS: Doc[] = [
  { id: 'r-kabul', title: 'Bus bomb in Kabul', publishedAt: '2024-03-04', source: 'Test Wire', url: 'https://news.example.org/kabul-bus', text: 'A roadside bomb hit a bus in Kabul on Sunday, killing 5 passengers, police said.' },
  { id: 'r-aleppo', title: 'Shelling in Aleppo', publishedAt: '2024-03-05', source: 'Test Wire', text: 'Shelling hit a market in Aleppo on Monday, killing 12 people, the Syrian Observatory for Human Rights said.' },
];

export const ANALYST_TOKEN = 'sitrep_reliability-analyst-0123456789abcdefghijklmnopqrstuvw';

/** A temporary folder removed by the returned function. */
export function tempDir(tag: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-rel-${tag}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Stores documents with their real extraction; returns the outcomes' statuses. */
export async function ingestDocs(store: Store, docs: Doc[]): Promise<string[]> {
  const outcomes = await store.ingest(docs.map((doc) => ({ doc, incidents: extract(doc).incidents })));
  return outcomes.map((o) => o.status);
}

/** A SQLite ledger at `path` holding REPORTS and the analyst token. */
export async function seedLedger(path: string): Promise<void> {
  const store = await openStore(path);
  try {
    await ingestDocs(store, REPORTS);
    await store.createToken('analyst', hashToken(ANALYST_TOKEN));
  } finally {
    await store.close();
  }
}

/** The API over a seeded ledger, with what the input tests compare against. */
export interface SeededApp {
  store: Store;
  app: FastifyInstance;
  /** The ledger before any request. */
  baseline: LedgerSnapshot;
  /** The first incident's id, and the id of its first claim. */
  incident: number;
  claim: number;
  close: () => Promise<void>;
}

/** Seeds a ledger in `dir` (seedLedger), opens it and builds the API over it with `options`. */
export async function seededApp(dir: string, options: Omit<BuildOptions, 'store'>): Promise<SeededApp> {
  const db = join(dir, 'ledger.db');
  await seedLedger(db);
  const store = await openStore(db);
  const app = await build({ store, ...options });
  const first = (await store.listIncidents()).incidents[0];
  return {
    store, app, baseline: await snapshotOf(store), incident: first.id, claim: first.claims[0].id,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export interface LedgerSnapshot {
  stats: Awaited<ReturnType<Store['stats']>>;
  incidents: string;
  audit: string;
  tokens: string;
}

/** Everything a write could change: counts, every incident with its claims and reports, the audit log, the tokens. */
export async function snapshotOf(store: Store): Promise<LedgerSnapshot> {
  const incidents = [];
  for await (const i of store.incidents()) incidents.push(i);
  const audit = await store.auditLog({ limit: 1000 });
  const tokens = (await store.listTokens()).map((t) => ({ name: t.name, hash: t.hash, revokedAt: t.revokedAt }));
  return { stats: await store.stats(), incidents: JSON.stringify(incidents), audit: JSON.stringify(audit), tokens: JSON.stringify(tokens) };
}

export async function snapshot(db: string): Promise<LedgerSnapshot> {
  const store = await openStore(db);
  try {
    return await snapshotOf(store);
  } finally {
    await store.close();
  }
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs `sitrep` from the sources in a child process; `closeStdoutAfter` lines, the reader goes away (like `| head`). */
export function spawnCli(args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string; closeStdoutAfter?: number } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...options.env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (options.closeStdoutAfter !== undefined && out.split('\n').length > options.closeStdoutAfter) child.stdout.destroy();
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
    child.stdin.end(options.stdin ?? '');
  });
}

/**
 * An HTTP server on 127.0.0.1 with a random port, also on [::1] with the same port when the machine has IPv6
 * loopback (so "localhost" reaches it whichever address the resolver gives first); `url(path)` addresses it.
 */
export async function loopbackServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: (path: string) => string; port: number; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const v6 = createServer(handler);
  const hasV6 = await new Promise<boolean>((resolve) => {
    v6.once('error', () => resolve(false));
    v6.listen(port, '::1', () => resolve(true));
  });
  const stop = (s: Server) => new Promise<void>((resolve) => {
    s.closeAllConnections();
    s.close(() => resolve());
  });
  return {
    server,
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: async () => {
      await stop(server);
      if (hasV6) await stop(v6);
    },
  };
}
