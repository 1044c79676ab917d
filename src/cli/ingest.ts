// `sitrep ingest <file|dir|url|feed|-> [--db …] [--rule …] [--allow-private] [--queue]`: reads documents,
// extracts their incidents and stores them in the ledger in batches (or, with --queue, leaves the extraction
// and storing to `sitrep worker`). Bad items are reported on stderr and skipped; the summary goes to stdout.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Doc, Incident, Rule } from '../core/types.js';
import { RULES } from '../core/types.js';
import { extract } from '../extract/index.js';
import { type InputFormat, readInputs } from '../ingest/index.js';
import { type IngestItem, isPostgresUrl, openStore, resolveDb } from '../store/index.js';
import { IngestQueue } from '../store/queue.js';
import { type Io, usageError, writeLine } from './io.js';

const FORMATS: InputFormat[] = ['jsonl', 'json', 'text', 'html', 'feed'];

export const INGEST_USAGE = `usage: sitrep ingest <file|dir|url|feed|-> [--db URL] [--rule lowest|ucdp|minmax] [--allow-private] [--allow-host NAME] [--queue]
       [--format jsonl|json|text|html|feed] [--fetch-items] [--batch N] [--jobs N] [--json]
  Reads documents, extracts their incidents and adds them to the ledger: reports of the same incident from
  different outlets join one incident; a document stored before (same URL or same text) adds nothing.
  --db            SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)
  --rule          toll rule of new incidents (default ucdp)
  --allow-private let URLs reach loopback, private and link-local addresses
  --allow-host    trust this host name even when it resolves to a private address (an own feed server;
                  repeatable); every other host, and every redirect elsewhere, is still checked
  --queue         only queue the documents for "sitrep worker" (PostgreSQL only)
  --fetch-items   fetch the page of every feed item instead of using the feed's own text
  --batch         documents per transaction (default 200)
  --jobs          extraction threads (1: none); by default one per CPU once the input passes 2000 documents
  --json          print the summary as one JSON object`;

export interface IngestSummary {
  documentsAdded: number;
  duplicatesSkipped: number;
  errors: number;
  incidentsCreated: number;
  reportsMerged: number;
  /** With --queue: documents queued for workers. */
  queued?: number;
}

/** A one-line progress counter on a terminal's stderr, redrawn at most five times a second; silent when piped. */
class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly stream: NodeJS.WritableStream) {}
  private get tty(): boolean {
    return (this.stream as { isTTY?: boolean }).isTTY === true;
  }
  update(s: IngestSummary, seen: number, force = false): void {
    if (!this.tty) return;
    const now = Date.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const rate = seen / Math.max(0.001, (now - this.started) / 1000);
    const line = s.queued !== undefined
      ? `ingest: ${seen} read, ${s.queued} queued, ${s.duplicatesSkipped} duplicates, ${s.errors} errors (${rate.toFixed(0)} docs/s)`
      : `ingest: ${seen} read, ${s.documentsAdded} added, ${s.duplicatesSkipped} duplicates, ${s.errors} errors, ${s.incidentsCreated} new incidents, ${s.reportsMerged} merged (${rate.toFixed(0)} docs/s)`;
    this.stream.write(`\r\x1b[2K${line}`);
  }
  done(): void {
    if (this.tty) this.stream.write('\r\x1b[2K');
  }
}


// ---- parallel extraction -------------------------------------------------------------------------------------
// Extraction is the CPU-heavy step, so it runs in worker threads (this same module, started with a marker in
// workerData) while the main thread reads input and writes the ledger. Results are awaited in input order, so
// the ledger is built in the same order whatever the number of threads.

const WORKER_MARK = 'sitrep-ingest-extract';
const THREADS_AFTER = 2000;

interface ExtractRequest {
  id: number;
  doc: Doc;
  rule: Rule;
}
type ExtractReply = { id: number; incidents: Incident[] } | { id: number; error: string };

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_MARK && parentPort) {
  const port = parentPort;
  port.on('message', (req: ExtractRequest) => {
    let reply: ExtractReply;
    try {
      reply = { id: req.id, incidents: extract(req.doc, { rule: req.rule }).incidents };
    } catch (e) {
      reply = { id: req.id, error: (e as Error).message ?? String(e) };
    }
    port.postMessage(reply);
  });
}

/** A thread running this module. Run from TypeScript sources (tsx), the thread registers tsx itself first. */
function startThread(): Worker {
  const options = { workerData: { role: WORKER_MARK } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(import.meta.url), options);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const self = JSON.stringify(import.meta.url);
  return new Worker(`import(${tsx}).then((api) => { api.register(); return import(${self}); })`, { ...options, eval: true });
}

/** A thread pool that broke (a thread failed to start or died): the caller extracts in its own thread instead. */
class PoolBroken extends Error {}

/** Extracts documents on `size` worker threads; `extract` resolves in any order, callers await in theirs. */
class ExtractPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (i: Incident[]) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure: Error | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startThread();
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: ExtractReply) => {
        slot.busy--;
        const w = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if (!w) return;
        if ('error' in reply) w.reject(new Error(reply.error));
        else w.resolve(reply.incidents);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`an extraction thread stopped (exit code ${code})`)));
      this.workers.push(slot);
    }
  }

  private fail(e: Error): void {
    this.failure ??= new PoolBroken(e.message);
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  extract(doc: Doc, rule: Rule): Promise<Incident[]> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, doc, rule } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** "origin: message", without repeating what the message already says of where it is. */
export function withOrigin(origin: string, message: string): string {
  if (message.startsWith(`${origin}: `)) return message;
  const line = /:(\d+)$/.exec(origin)?.[1];
  const file = origin.slice(0, origin.length - (line ? line.length + 1 : 0));
  let rest = message;
  if (rest.startsWith(`${file}: `)) rest = rest.slice(file.length + 2);
  if (line && rest.startsWith(`line ${line}: `)) rest = rest.slice(`line ${line}: `.length);
  return `${origin}: ${rest}`;
}

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      rule: { type: 'string', default: 'ucdp' },
      'allow-private': { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
      queue: { type: 'boolean', default: false },
      format: { type: 'string' },
      'fetch-items': { type: 'boolean', default: false },
      batch: { type: 'string', default: '200' },
      jobs: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, INGEST_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw usageError(`ingest takes one input, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`, INGEST_USAGE);
  const rule = values.rule as Rule;
  if (!RULES.includes(rule)) throw usageError(`--rule must be one of ${RULES.join(', ')}, got "${values.rule}"`, INGEST_USAGE);
  const format = values.format as InputFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`, INGEST_USAGE);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw usageError(`--batch must be an integer from 1 to 10000, got "${values.batch}"`, INGEST_USAGE);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw usageError(`--jobs must be an integer from 1 to 64, got "${values.jobs}"`, INGEST_USAGE);
  const db = resolveDb(values.db);
  if (values.queue && !isPostgresUrl(db)) throw usageError('--queue needs a PostgreSQL ledger: --db postgres://… (or SITREP_DB)', INGEST_USAGE);

  const store = await openStore(db);
  const queue = values.queue ? IngestQueue.of(store) : null;
  const summary: IngestSummary = { documentsAdded: 0, duplicatesSkipped: 0, errors: 0, incidentsCreated: 0, reportsMerged: 0, ...(queue ? { queued: 0 } : {}) };
  const progress = new Progress(io.stderr);
  // A message that names its item already ("stdin item 2: …", "line 3: …" of "a.jsonl:3") is not prefixed twice.
  const report = (origin: string, message: string) => writeLine(io.stderr, `sitrep ingest: ${withOrigin(origin, message)}`);
  let seen = 0;
  let pending: { doc: Doc; origin: string }[] = [];

  // A thread costs about as much to start as extracting a few thousand short documents, so threads start only
  // once the input has proved long (THREADS_AFTER documents); short runs extract in the main thread.
  let pool: ExtractPool | null = null;
  let poolTried = false;
  let read = 0;
  const inThread = (doc: Doc): Promise<Incident[]> => {
    try {
      return Promise.resolve(extract(doc, { rule }).incidents);
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const extractOne = (doc: Doc): Promise<Incident[]> => {
    if (!pool) return inThread(doc);
    return pool.extract(doc, rule).catch(async (e: unknown) => {
      if (!(e instanceof PoolBroken)) throw e;
      if (pool) {
        await report('extraction threads', `${e.message}; extracting in the main thread`);
        void pool.close();
        pool = null;
      }
      return inThread(doc);
    });
  };

  /**
   * Extraction of one batch, started at once. Documents stored before are not extracted again, but still go to
   * the store, which counts them and keeps the address of a copy (the page may come back touched up).
   */
  const extractBatch = async (batch: { doc: Doc; origin: string }[]) => {
    const stored = await store.findDuplicates(batch.map((b) => b.doc));
    const fresh = batch.map((b, i) => ({ ...b, incidents: stored[i] ? Promise.resolve([]) : extractOne(b.doc) }));
    for (const f of fresh) f.incidents.catch(() => undefined); // failures are read in storeBatch, in order
    return fresh;
  };

  const storeBatch = async (fresh: Awaited<ReturnType<typeof extractBatch>>) => {
    const items: IngestItem[] = [];
    const origins: string[] = [];
    for (const f of fresh) {
      try {
        items.push({ doc: f.doc, incidents: await f.incidents });
        origins.push(f.origin);
      } catch (e) {
        summary.errors++;
        await report(f.origin, `extraction failed: ${(e as Error).message}`);
      }
    }
    const outcomes = await store.ingest(items, { rule });
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i];
      if (o.status === 'added') {
        summary.documentsAdded++;
        summary.incidentsCreated += o.created.length;
        summary.reportsMerged += o.merged.length;
      } else if (o.status === 'duplicate') summary.duplicatesSkipped++;
      else {
        summary.errors++;
        await report(origins[i], o.error.message);
      }
    }
  };

  // While one batch is being stored, the next is being extracted.
  let storing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    if (queue) {
      const states = await queue.enqueue(batch.map((b) => b.doc), rule);
      for (const s of states) {
        if (s === 'queued') summary.queued = (summary.queued ?? 0) + 1;
        else summary.duplicatesSkipped++;
      }
      return;
    }
    read += batch.length;
    if (!pool && !poolTried && jobs > 1 && read > (values.jobs === undefined ? THREADS_AFTER : 0)) {
      poolTried = true;
      pool = new ExtractPool(jobs);
    }
    const fresh = await extractBatch(batch);
    await storing;
    storing = storeBatch(fresh);
  };

  try {
    const inputs = readInputs(positionals[0], {
      format,
      stdin: io.stdin,
      fetch: { allowPrivate: values['allow-private'], allowHosts: values['allow-host'] },
      fetchItems: values['fetch-items'] ? 'always' : true,
    });
    for await (const item of inputs) {
      seen++;
      if ('doc' in item) {
        pending.push({ doc: item.doc, origin: item.origin });
        if (pending.length >= batchSize) await flush();
      } else {
        summary.errors++;
        await report(item.origin, item.error.message);
      }
      progress.update(summary, seen);
    }
    await flush();
    await storing;
  } finally {
    progress.done();
    await (pool as ExtractPool | null)?.close();
    await storing.catch(() => undefined);
    await store.close();
  }

  if (values.json) await writeLine(io.stdout, JSON.stringify(summary));
  else {
    const lines = queue
      ? [`jobs queued: ${summary.queued}`, `duplicates skipped: ${summary.duplicatesSkipped}`, `errors: ${summary.errors}`]
      : [
          `documents added: ${summary.documentsAdded}`,
          `duplicates skipped: ${summary.duplicatesSkipped}`,
          `errors: ${summary.errors}`,
          `incidents created: ${summary.incidentsCreated}`,
          `reports merged into existing incidents: ${summary.reportsMerged}`,
        ];
    await writeLine(io.stdout, lines.join('\n'));
  }
  return summary.errors > 0 ? 1 : 0;
}
