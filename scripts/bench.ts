// npm run bench: extraction throughput, ingest at scale and API latency, written to docs/performance.md.
//
//   npm run bench [-- --only extract,ingest,api|report] [--scale 1000000] [--jobs N] [--sqlite PATH] [--work DIR]
//                 [--sets acled,fakes] [--limit N] [--rounds 5] [--no-profile] [--chunks 10] [--places 250]
//                 [--dbs sqlite,postgres] [--api-seconds 30] [--rate 200] [--api-incidents 1000000]
//                 [--out FILE] [--record FILE]
//
// --limit reads only the first N documents of each evaluation set; --chunks is how many `sitrep ingest` runs
// the corpus is split into (time per chunk shows the growth); --places caps the synthetic places per country;
// --dbs picks the ledgers to fill (a ledger not filled keeps its figures from the last run at the same scale).
// The corpus is kept in --work and reused by later runs with the same options.
//
// PostgreSQL is benchmarked too when SITREP_BENCH_PG holds a connection URL (the benchmark creates, fills and
// leaves its own schema, `sitrep_bench`, in that database). The API part serves the ledger the ingest part
// built (SQLite), grown to --api-incidents incidents in a copy (scripts/bench/grow.ts), so `--only api` needs an
// earlier ingest run. Parts not run keep their last figures;
// `--only report` only renders the markdown from the record again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchApi } from './bench/api.js';
import { growLedger } from './bench/grow.js';
import { measureThroughput, profileExtraction, readSet, stageBreakdown } from './bench/extraction.js';
import { type Target, databaseBytes, ingestChunks, readAssignments, scoreMerges, wipe, writeCorpus } from './bench/ingest.js';
import { type BenchRecord, type ExtractPart, type IngestPart, type IngestResult, machine, notesOf, readRecord, renderMarkdown } from './bench/report.js';

const root = new URL('..', import.meta.url).pathname;
const PARTS = ['extract', 'ingest', 'api'] as const;
type PartName = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    scale: { type: 'string', default: '1000000' },
    jobs: { type: 'string' },
    sqlite: { type: 'string' },
    work: { type: 'string', default: '/tmp/sitrep-bench' },
    sets: { type: 'string', default: 'acled,fakes' },
    rounds: { type: 'string', default: '5' },
    'api-seconds': { type: 'string', default: '30' },
    rate: { type: 'string', default: '200' },
    'api-incidents': { type: 'string', default: '1000000' },
    'eval-dir': { type: 'string', default: process.env.SITREP_EVAL_DIR ?? join(root, '..', 'shared', 'eval') },
    limit: { type: 'string' },
    chunks: { type: 'string', default: '10' },
    dbs: { type: 'string', default: 'sqlite,postgres' },
    places: { type: 'string', default: '250' },
    profile: { type: 'boolean', default: true },
    out: { type: 'string', default: join(root, 'docs', 'performance.md') },
    record: { type: 'string', default: join(root, 'scripts', 'bench', 'results.json') },
    help: { type: 'boolean', short: 'h' },
  },
  allowNegative: true,
});

if (values.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}

const only = new Set((values.only ?? PARTS.join(',')).split(',').map((s) => s.trim()).filter(Boolean));
// "--only report" runs nothing and renders the markdown from the record again.
for (const p of only) if (!PARTS.includes(p as PartName) && p !== 'report') fail(`--only takes ${PARTS.join(', ')} or report, got "${p}"`);
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 100) fail(`--scale must be an integer of at least 100, got "${values.scale}"`);
const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs must be a positive integer, got "${values.jobs}"`);
const rounds = Number(values.rounds);
const apiIncidents = Number(values['api-incidents']);
if (!Number.isInteger(apiIncidents) || apiIncidents < 1) fail(`--api-incidents must be a positive integer, got "${values['api-incidents']}"`);
const dbs = new Set(values.dbs.split(',').map((s) => s.trim()));
for (const d of dbs) if (d !== 'sqlite' && d !== 'postgres') fail(`--dbs takes sqlite, postgres, got "${d}"`);
const limit = values.limit ? Number(values.limit) : Infinity;
const work = values.work;
const sqlitePath = values.sqlite ?? join(work, 'ledger.db');
const pgUrl = process.env.SITREP_BENCH_PG;
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
const log = (line: string) => console.error(`bench: ${line}`);
const started = (): { at: string; machine: ReturnType<typeof machine>; t0: number } => ({ at: new Date().toISOString(), machine: machine(), t0: performance.now() });
const finished = (s: ReturnType<typeof started>) => ({
  at: s.at, machine: { ...s.machine, loadAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) }, command, seconds: (performance.now() - s.t0) / 1000,
});

const record: BenchRecord = readRecord(values.record);

// ---- extraction ------------------------------------------------------------------------------------------------

async function extractPart(): Promise<ExtractPart> {
  const s = started();
  const sets = values.sets.split(',').map((name) => {
    const path = join(values['eval-dir'], `${name}.dev.jsonl`);
    if (!existsSync(path)) fail(`no evaluation set at ${path} (set --eval-dir or SITREP_EVAL_DIR)`);
    return { name, docs: readSet(path, limit) };
  });
  const throughput = sets.map(({ name, docs }) => {
    const t = measureThroughput(name, docs, { rounds });
    log(`extract ${name}: ${t.documents} documents, ${t.docsPerSecond.toFixed(0)} docs/s CPU (${t.wallDocsPerSecond.toFixed(0)} wall), ${t.mbPerSecond.toFixed(2)} MB/s, ${t.ratio.toFixed(1)}× tokenisation`);
    return t;
  });
  const stages: ExtractPart['stages'] = {};
  for (const { name, docs } of sets) stages[name] = await stageBreakdown(docs);
  const profiles: ExtractPart['profiles'] = {};
  if (values.profile) for (const { name, docs } of sets) profiles[name] = await profileExtraction(docs, 2);
  return { ...finished(s), sets: throughput, stages, profiles };
}

// ---- ingest ----------------------------------------------------------------------------------------------------

async function ingestPart(): Promise<IngestPart> {
  const s = started();
  const corpusDir = join(work, `corpus-${scale}`);
  log(`writing ${scale} synthetic documents to ${corpusDir}`);
  const corpus = writeCorpus(scale, corpusDir, { log, chunks: Number(values.chunks), placesPerCountry: Number(values.places) });
  log(`corpus: ${corpus.documents} documents, ${corpus.events} events, ${(corpus.bytes / 1e6).toFixed(0)} MB in ${(corpus.generateMs / 1000).toFixed(0)} s`);
  const targets: Target[] = [];
  const skipped: string[] = [];
  if (dbs.has('sqlite')) targets.push({ dialect: 'sqlite', path: sqlitePath });
  if (dbs.has('postgres')) {
    if (pgUrl) targets.push({ dialect: 'postgres', url: pgUrl, schema: 'sitrep_bench' });
    else skipped.push('PostgreSQL not measured: set SITREP_BENCH_PG=postgres://user:password@host/database.');
  }
  const results: IngestResult[] = [];
  for (const t of targets) {
    const measured = started();
    await wipe(t);
    const t0 = performance.now();
    const chunks = await ingestChunks(t, corpus.files, { jobs, log, chunkDocuments: corpus.chunkDocuments });
    const wallMs = performance.now() - t0;
    const s0 = performance.now();
    const merge = scoreMerges(corpus.truth, await readAssignments(t, corpus.truth));
    log(`${t.dialect}: merge precision ${merge.all.precision.toFixed(3)}, recall ${merge.all.recall.toFixed(3)}, F1 ${merge.all.f1.toFixed(3)}`);
    results.push({
      dialect: t.dialect,
      location: t.dialect === 'sqlite' ? t.path : `${new URL(t.url).pathname.slice(1)}, schema ${t.schema}`,
      jobs,
      wallMs,
      cpuMs: chunks.reduce((a, c) => a + c.cpuMs, 0),
      peakRssMiB: Math.max(...chunks.map((c) => c.maxRssKiB)) / 1024,
      databaseBytes: await databaseBytes(t),
      chunks,
      merge,
      scoreMs: performance.now() - s0,
      measured: finished(measured),
    });
  }
  // A database not measured this time keeps its figures from the last run on the same corpus.
  const previous = record.ingest;
  if (previous && previous.scale === scale) for (const r of previous.results) if (!results.some((x) => x.dialect === r.dialect)) results.push(r);
  const w = corpus.world;
  return {
    ...finished(s),
    scale,
    corpus: {
      documents: corpus.documents, events: corpus.events, bytes: corpus.bytes, places: w.places, placesTried: w.placesTried,
      countries: w.countries, days: w.days, generateMs: corpus.generateMs, roles: corpus.roles, nearMissEvents: corpus.nearMissEvents,
    },
    results,
    skipped,
  };
}

// ---- API -------------------------------------------------------------------------------------------------------

async function apiPart(): Promise<NonNullable<BenchRecord['api']>> {
  if (!existsSync(sqlitePath)) fail(`no ledger at ${sqlitePath}: run the ingest part first (or pass --sqlite PATH)`);
  const s = started();
  // The ingest ledger holds fewer incidents than documents (reports merge): the API is served a copy grown to
  // --api-incidents by adding the ledger again, later in time (scripts/bench/grow.ts).
  const apiPath = join(work, 'ledger-api.db');
  const g0 = performance.now();
  const grown = growLedger(sqlitePath, apiPath, apiIncidents);
  if (!grown) fail(`the ledger ${sqlitePath} has no dated incidents to serve`);
  log(`api ledger: ${grown.incidents} incidents (${grown.copies} × ${grown.from}, each copy ${grown.shiftYears} years later) in ${((performance.now() - g0) / 1000).toFixed(0)} s`);
  const figures = await benchApi({ dialect: 'sqlite', path: apiPath }, { durationSeconds: Number(values['api-seconds']), rate: Number(values.rate), log });
  const ledger = grown.copies === 1
    ? `a copy of the ingest part's SQLite ledger (${sqlitePath})`
    : `the ingest part's SQLite ledger (${sqlitePath}, ${grown.from.toLocaleString('en-US')} incidents) with all its rows added again ${grown.copies - 1 === 1 ? 'once' : `${grown.copies - 1} times`}, each copy ${grown.shiftYears} years later, with new ids, document hashes and addresses (\`scripts/bench/grow.ts\`), so that a country's month holds as many incidents as in the ingest ledger and a map box ${grown.copies === 2 ? 'twice' : `${grown.copies} times`} as many`;
  return { ...finished(s), ledger, figures };
}

// ---- run -------------------------------------------------------------------------------------------------------

mkdirSync(work, { recursive: true });
log(`machine: ${machine().nproc} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}; parts: ${[...only].join(', ')}`);
if (only.has('extract')) record.extract = await extractPart();
if (only.has('ingest')) record.ingest = await ingestPart();
if (only.has('api')) record.api = await apiPart();

writeFileSync(values.record, `${JSON.stringify(record, null, 1)}\n`);
const notes = existsSync(values.out) ? notesOf(readFileSync(values.out, 'utf8')) : '';
writeFileSync(values.out, renderMarkdown(record, notes));
log(`wrote ${values.out}`);
