// `sitrep ingest <file|dir|url|feed|-> [--db …] [--rule …] [--allow-private] [--queue]`: reads documents,
// extracts their incidents and stores them in the ledger in batches (or, with --queue, leaves the extraction
// and storing to `sitrep worker`). Bad items are reported on stderr and skipped; the summary goes to stdout.
import { parseArgs } from 'node:util';
import type { Doc, Rule } from '../core/types.js';
import { RULES } from '../core/types.js';
import { extract } from '../extract/index.js';
import { type InputFormat, readInputs } from '../ingest/index.js';
import { type IngestItem, isPostgresUrl, openStore, resolveDb } from '../store/index.js';
import { IngestQueue } from '../store/queue.js';
import { type Io, usageError, writeLine } from './io.js';

const FORMATS: InputFormat[] = ['jsonl', 'json', 'text', 'html', 'feed'];

export const INGEST_USAGE = `usage: sitrep ingest <file|dir|url|feed|-> [--db URL] [--rule lowest|ucdp|minmax] [--allow-private] [--queue]
       [--format jsonl|json|text|html|feed] [--fetch-items] [--batch N] [--json]
  Reads documents, extracts their incidents and adds them to the ledger: reports of the same incident from
  different outlets join one incident; a document stored before (same URL or same text) adds nothing.
  --db            SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)
  --rule          toll rule of new incidents (default ucdp)
  --allow-private let URLs reach loopback, private and link-local addresses
  --queue         only queue the documents for "sitrep worker" (PostgreSQL only)
  --fetch-items   fetch the page of every feed item instead of using the feed's own text
  --batch         documents per transaction (default 200)
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

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      rule: { type: 'string', default: 'ucdp' },
      'allow-private': { type: 'boolean', default: false },
      queue: { type: 'boolean', default: false },
      format: { type: 'string' },
      'fetch-items': { type: 'boolean', default: false },
      batch: { type: 'string', default: '200' },
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
  const db = resolveDb(values.db);
  if (values.queue && !isPostgresUrl(db)) throw usageError('--queue needs a PostgreSQL ledger: --db postgres://… (or SITREP_DB)', INGEST_USAGE);

  const store = await openStore(db);
  const queue = values.queue ? IngestQueue.of(store) : null;
  const summary: IngestSummary = { documentsAdded: 0, duplicatesSkipped: 0, errors: 0, incidentsCreated: 0, reportsMerged: 0, ...(queue ? { queued: 0 } : {}) };
  const progress = new Progress(io.stderr);
  const report = (origin: string, message: string) => writeLine(io.stderr, `sitrep ingest: ${origin}: ${message}`);
  let seen = 0;
  let pending: { doc: Doc; origin: string }[] = [];

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
    const items: IngestItem[] = [];
    const origins: string[] = [];
    for (const { doc, origin } of batch) {
      // A document stored before is not extracted again.
      if (await store.findDuplicate(doc)) {
        summary.duplicatesSkipped++;
        continue;
      }
      try {
        items.push({ doc, incidents: extract(doc, { rule }).incidents });
        origins.push(origin);
      } catch (e) {
        summary.errors++;
        await report(origin, `extraction failed: ${(e as Error).message}`);
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

  try {
    const inputs = readInputs(positionals[0], {
      format,
      stdin: io.stdin,
      fetch: { allowPrivate: values['allow-private'] },
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
  } finally {
    progress.done();
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
