// The ingest queue (PostgreSQL only): `sitrep ingest --queue` enqueues documents, `sitrep worker` processes
// them, as many workers on as many machines as wanted.
//
// - A job is claimed with `SELECT … FOR UPDATE SKIP LOCKED`, so two workers never take the same job, and
//   leased: a job whose worker died is taken again once its lease runs out.
// - Storing a document and marking its job done happen in one transaction (one savepoint per job), so a
//   crash leaves both undone or both done; and a document is stored at most once whatever happens, because
//   the store refuses a second copy of a text or URL (content hash, canonical URL: UNIQUE).
// - A failed job goes back to the queue with a growing delay until it has used its attempts, then stays
//   `failed` with its last error.
import { SitrepError, isSitrepError } from '../core/errors.js';
import type { Doc, Incident, Rule } from '../core/types.js';
import { documentKeys, findDuplicate } from './documents.js';
import { ingestDocument } from './ledger.js';
import type { PostgresBackend } from './postgres.js';
import { type Program, get, run } from './program.js';
import { countryLock } from './review.js';
import type { LedgerStore } from './store.js';
import type { IngestOutcome, Store } from './types.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: number;
  doc: Doc;
  rule: Rule;
  /** Attempts so far, this one included. */
  attempts: number;
  maxAttempts: number;
}

export interface QueueOptions {
  /** Attempts a job gets before it is left failed (default 3). */
  maxAttempts?: number;
}

export interface BatchResult {
  claimed: number;
  added: number;
  duplicates: number;
  /** Jobs that failed and were put back for another attempt. */
  retried: number;
  /** Jobs that failed their last attempt. */
  failed: number;
  incidentsCreated: number;
  reportsMerged: number;
  errors: { jobId: number; docId: string; message: string }[];
}

/** Seconds before a failed job's next attempt: 2, 8, 18 … (grows with the square of the attempts). */
const retryDelaySeconds = (attempts: number): number => 2 * attempts * attempts;

export class IngestQueue {
  private constructor(
    private readonly backend: PostgresBackend,
    private readonly clock: () => string,
  ) {}

  /** The queue of a PostgreSQL store; BAD_ARGUMENT for any other store. */
  static of(store: Store): IngestQueue {
    const ledger = store as LedgerStore;
    if (store.dialect !== 'postgres' || !ledger.backend) {
      throw new SitrepError('BAD_ARGUMENT', 'the ingest queue needs PostgreSQL: give --db postgres://… or set SITREP_DB', store.location);
    }
    return new IngestQueue(ledger.backend as PostgresBackend, () => new Date().toISOString());
  }

  /** Queues documents not stored or queued yet; says for each whether it was queued. */
  async enqueue(docs: Doc[], rule: Rule, options: QueueOptions = {}): Promise<('queued' | 'duplicate')[]> {
    const maxAttempts = options.maxAttempts ?? 3;
    const programs = docs.map((doc) =>
      function* (): Program<'queued' | 'duplicate'> {
        const keys = documentKeys(doc);
        if (yield* findDuplicate(keys)) return 'duplicate';
        const row = yield* get(
          'INSERT INTO ingest_jobs (content_hash, doc, rule, max_attempts) VALUES (?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id',
          keys.contentHash, JSON.stringify(doc), rule, maxAttempts,
        );
        return row ? 'queued' : 'duplicate';
      },
    );
    const results = await this.backend.writeEach(programs);
    return results.map((r) => {
      if (!r.ok) throw r.error;
      return r.value;
    });
  }

  /** Takes up to `limit` jobs for `worker`: queued ones that are due, and running ones whose lease ran out. */
  async claim(worker: string, limit: number, leaseSeconds: number): Promise<Job[]> {
    const rows = await this.backend.transaction(async (client) =>
      (await client.query<{ id: string; doc: string; rule: Rule; attempts: number; max_attempts: number }>(
        `UPDATE ingest_jobs SET state = 'running', locked_by = $1, locked_at = now(), attempts = attempts + 1, updated_at = now()
         WHERE id IN (
           SELECT id FROM ingest_jobs
           WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND locked_at < now() - make_interval(secs => $2))
           ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING id, doc, rule, attempts, max_attempts`,
        [worker, leaseSeconds, limit],
      )).rows,
    );
    return rows
      .map((r) => ({ id: Number(r.id), doc: JSON.parse(r.doc) as Doc, rule: r.rule, attempts: r.attempts, maxAttempts: r.max_attempts }))
      .sort((a, b) => a.id - b.id);
  }

  /**
   * Processes claimed jobs: extracts each document, then stores every document and marks its job done in one
   * transaction (a savepoint per job). Jobs that fail are retried later or, out of attempts, left failed.
   */
  async process(worker: string, jobs: Job[], extract: (doc: Doc, rule: Rule) => Incident[]): Promise<BatchResult> {
    const result: BatchResult = { claimed: jobs.length, added: 0, duplicates: 0, retried: 0, failed: 0, incidentsCreated: 0, reportsMerged: 0, errors: [] };
    const ready: { job: Job; incidents: Incident[] }[] = [];
    const failures: { job: Job; error: unknown }[] = [];
    for (const job of jobs) {
      if (job.attempts > job.maxAttempts) {
        failures.push({ job, error: new SitrepError('STORE_FAILED', `gave up after ${job.maxAttempts} attempts (its worker stopped)`, job.doc.id) });
        continue;
      }
      try {
        ready.push({ job, incidents: extract(job.doc, job.rule) });
      } catch (error) {
        failures.push({ job, error });
      }
    }
    const locks = ready.flatMap(({ incidents }) => incidents.filter((x) => !x.background && x.location).map((x) => countryLock(x.location?.countryCode)));
    const outcomes = ready.length === 0 ? [] : await this.backend.writeEach(
      ready.map(({ job, incidents }) => () => this.storeJob(worker, job, incidents)),
      locks,
    );
    outcomes.forEach((o, i) => {
      if (!o.ok) {
        const e = o.error;
        const error = isSitrepError(e) ? e : new SitrepError('STORE_FAILED', `could not be stored: ${(e as Error).message ?? e}`, ready[i].job.doc.id);
        return failures.push({ job: ready[i].job, error });
      }
      const outcome = o.value;
      if (outcome.status === 'added') {
        result.added++;
        result.incidentsCreated += outcome.created.length;
        result.reportsMerged += outcome.merged.length;
      } else if (outcome.status === 'duplicate') result.duplicates++;
    });
    for (const { job, error } of failures) {
      const message = isSitrepError(error) ? error.message : `${(error as Error).message ?? error}`;
      const retry = job.attempts < job.maxAttempts;
      await this.backend.write(() =>
        run(
          retry
            ? `UPDATE ingest_jobs SET state = 'queued', run_after = now() + make_interval(secs => ?), last_error = ?, locked_by = NULL, locked_at = NULL, updated_at = now() WHERE id = ? AND locked_by = ?`
            : `UPDATE ingest_jobs SET state = 'failed', run_after = now() + make_interval(secs => ?), last_error = ?, locked_by = NULL, locked_at = NULL, updated_at = now() WHERE id = ? AND locked_by = ?`,
          retry ? retryDelaySeconds(job.attempts) : 0, message, job.id, worker,
        ),
      );
      if (retry) result.retried++;
      else result.failed++;
      result.errors.push({ jobId: job.id, docId: job.doc.id, message });
    }
    return result;
  }

  private *storeJob(worker: string, job: Job, incidents: Incident[]): Program<IngestOutcome> {
    const outcome = yield* ingestDocument({ doc: job.doc, incidents }, job.rule, this.clock());
    const summary = outcome.status === 'added'
      ? { status: outcome.status, documentId: outcome.documentId, created: outcome.created, merged: outcome.merged }
      : outcome.status === 'duplicate' ? { status: outcome.status, documentId: outcome.documentId, by: outcome.by } : { status: outcome.status };
    // Only the worker holding the lease finishes the job; a job re-taken after its lease ran out is the other worker's now.
    yield* run(
      `UPDATE ingest_jobs SET state = 'done', result = ?, last_error = NULL, locked_by = NULL, updated_at = now() WHERE id = ? AND locked_by = ? AND state = 'running'`,
      JSON.stringify(summary), job.id, worker,
    );
    return outcome;
  }

  /** How many jobs are in each state. */
  async counts(): Promise<Record<JobState, number>> {
    const rows = await this.backend.transaction(async (client) =>
      (await client.query<{ state: JobState; n: number }>('SELECT state, CAST(COUNT(*) AS INTEGER) AS n FROM ingest_jobs GROUP BY state')).rows,
    );
    const out: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) out[r.state] = r.n;
    return out;
  }

  /** Failed jobs with their last error, oldest first. */
  async failures(limit = 100): Promise<{ id: number; docId: string; attempts: number; error: string | null }[]> {
    const rows = await this.backend.transaction(async (client) =>
      (await client.query<{ id: string; doc: string; attempts: number; last_error: string | null }>(
        `SELECT id, doc, attempts, last_error FROM ingest_jobs WHERE state = 'failed' ORDER BY id LIMIT $1`, [limit],
      )).rows,
    );
    return rows.map((r) => ({ id: Number(r.id), docId: (JSON.parse(r.doc) as Doc).id, attempts: r.attempts, error: r.last_error }));
  }
}
