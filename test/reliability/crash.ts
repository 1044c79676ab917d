// Shared by the crash tests: a feed written for them, the claims and reports each document must have once
// stored (from a fresh extraction in this process: extraction is deterministic), a child `sitrep` process
// killed with SIGKILL once the ledger holds enough documents, and the per-document check.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { syntheticFeed } from '../ledger/feed.js';
import { ROOT } from './ledger.js';

export interface Expected {
  claims: number;
  reports: number;
}

/** The feed and, per document id, what storing it must leave: one report per non-background incident and its claims. */
export function crashFeed(size: number): { docs: Doc[]; expected: Map<string, Expected> } {
  const docs = syntheticFeed(size);
  const expected = new Map<string, Expected>();
  for (const doc of docs) {
    const incidents = extract(doc).incidents.filter((i) => !i.background);
    expected.set(doc.id, { reports: incidents.length, claims: incidents.reduce((n, i) => n + i.claims.length, 0) });
  }
  return { docs, expected };
}

export interface StoredDocument {
  sourceId: string;
  claims: number;
  reports: number;
}

/**
 * Every stored document is whole (all its reports and claims) and stored once; returns how many are stored.
 * With `prefix`, the stored documents must also be the first ones of the feed (batches stored in input order).
 */
export function checkWhole(stored: StoredDocument[], docs: Doc[], expected: Map<string, Expected>, prefix = true): number {
  const seen = new Set<string>();
  for (const s of stored) {
    assert.ok(!seen.has(s.sourceId), `document ${s.sourceId} is stored twice`);
    seen.add(s.sourceId);
    const want = expected.get(s.sourceId);
    assert.ok(want, `document ${s.sourceId} is not in the feed`);
    assert.deepEqual({ claims: s.claims, reports: s.reports }, want, `document ${s.sourceId} is stored in part`);
  }
  // Batches are stored in input order, so what a crash leaves is a prefix of the feed: no gaps.
  const ids = docs.map((d) => d.id);
  if (prefix) assert.deepEqual([...seen].sort(), ids.slice(0, seen.size).sort(), 'the stored documents are the first ones of the feed');
  return seen.size;
}

/** Starts `sitrep …` from the sources; its output is collected for messages. */
export function startCli(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/**
 * Polls `count` until it reaches `atLeast`, waits `delayMs` more (so the kill lands at another point of the
 * write loop than right after a commit), then kills the child with SIGKILL; fails if the child ends first.
 */
export async function killWhen(run: ReturnType<typeof startCli>, count: () => Promise<number>, atLeast: number, delayMs = 0, timeoutMs = 120_000): Promise<number> {
  let ended = false;
  void run.exited.then(() => (ended = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ended) assert.fail(`the child finished before it could be killed (at ${await count()} documents): ${run.output()}`);
    if (Date.now() > deadline) assert.fail(`the child did not reach ${atLeast} documents in time: ${run.output()}`);
    const n = await count().catch(() => 0);
    if (n >= atLeast) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (ended) assert.fail(`the child finished before it could be killed: ${run.output()}`);
  run.child.kill('SIGKILL');
  const { signal } = await run.exited;
  assert.equal(signal, 'SIGKILL');
  return count();
}
