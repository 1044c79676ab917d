// Ingest at scale: writes the synthetic reports (synthetic.ts) as JSON Lines in ten equal chunks, feeds each
// chunk to `sitrep ingest` (ingest-child.ts, a process per chunk so its peak memory can be read) into one
// growing ledger, then reads back which incident each document's report joined and scores the merging against
// the known duplicates. The time of each chunk shows how ingest slows (or not) as the ledger grows.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { runJsonChild } from './child.js';
import { EVENT_KINDS } from './templates.js';
import { type NearMiss, type ReportRole, syntheticReports, syntheticWorld } from './synthetic.js';

const ROLES: ReportRole[] = ['first', 'duplicate', 'update', 'repost-text', 'repost-url'];
const NEAR_MISSES: NearMiss[] = ['later', 'other-type', 'other-perpetrator', 'other-toll'];
const SUB_EVENTS = [...new Set(EVENT_KINDS.map((k) => k.subEventType))];
const DAY_MS = 86_400_000;

/** What the generator knows about document n ("syn-n"). */
export interface Truth {
  event: Int32Array;
  role: Uint8Array;
  /** 1 + index in NEAR_MISSES when the event is a near-miss, else 0. */
  nearMiss: Uint8Array;
  /** For a near-miss event: the event it was made from (indexed by event id), else -1. */
  baseOf: Map<number, number>;
  /** What a correct extraction gives: sub-event type index, day number, GeoNames id. */
  subEvent: Uint8Array;
  day: Int32Array;
  geonameId: Int32Array;
  /** Index into `templates` of the template that wrote the document. */
  template: Uint16Array;
  templates: string[];
}

export interface WorldSummary {
  places: number;
  placesTried: number;
  countries: number;
  days: number;
}

export interface Corpus {
  world: WorldSummary;
  files: string[];
  /** Documents in each file. */
  chunkDocuments: number[];
  truth: Truth;
  documents: number;
  bytes: number;
  events: number;
  generateMs: number;
  roles: Record<ReportRole, number>;
  nearMissEvents: Record<NearMiss, number>;
}

interface CorpusOptions {
  chunks?: number;
  seed?: number;
  placesPerCountry?: number;
  log?: (line: string) => void;
}

// The typed arrays of a truth, saved beside the corpus so that another run (another database) scores the same documents.
const TRUTH_ARRAYS = ['event', 'role', 'nearMiss', 'subEvent', 'day', 'geonameId', 'template'] as const;

function saveCorpus(dir: string, corpus: Corpus, key: string): void {
  const { truth, ...rest } = corpus;
  for (const name of TRUTH_ARRAYS) writeFileSync(join(dir, `truth-${name}.bin`), Buffer.from(truth[name].buffer, truth[name].byteOffset, truth[name].byteLength));
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ key, ...rest, templates: truth.templates, baseOf: [...truth.baseOf] }));
}

function loadCorpus(dir: string, key: string): Corpus | null {
  const path = join(dir, 'corpus.json');
  if (!existsSync(path)) return null;
  const saved = JSON.parse(readFileSync(path, 'utf8')) as Omit<Corpus, 'truth'> & { key: string; templates: string[]; baseOf: [number, number][] };
  if (saved.key !== key || !saved.files.every((f) => existsSync(f))) return null;
  const read = (name: string) => {
    const b = readFileSync(join(dir, `truth-${name}.bin`));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  const truth: Truth = {
    event: new Int32Array(read('event')), role: new Uint8Array(read('role')), nearMiss: new Uint8Array(read('nearMiss')),
    subEvent: new Uint8Array(read('subEvent')), day: new Int32Array(read('day')), geonameId: new Int32Array(read('geonameId')),
    template: new Uint16Array(read('template')), templates: saved.templates, baseOf: new Map(saved.baseOf),
  };
  const { key: _key, templates: _t, baseOf: _b, ...rest } = saved;
  return { ...rest, truth };
}

/**
 * Writes `total` synthetic documents as `chunks` JSON Lines files under `dir` with their truth, or reuses what
 * an earlier run wrote there with the same options (so SQLite and PostgreSQL runs score the same documents).
 */
export function writeCorpus(total: number, dir: string, options: CorpusOptions = {}): Corpus {
  const chunks = options.chunks ?? 10;
  const log = options.log ?? (() => undefined);
  const key = JSON.stringify({ total, chunks, seed: options.seed ?? 1, places: options.placesPerCountry ?? null });
  const saved = loadCorpus(dir, key);
  if (saved) {
    log(`reusing the corpus in ${dir}`);
    return saved;
  }
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const world = syntheticWorld({ reports: total, placesPerCountry: options.placesPerCountry });
  log(`synthetic world: ${world.places.length} places (of ${world.placesTried} tried) in ${world.countries.size} countries, ${world.days} days`);
  const truth: Truth = {
    event: new Int32Array(total), role: new Uint8Array(total), nearMiss: new Uint8Array(total), baseOf: new Map(),
    subEvent: new Uint8Array(total), day: new Int32Array(total), geonameId: new Int32Array(total),
    template: new Uint16Array(total), templates: [],
  };
  const templateIndex = new Map<string, number>();
  const roles = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<ReportRole, number>;
  const nearMissEvents = Object.fromEntries(NEAR_MISSES.map((r) => [r, 0])) as Record<NearMiss, number>;
  const seenEvents = new Set<number>();
  const files: string[] = [];
  const chunkDocuments: number[] = [];
  const perChunk = Math.ceil(total / chunks);
  let lines: string[] = [];
  let bytes = 0;
  let n = 0;
  const flush = () => {
    const file = join(dir, `chunk-${String(files.length).padStart(2, '0')}.jsonl`);
    const body = lines.join('\n') + '\n';
    writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
    files.push(file);
    chunkDocuments.push(lines.length);
    lines = [];
  };
  for (const report of syntheticReports(world, { reports: total, seed: options.seed ?? 1 })) {
    truth.event[n] = report.event;
    truth.role[n] = ROLES.indexOf(report.role);
    truth.nearMiss[n] = report.nearMiss ? NEAR_MISSES.indexOf(report.nearMiss) + 1 : 0;
    truth.subEvent[n] = SUB_EVENTS.indexOf(report.expected.subEventType);
    truth.day[n] = Date.parse(report.expected.date) / DAY_MS;
    truth.geonameId[n] = report.expected.geonameId;
    if (!templateIndex.has(report.template)) templateIndex.set(report.template, truth.templates.push(report.template) - 1);
    truth.template[n] = templateIndex.get(report.template)!;
    if (report.baseEvent !== null) truth.baseOf.set(report.event, report.baseEvent);
    roles[report.role]++;
    if (report.nearMiss && !seenEvents.has(report.event)) nearMissEvents[report.nearMiss]++;
    seenEvents.add(report.event);
    lines.push(JSON.stringify(report.doc));
    n++;
    if (lines.length >= perChunk) flush();
  }
  if (lines.length > 0) flush();
  const corpus: Corpus = {
    world: { places: world.places.length, placesTried: world.placesTried, countries: world.countries.size, days: world.days },
    files, chunkDocuments, truth, documents: n, bytes, events: seenEvents.size, generateMs: performance.now() - started, roles, nearMissEvents,
  };
  saveCorpus(dir, corpus, key);
  return corpus;
}

// ---- running the CLI ------------------------------------------------------------------------------------------

export interface ChunkRun {
  documents: number;
  wallMs: number;
  cpuMs: number;
  maxRssKiB: number;
  summary: { documentsAdded: number; duplicatesSkipped: number; errors: number; incidentsCreated: number; reportsMerged: number };
  loadAfter: number;
}

async function runChild(args: string[]): Promise<Omit<ChunkRun, 'documents' | 'loadAfter'>> {
  const { value, stderr } = await runJsonChild('ingest-child.ts', args, `sitrep ingest ${args.join(' ')}`);
  const r = value as Omit<ChunkRun, 'documents' | 'loadAfter'> & { exitCode: number };
  if (r.exitCode === 2) throw new Error(`sitrep ingest failed: ${stderr}`);
  return r;
}

/** A ledger the benchmark may wipe: a SQLite file, or a PostgreSQL URL and the schema to use in it. */
export type Target = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string; schema: string };

/** The --db value that makes `sitrep ingest` write into the target (PostgreSQL: the schema through search_path). */
export function targetDb(t: Target): string {
  if (t.dialect === 'sqlite') return t.path;
  const u = new URL(t.url);
  u.searchParams.set('options', `-c search_path=${t.schema}`);
  return u.toString();
}

export async function wipe(t: Target): Promise<void> {
  if (t.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(t.path + suffix, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${t.schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${t.schema}`);
  } finally {
    await client.end();
  }
}

export async function databaseBytes(t: Target): Promise<number> {
  if (t.dialect === 'sqlite') return ['', '-wal'].reduce((a, s) => a + (existsSync(t.path + s) ? statSync(t.path + s).size : 0), 0);
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    const r = await client.query<{ bytes: string }>(
      `SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
      [t.schema],
    );
    return Number(r.rows[0].bytes);
  } finally {
    await client.end();
  }
}

export async function ingestChunks(t: Target, files: string[], options: { jobs?: number; batch?: number; log?: (line: string) => void; chunkDocuments: number[] }): Promise<ChunkRun[]> {
  const runs: ChunkRun[] = [];
  const db = targetDb(t);
  let done = 0;
  for (let i = 0; i < files.length; i++) {
    const args = [files[i], '--db', db, '--jobs', String(options.jobs ?? 2)];
    if (options.batch) args.push('--batch', String(options.batch));
    const r = await runChild(args);
    const run: ChunkRun = { ...r, documents: options.chunkDocuments[i], loadAfter: loadavg()[0] };
    runs.push(run);
    done += run.documents;
    options.log?.(`${t.dialect}: chunk ${i + 1}/${files.length}: ${run.documents} documents in ${(run.wallMs / 1000).toFixed(1)} s (${(run.documents / (run.wallMs / 1000)).toFixed(0)} docs/s, cpu ${(run.cpuMs / 1000).toFixed(0)} s, peak RSS ${(run.maxRssKiB / 1024).toFixed(0)} MiB, load ${run.loadAfter.toFixed(1)}); ${done} so far`);
  }
  return runs;
}

// ---- scoring the merges ---------------------------------------------------------------------------------------

interface Assignment {
  /** Incident of the document's first stored report, or -1 (no report: not stored, or nothing extracted). */
  incident: Int32Array;
  /** The first report's extraction agrees with the truth on sub-event type, day and place. */
  extractedRight: Uint8Array;
  /** Bits of what the first report got wrong: 1 sub-event type, 2 day, 4 place. */
  wrong: Uint8Array;
  stored: Uint8Array;
}

const docIndex = (sourceId: string): number => (sourceId.startsWith('syn-') ? Number(sourceId.slice(4)) : -1);

function noteReport(a: Assignment, truth: Truth, sourceId: string, incident: number, extracted: string): void {
  const n = docIndex(sourceId);
  if (n < 0 || n >= a.incident.length || a.incident[n] >= 0) return;
  a.incident[n] = incident;
  const x = JSON.parse(extracted) as { subEventType: string; date: { start: string } | null; location: { geonameId?: number | null } | null };
  const wrong = (SUB_EVENTS.indexOf(x.subEventType) === truth.subEvent[n] ? 0 : 1)
    | (x.date !== null && Date.parse(x.date.start) / DAY_MS === truth.day[n] ? 0 : 2)
    | ((x.location?.geonameId ?? -1) === truth.geonameId[n] ? 0 : 4);
  a.wrong[n] = wrong;
  a.extractedRight[n] = wrong === 0 ? 1 : 0;
}

/** Which incident each document's first report joined, read back from the ledger. */
export async function readAssignments(t: Target, truth: Truth): Promise<Assignment> {
  const total = truth.event.length;
  const a: Assignment = { incident: new Int32Array(total).fill(-1), extractedRight: new Uint8Array(total), wrong: new Uint8Array(total), stored: new Uint8Array(total) };
  const sql = `SELECT d.source_id AS source_id, r.incident_id AS incident_id, r.extracted AS extracted FROM reports r JOIN documents d ON d.id = r.document_id`;
  if (t.dialect === 'sqlite') {
    const db = new Database(t.path, { readonly: true });
    try {
      for (const row of db.prepare(`${sql} ORDER BY r.document_id, r.extracted_index`).iterate() as Iterable<{ source_id: string; incident_id: number; extracted: string }>) {
        noteReport(a, truth, row.source_id, row.incident_id, row.extracted);
      }
      for (const row of db.prepare('SELECT source_id FROM documents').iterate() as Iterable<{ source_id: string }>) {
        const n = docIndex(row.source_id);
        if (n >= 0 && n < total) a.stored[n] = 1;
      }
    } finally {
      db.close();
    }
    return a;
  }
  const client = new pg.Client({ connectionString: targetDb(t) });
  await client.connect();
  try {
    // Pages by document id, so a million reports never sit in one result.
    const max = (await client.query<{ m: number | null }>('SELECT MAX(id) AS m FROM documents')).rows[0].m ?? 0;
    for (let after = 0; after < max; after += 50_000) {
      const page = await client.query<{ source_id: string; incident_id: number; extracted: string }>(
        `${sql} WHERE r.document_id > $1 AND r.document_id <= $2 ORDER BY r.document_id, r.extracted_index`,
        [after, after + 50_000],
      );
      for (const row of page.rows) noteReport(a, truth, row.source_id, row.incident_id, row.extracted);
    }
    for (let after = 0; ;) {
      const page = await client.query<{ id: number; source_id: string }>('SELECT id, source_id FROM documents WHERE id > $1 ORDER BY id LIMIT 50000', [after]);
      if (page.rows.length === 0) break;
      for (const row of page.rows) {
        const n = docIndex(row.source_id);
        if (n >= 0 && n < total) a.stored[n] = 1;
      }
      after = page.rows[page.rows.length - 1].id;
    }
  } finally {
    await client.end();
  }
  return a;
}

export interface PairScore {
  documents: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise precision and recall of the ledger's grouping of documents against the events, over `keep` documents. */
function pairScore(truth: Truth, a: Assignment, keep: (n: number) => boolean): PairScore {
  const byEvent = new Map<number, number>();
  const byIncident = new Map<number, number>();
  const byBoth = new Map<number, number>();
  let documents = 0;
  for (let n = 0; n < truth.event.length; n++) {
    if (!keep(n)) continue;
    documents++;
    const e = truth.event[n];
    byEvent.set(e, (byEvent.get(e) ?? 0) + 1);
    const i = a.incident[n];
    if (i < 0) continue; // no report: a group of its own
    byIncident.set(i, (byIncident.get(i) ?? 0) + 1);
    const k = e * 4_194_304 + i;
    byBoth.set(k, (byBoth.get(k) ?? 0) + 1);
  }
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const c of byEvent.values()) truePairs += pairs(c);
  for (const c of byIncident.values()) predictedPairs += pairs(c);
  for (const c of byBoth.values()) correctPairs += pairs(c);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { documents, truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}

export interface MergeScore {
  all: PairScore;
  /** Only documents whose extraction agreed with the truth (type, day, place): the merge rules' own share of errors. */
  rightlyExtracted: PairScore;
  extractedRightShare: number;
  /** Documents without any stored report (nothing extracted, or background only). */
  withoutReport: number;
  /** Reposts that were stored although they repeat a stored document (should be 0). */
  repostsStored: number;
  /** Near-miss events merged with the event they were made from, by kind. */
  nearMissesMerged: Record<NearMiss, { events: number; merged: number }>;
  /** By template: stored documents, and how many of them extraction got wrong (type, day, place) or gave no report. */
  byTemplate: { template: string; documents: number; wrongType: number; wrongDay: number; wrongPlace: number; noReport: number }[];
}

export function scoreMerges(truth: Truth, a: Assignment): MergeScore {
  const isRepost = (n: number) => truth.role[n] === ROLES.indexOf('repost-text') || truth.role[n] === ROLES.indexOf('repost-url');
  const all = pairScore(truth, a, (n) => !isRepost(n));
  const rightlyExtracted = pairScore(truth, a, (n) => !isRepost(n) && a.extractedRight[n] === 1);
  let withReport = 0;
  let right = 0;
  let withoutReport = 0;
  let repostsStored = 0;
  // Incidents of each event's documents, to see whether a near-miss shares one with its base event.
  const incidentsOf = new Map<number, Set<number>>();
  for (let n = 0; n < truth.event.length; n++) {
    if (isRepost(n)) {
      if (a.stored[n]) repostsStored++;
      continue;
    }
    if (a.incident[n] < 0) {
      withoutReport++;
      continue;
    }
    withReport++;
    right += a.extractedRight[n];
    const e = truth.event[n];
    (incidentsOf.get(e) ?? incidentsOf.set(e, new Set()).get(e)!).add(a.incident[n]);
  }
  const nearMissesMerged = Object.fromEntries(NEAR_MISSES.map((k) => [k, { events: 0, merged: 0 }])) as Record<NearMiss, { events: number; merged: number }>;
  const counted = new Set<number>();
  for (let n = 0; n < truth.event.length; n++) {
    const e = truth.event[n];
    if (truth.nearMiss[n] === 0 || counted.has(e)) continue;
    counted.add(e);
    const kind = NEAR_MISSES[truth.nearMiss[n] - 1];
    const base = truth.baseOf.get(e);
    const mine = incidentsOf.get(e);
    const theirs = base === undefined ? undefined : incidentsOf.get(base);
    nearMissesMerged[kind].events++;
    if (mine && theirs && [...mine].some((i) => theirs.has(i))) nearMissesMerged[kind].merged++;
  }
  const byTemplate = truth.templates.map((template) => ({ template, documents: 0, wrongType: 0, wrongDay: 0, wrongPlace: 0, noReport: 0 }));
  for (let n = 0; n < truth.event.length; n++) {
    if (isRepost(n)) continue;
    const t = byTemplate[truth.template[n]];
    t.documents++;
    if (a.incident[n] < 0) t.noReport++;
    else {
      if (a.wrong[n] & 1) t.wrongType++;
      if (a.wrong[n] & 2) t.wrongDay++;
      if (a.wrong[n] & 4) t.wrongPlace++;
    }
  }
  byTemplate.sort((x, y) => x.template.localeCompare(y.template));
  return { all, rightlyExtracted, extractedRightShare: withReport === 0 ? 0 : right / withReport, withoutReport, repostsStored, nearMissesMerged, byTemplate };
}

export { ROLES, NEAR_MISSES };
