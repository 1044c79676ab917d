// The benchmark's record: scripts/bench/results.json keeps the latest figures of each part (extract, ingest,
// api) with the machine and command they were measured with, and docs/performance.md is rendered from it, so a
// run of one part (`--only ingest`) keeps the others' last figures, each dated. Text written by hand between
// the NOTES markers of the existing file (findings, proposals) is carried over.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { ApiFigures } from './api.js';
import type { Profile, StageTime, Throughput } from './extraction.js';
import type { ChunkRun, MergeScore } from './ingest.js';
import type { NearMiss, ReportRole } from './synthetic.js';
import { EVENT_KINDS, UPDATE_TEMPLATES } from './templates.js';

/** The text of a template named "kind#index" ("update#index" for the follow-ups). */
function templateText(key: string): string {
  const [kind, index] = key.split('#');
  const list = kind === 'update' ? UPDATE_TEMPLATES : EVENT_KINDS.find((k) => k.key === kind)?.templates ?? [];
  return list[Number(index)] ?? '';
}

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  /** 1, 5 and 15 minute load averages when the part started. */
  loadAtStart: number[];
  loadAtEnd?: number[];
  node: string;
}

export function machine(): Machine {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
  };
}

export interface Part {
  at: string;
  machine: Machine;
  command: string;
  /** Seconds the part took, all included. */
  seconds: number;
}

export interface ExtractPart extends Part {
  sets: Throughput[];
  stages: Record<string, StageTime[]>;
  profiles: Record<string, Profile>;
  /** Before/after figures of speed fixes, measured in one run by switching the implementation. */
  fixes?: { name: string; set: string; beforeMs: number; afterMs: number }[];
}

export interface IngestResult {
  dialect: 'sqlite' | 'postgres';
  location: string;
  jobs: number;
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  databaseBytes: number;
  chunks: ChunkRun[];
  merge: MergeScore;
  scoreMs: number;
  /** When and how this database was measured: databases may be measured in separate runs (`--dbs`). */
  measured?: Part;
}

export interface IngestPart extends Part {
  scale: number;
  corpus: { documents: number; events: number; bytes: number; places: number; placesTried: number; countries: number; days: number; generateMs: number; roles: Record<ReportRole, number>; nearMissEvents: Record<NearMiss, number> };
  results: IngestResult[];
  skipped: string[];
}

export interface ApiPart extends Part {
  ledger: string;
  figures: ApiFigures;
}

export interface BenchRecord {
  extract?: ExtractPart;
  ingest?: IngestPart;
  api?: ApiPart;
}

export function readRecord(path: string): BenchRecord {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenchRecord;
  } catch {
    return {};
  }
}

// ---- rendering ------------------------------------------------------------------------------------------------

const TARGETS = {
  notesPerSecond: 1000,
  tokeniseRatio: 10,
  ingestMinutes: 20,
  rssMiB: 1024,
  f1: 0.95,
  p99Ms: 50,
};

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toFixed(1);
const n2 = (x: number) => x.toFixed(2);
const n3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const pctOf = (a: number, b: number) => (a === 0 ? '0' : b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const mib = (bytes: number) => `${n0(bytes / 2 ** 20)} MiB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function machineLine(p: Part): string {
  const m = p.machine;
  const end = m.loadAtEnd ? `, ${m.loadAtEnd.map(n2).join(' / ')} at the end` : '';
  return `Measured ${p.at.slice(0, 16).replace('T', ' ')} UTC with \`${p.command}\` on ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}; `
    + `load average ${m.loadAtStart.map(n2).join(' / ')} (1/5/15 min) at the start${end}; ${n0(p.seconds)} s in all.`;
}

function renderExtract(p: ExtractPart): string {
  const out: string[] = ['## Extraction throughput (one core)', '', machineLine(p), ''];
  out.push(
    'Each set is extracted once to warm up, then extraction and wink-nlp tokenisation (`winkNLP(model, [])`: the '
    + 'tokeniser alone, no annotation pipeline; `readDoc(text).tokens().out()`) of the same texts alternate for '
    + `${p.sets[0]?.rounds ?? 0} rounds; figures are the median round, in CPU time of the benchmark process (the machine is shared, so CPU `
    + 'time is steadier than wall time, given beside it). The ratio is the median of the rounds\' extraction/tokenisation ratios.',
    '',
    table(
      ['set', 'documents', 'MB', 'docs/s (CPU)', 'MB/s', 'docs/s (wall)', 'ms/doc', 'tokenise docs/s', 'extraction ÷ tokenisation'],
      p.sets.map((s) => [s.set, n0(s.documents), n2(s.bytes / 1e6), n0(s.docsPerSecond), n2(s.mbPerSecond), n0(s.wallDocsPerSecond), n2(s.extractCpuMs / s.documents), n0(s.documents / (s.tokeniseCpuMs / 1000)), `${n1(s.ratio)}×`]),
    ),
    '',
  );
  const short = p.sets.find((s) => s.set === 'acled');
  const targets: string[] = [];
  if (short) targets.push(`- ≥ ${n0(TARGETS.notesPerSecond)} ACLED-length notes/s on one core: ${n0(short.docsPerSecond)}/s CPU (${n0(short.wallDocsPerSecond)}/s wall) — ${verdict(short.docsPerSecond >= TARGETS.notesPerSecond)}.`);
  for (const s of p.sets) targets.push(`- extraction within ${TARGETS.tokeniseRatio}× of tokenisation (${s.set}): ${n1(s.ratio)}× — ${verdict(s.ratio <= TARGETS.tokeniseRatio)}.`);
  out.push('Targets:', '', ...targets, '');
  if (p.fixes && p.fixes.length > 0) {
    out.push('### Speed fixes, before and after (same run)', '', table(['change', 'set', 'before (ms/pass)', 'after (ms/pass)', 'saved'],
      p.fixes.map((f) => [f.name, f.set, n0(f.beforeMs), n0(f.afterMs), pct(1 - f.afterMs / f.beforeMs)])), '');
  }
  for (const [set, stages] of Object.entries(p.stages)) {
    out.push(`### Where the time goes: ${set}`, '', 'Each step run alone over the set (extract steps over already-annotated documents), in turn, median of 3 rounds: CPU ms per pass and share of a whole extraction. Steps are measured, not derived, so parts need not add up:', '',
      table(['step', 'file', 'ms/pass', 'share'], stages.map((s) => [s.stage, `\`${s.file}\``, n0(s.ms), pct(s.share)])), '');
  }
  for (const [set, prof] of Object.entries(p.profiles ?? {})) {
    out.push(`### Profile: ${set} (V8 sampling profiler, two passes)`, '',
      'Self time by file (a regular expression\'s native code counts for the file that runs it):', '',
      table(['file', 'self'], prof.byFile.filter((f) => f.share >= 0.005).map((f) => [`\`${f.file}\``, pct(f.share)])), '',
      'Hottest functions by self time:', '',
      table(['self', 'function', 'file'], prof.top.map((h) => [pct(h.selfShare), `\`${h.name.replace(/\|/g, '\\|').replace(/`/g, "'")}\``, `\`${h.file}\``])), '');
  }
  return out.join('\n');
}

function renderIngest(p: IngestPart): string {
  const c = p.corpus;
  const out: string[] = ['## Ingest at scale', '', machineLine(p), ''];
  out.push(
    `**Corpus** (\`scripts/bench/synthetic.ts\`, templates in \`scripts/bench/templates.ts\`): ${n0(c.documents)} synthetic documents `
    + `(${n1(c.bytes / 1e6)} MB of JSON Lines, generated in ${n0(c.generateMs / 1000)} s) telling ${n0(c.events)} events at ${n0(c.places)} gazetteer places `
    + `(kept of ${n0(c.placesTried)} tried: cities 55 km or more apart that extraction places back at themselves) in ${c.countries} countries over ${n0(c.days)} days. `
    + 'Each event is told by 1–4 outlets (45/30/15/10 %) in their own template, date expression ("on Tuesday", "yesterday", "on 3 March") '
    + 'and sometimes toll ("at least 12", one more or less, or a later "toll rose to" report).',
    '',
    table(['documents by role', 'count'], Object.entries(c.roles).map(([k, v]) => [k, n0(v)])),
    '',
    `Near-miss events (another event at the same place that the merge rules can tell apart): ${Object.entries(c.nearMissEvents).map(([k, v]) => `${k} ${n0(v)}`).join(', ')}. `
    + 'Reposts repeat a stored document (same text from another outlet, or the same URL with tracking parameters) and must be skipped before extraction.',
    '',
    `Each part is ingested with \`sitrep ingest <chunk> --db … --jobs N --json\` (\`scripts/bench/ingest-child.ts\`, one process per tenth of the corpus, `
    + 'into one growing ledger, merging on); peak RSS is the largest `maxRSS` of those processes (all threads).',
    '',
  );
  for (const r of p.results) {
    const docs = r.chunks.reduce((a, x) => a + x.documents, 0);
    const minutes = r.wallMs / 60000;
    const added = r.chunks.reduce((a, x) => a + x.summary.documentsAdded, 0);
    const dups = r.chunks.reduce((a, x) => a + x.summary.duplicatesSkipped, 0);
    const errors = r.chunks.reduce((a, x) => a + x.summary.errors, 0);
    const created = r.chunks.reduce((a, x) => a + x.summary.incidentsCreated, 0);
    const merged = r.chunks.reduce((a, x) => a + x.summary.reportsMerged, 0);
    const m = r.merge;
    out.push(`### ${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${r.location}), --jobs ${r.jobs}`, '',
      // Its own line when it was measured in another run or well after the part began (its own load).
      ...(r.measured && (r.measured.command !== p.command || Date.parse(r.measured.at) - Date.parse(p.at) > 120_000) ? [machineLine(r.measured), ''] : []),
      table(['figure', 'value'], [
        ['documents', n0(docs)],
        ['total time', `${n1(minutes)} min (${n0(r.wallMs / 1000)} s)`],
        ['documents/s', n0(docs / (r.wallMs / 1000))],
        ['CPU time (ingest processes, all threads)', `${n0(r.cpuMs / 1000)} s (${n2(r.cpuMs / docs)} ms/document)`],
        ['peak RSS', `${n0(r.peakRssMiB)} MiB`],
        ['database size', mib(r.databaseBytes)],
        ['stored / duplicates skipped / errors', `${n0(added)} / ${n0(dups)} / ${n0(errors)}`],
        ['incidents created / reports merged', `${n0(created)} / ${n0(merged)}`],
        ['merge precision / recall / F1 (pairs of documents)', `${n3(m.all.precision)} / ${n3(m.all.recall)} / **${n3(m.all.f1)}**`],
        [`same, documents extracted right (${pct(m.extractedRightShare)} of stored)`, `${n3(m.rightlyExtracted.precision)} / ${n3(m.rightlyExtracted.recall)} / ${n3(m.rightlyExtracted.f1)}`],
        ['documents without a stored report', n0(m.withoutReport)],
        ['reposts stored (should be 0)', n0(m.repostsStored)],
        ['near-misses merged with their twin', Object.entries(m.nearMissesMerged).map(([k, v]) => `${k} ${v.merged}/${v.events}`).join(', ')],
      ]),
      '',
      'Time per tenth of the corpus as the ledger grows (flat means merging is not quadratic):',
      '',
      table(['part', 'ledger before (documents)', 'documents', 'seconds', 'docs/s', 'CPU s', 'peak RSS MiB', 'load after'],
        r.chunks.map((x, i) => [i + 1, n0(r.chunks.slice(0, i).reduce((a, y) => a + y.documents, 0)), n0(x.documents), n1(x.wallMs / 1000), n0(x.documents / (x.wallMs / 1000)), n0(x.cpuMs / 1000), n0(x.maxRssKiB / 1024), n1(x.loadAfter)])),
      '',
      'Targets:',
      '',
      `- ≤ ${TARGETS.ingestMinutes} min for ${n0(docs)} documents on ${p.machine.nproc} cores: ${n1(minutes)} min — ${verdict(minutes <= TARGETS.ingestMinutes)}${docs < 1_000_000 ? ` (a ${n0(docs)}-document run; 1,000,000 would take about ${n1(minutes * (1_000_000 / docs))} min at this rate)` : ''}.`,
      `- ≤ 1 GiB RSS: ${n0(r.peakRssMiB)} MiB — ${verdict(r.peakRssMiB <= TARGETS.rssMiB)}.`,
      `- merge F1 ≥ ${TARGETS.f1}: ${n3(m.all.f1)} — ${verdict(m.all.f1 >= TARGETS.f1)}.`,
      '',
    );
  }
  const first = p.results[0];
  if (first?.merge.byTemplate) {
    out.push(
      `### Extraction of the synthetic reports, by template (${first.dialect})`,
      '',
      'What extraction got wrong in each template\'s documents (the first report of each stored document against the event it tells). '
      + 'A report with another type, day or place than its event\'s other reports rarely merges with them: this is where lost recall comes from.',
      '',
      table(['template', 'text', 'documents', 'wrong type', 'wrong day', 'wrong place', 'no report'],
        first.merge.byTemplate.map((t) => [`\`${t.template}\``, templateText(t.template).replace(/\|/g, '\\|'), n0(t.documents), pctOf(t.wrongType, t.documents), pctOf(t.wrongDay, t.documents), pctOf(t.wrongPlace, t.documents), pctOf(t.noReport, t.documents)])),
      '',
    );
  }
  for (const s of p.skipped) out.push(`- ${s}`);
  if (p.skipped.length) out.push('');
  return out.join('\n');
}

const PACING_TEXT = { even: 'even', burst: 'burst (autocannon)' } as const;

function renderApi(p: ApiPart): string {
  const f = p.figures;
  const out: string[] = ['## API latency', '', machineLine(p), ''];
  const pacingOf = (e: ApiFigures['endpoints'][number]) => e.pacing ?? 'burst';
  const judged = f.endpoints.filter((e) => pacingOf(e) === 'even');
  out.push(
    `\`sitrep serve\`'s app (\`build()\`, reads open, no request log) in its own process, over ${n0(f.incidents)} incidents: ${p.ledger}. `
    + `Load on loopback from another process (\`scripts/bench/load-child.ts\`, one per endpoint and load), ${f.connections} keep-alive connections, ${f.rate} requests/s for ${f.durationSeconds} s per endpoint and load after a 3 s warm-up. `
    + 'Requests vary: a country and month for the list, a 1–4° box around a stored incident, random incident ids.',
    '',
    `Two loads at the same rate: **even**, one request every ${(1000 / f.rate).toFixed(1)} ms sent on time whether or not earlier ones were answered (\`scripts/bench/load.ts\`, as wrk2 does), `
    + 'each latency counted from the time the request was due; and **burst**, autocannon\'s `overallRate`, which sends each connection\'s share of a second '
    + 'back to back as the second starts, so the server gets the whole second\'s requests at once (latencies corrected for coordinated omission by autocannon). '
    + 'The target is judged on the even load.',
    '',
    table(['endpoint', 'load', 'example', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'non-2xx'],
      f.endpoints.map((e) => [e.name, PACING_TEXT[pacingOf(e)], `\`${e.example}\``, n0(e.requests), n0(e.ratePerSecond), e.p50, e.p90, e.p99, e.max, e.errors, e.timeouts, e.non2xx])),
    '',
    'Targets:',
    '',
    ...(judged.length ? judged : f.endpoints).map((e) => `- ${e.name} (${PACING_TEXT[pacingOf(e)]}): p99 < ${TARGETS.p99Ms} ms at ${f.rate} req/s with 0 errors: p99 ${e.p99} ms, ${e.errors + e.timeouts + e.non2xx} errors — ${verdict(e.p99 < TARGETS.p99Ms && e.errors + e.timeouts + e.non2xx === 0)}.`),
    '',
  );
  return out.join('\n');
}

export const NOTES_START = '<!-- notes: written by hand, kept by npm run bench -->';
export const NOTES_END = '<!-- /notes -->';

/** The hand-written notes of an existing performance.md, markers included ('' when none). */
export function notesOf(markdown: string): string {
  const a = markdown.indexOf(NOTES_START);
  const b = markdown.indexOf(NOTES_END);
  return a >= 0 && b > a ? markdown.slice(a, b + NOTES_END.length) : '';
}

export function renderMarkdown(record: BenchRecord, notes = ''): string {
  const out = [
    '# Performance',
    '',
    '`npm run bench` measures extraction throughput, ingest at scale and API latency, and writes this file (and',
    '`scripts/bench/results.json`). `npm run bench -- --only extract|ingest|api` runs one part (the others keep their last',
    'figures, each with its own date, machine and load); `--scale N` sets the ingest corpus (default 1,000,000);',
    '`SITREP_BENCH_PG=postgres://…` adds the PostgreSQL ledger (the benchmark creates and drops its own schema there).',
    'The machine these figures come from is shared with other work: the load average is given with each part.',
    '',
  ];
  if (notes) out.push(notes.trim(), '');
  if (record.extract) out.push(renderExtract(record.extract));
  if (record.ingest) out.push(renderIngest(record.ingest));
  if (record.api) out.push(renderApi(record.api));
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
