// `sitrep worker --db postgres://…`: takes ingest jobs queued by `sitrep ingest --queue`, extracts and stores
// them (src/store/queue.ts says how jobs stay exactly-once). Run as many as wanted, anywhere that reaches the
// database. Stops after its current batch on SIGINT/SIGTERM; with --exit-when-empty, once no job is left.
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { extract } from '../extract/index.js';
import { isPostgresUrl, openStore, resolveDb } from '../store/index.js';
import { type BatchResult, IngestQueue } from '../store/queue.js';
import { type Io, usageError, writeLine } from './io.js';

export const WORKER_USAGE = `usage: sitrep worker [--db postgres://…] [--batch N] [--poll MS] [--lease S] [--name NAME] [--exit-when-empty] [--status]
  Processes the ingest queue of a PostgreSQL ledger (documents queued by "sitrep ingest --queue").
  --batch            jobs taken and stored per transaction (default 20)
  --poll             milliseconds between looks at an empty queue (default 1000)
  --lease            seconds a job stays with this worker before another may take it over (default 300)
  --name             worker name recorded on its jobs (default host:pid)
  --exit-when-empty  stop once no job is queued or running
  --status           print the number of jobs in each state (and failed jobs' errors) and exit`;

const positiveInt = (name: string, value: string, max: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw usageError(`--${name} must be an integer from 1 to ${max}, got "${value}"`, WORKER_USAGE);
  return n;
};

export async function workerCommand(argv: string[], io: Io, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      db: { type: 'string' },
      batch: { type: 'string', default: '20' },
      poll: { type: 'string', default: '1000' },
      lease: { type: 'string', default: '300' },
      name: { type: 'string' },
      'exit-when-empty': { type: 'boolean', default: false },
      status: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, WORKER_USAGE);
    return 0;
  }
  const batch = positiveInt('batch', values.batch, 1000);
  const poll = positiveInt('poll', values.poll, 3_600_000);
  const lease = positiveInt('lease', values.lease, 86_400);
  const db = resolveDb(values.db);
  if (!isPostgresUrl(db)) throw usageError('the worker needs a PostgreSQL ledger: --db postgres://… (or SITREP_DB)', WORKER_USAGE);
  const name = values.name ?? `${hostname()}:${process.pid}`;

  const store = await openStore(db);
  const queue = IngestQueue.of(store);
  try {
    if (values.status) {
      const counts = await queue.counts();
      await writeLine(io.stdout, JSON.stringify({ ...counts, failures: await queue.failures() }));
      return 0;
    }
    // Stop between batches on a signal, never halfway through one.
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    signal?.addEventListener('abort', onSignal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const total: Omit<BatchResult, 'errors'> & { errors: number } = { claimed: 0, added: 0, duplicates: 0, retried: 0, failed: 0, incidentsCreated: 0, reportsMerged: 0, errors: 0 };
    try {
      while (!stop.signal.aborted) {
        const jobs = await queue.claim(name, batch, lease);
        if (jobs.length === 0) {
          if (values['exit-when-empty']) {
            const c = await queue.counts();
            if (c.queued === 0 && c.running === 0) break;
          }
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, poll);
            stop.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
          });
          continue;
        }
        const r = await queue.process(name, jobs, (doc, rule) => extract(doc, { rule }).incidents);
        for (const key of ['claimed', 'added', 'duplicates', 'retried', 'failed', 'incidentsCreated', 'reportsMerged'] as const) total[key] += r[key];
        total.errors += r.errors.length;
        for (const e of r.errors) await writeLine(io.stderr, `sitrep worker: job ${e.jobId} (${e.docId}): ${e.message}`);
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      signal?.removeEventListener('abort', onSignal);
    }
    await writeLine(io.stdout, JSON.stringify({ worker: name, ...total }));
    return total.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
