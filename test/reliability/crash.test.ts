// Crash safety of `sitrep ingest` on SQLite: a child process ingesting a feed is killed with SIGKILL twice
// while it writes; after each kill every document is either stored whole (all its reports and claims, as a
// fresh extraction says) or absent, the database passes its integrity checks, and a re-run completes the
// feed with no duplicates.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { type StoredDocument, checkWhole, crashFeed, killWhen, startCli } from './crash.js';
import { tempDir } from './ledger.js';

const tmp = tempDir('crash');
after(tmp.remove);

const SIZE = 120;

function readLedger(path: string): { stored: StoredDocument[]; integrity: string; foreignKeys: unknown[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const stored = db.prepare(`SELECT d.source_id AS sourceId,
        (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claims,
        (SELECT COUNT(*) FROM reports r WHERE r.document_id = d.id) AS reports
      FROM documents d ORDER BY d.id`).all() as StoredDocument[];
    return { stored, integrity: db.pragma('integrity_check', { simple: true }) as string, foreignKeys: db.pragma('foreign_key_check') as unknown[] };
  } finally {
    db.close();
  }
}

/** Documents committed so far, read through a second connection (WAL lets it read while the child writes). */
function countOf(path: string): () => Promise<number> {
  return async () => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
}

describe('sitrep ingest killed with SIGKILL (SQLite)', () => {
  // One extraction thread, and two (extraction in worker threads, writes still in order through one connection).
  for (const jobs of [1, 2]) test(`with --jobs ${jobs}: every document is whole or absent after each kill, and a re-run completes the feed once`, { timeout: 300_000 }, async (t) => {
    const { docs, expected } = crashFeed(SIZE);
    const feed = join(tmp.dir, `feed-${jobs}.jsonl`);
    writeFileSync(feed, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const db = join(tmp.dir, `ledger-${jobs}.db`);
    const args = ['ingest', feed, '--db', db, '--batch', '8', '--jobs', String(jobs), '--json'];
    const counts: number[] = [];

    for (const [atLeast, delayMs] of [[SIZE * 0.2, 0], [SIZE * 0.5, 40]]) {
      const killedAt = await killWhen(startCli(args), countOf(db), Math.round(atLeast), delayMs);
      const ledger = readLedger(db);
      assert.equal(ledger.integrity, 'ok');
      assert.deepEqual(ledger.foreignKeys, []);
      counts.push(checkWhole(ledger.stored, docs, expected));
      assert.equal(counts.at(-1), killedAt);
      assert.ok(killedAt < SIZE, 'killed before the end');
    }

    const rerun = startCli(args);
    const { code } = await rerun.exited;
    assert.equal(code, 0, rerun.output());
    const summary = JSON.parse(rerun.output().trim().split('\n').at(-1) as string);
    assert.deepEqual([summary.documentsAdded, summary.duplicatesSkipped, summary.errors], [SIZE - (counts.at(-1) as number), counts.at(-1), 0]);
    const ledger = readLedger(db);
    assert.equal(ledger.integrity, 'ok');
    assert.equal(checkWhole(ledger.stored, docs, expected), SIZE);
    const totalClaims = [...expected.values()].reduce((n, e) => n + e.claims, 0);
    assert.equal(ledger.stored.reduce((n, s) => n + s.claims, 0), totalClaims);
    assert.ok(totalClaims > SIZE / 2, `the feed carries claims (${totalClaims}), so "whole" means something`);
    t.diagnostic(`crash (sqlite, --jobs ${jobs}): ${SIZE} documents, ${totalClaims} claims; killed at ${counts.join(' and ')} documents; re-run added ${summary.documentsAdded}, skipped ${summary.duplicatesSkipped}`);
  });
});
