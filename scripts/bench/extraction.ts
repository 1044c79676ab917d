// Extraction throughput on one core, in this process: the documents of an evaluation set are extracted once to
// warm up (the gazetteer loads, regexes compile, code is optimised), then extraction and wink-nlp tokenisation of
// the same texts alternate for a few rounds. The median round of each gives documents/s and MB/s, and their
// ratio says how far extraction is from merely tokenising. CPU time of this process is the clock (other
// sessions share the machine; wall time is reported beside it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

const require = createRequire(import.meta.url);

export interface EvalDoc extends Doc {}

/** The documents of a JSON Lines evaluation set (only the fields extraction reads; the gold is left). */
export function readSet(path: string, limit = Infinity): EvalDoc[] {
  const out: EvalDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; title?: string; publishedAt?: string | null };
    out.push({ id: r.id, text: r.text, ...(r.title ? { title: r.title } : {}), ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}) });
    if (out.length >= limit) break;
  }
  return out;
}

/** Tokenising with wink-nlp and no annotation pipeline: what "merely tokenising" costs. */
export function winkTokeniser(): (text: string) => number {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => { readDoc(text: string): { tokens(): { out(): string[] } } };
  const nlp = winkNLP(require('wink-eng-lite-web-model'), []);
  return (text) => nlp.readDoc(text).tokens().out().length;
}

export interface Throughput {
  set: string;
  documents: number;
  bytes: number;
  rounds: number;
  /** Median CPU and wall milliseconds of one pass over the set. */
  extractCpuMs: number;
  extractWallMs: number;
  tokeniseCpuMs: number;
  tokeniseWallMs: number;
  docsPerSecond: number;
  mbPerSecond: number;
  wallDocsPerSecond: number;
  ratio: number;
  incidents: number;
  tokens: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(f: () => void): { cpu: number; wall: number } {
  const c = cpuMs();
  const w = performance.now();
  f();
  return { cpu: cpuMs() - c, wall: performance.now() - w };
}

/** Alternates extraction and tokenisation passes over `docs` (after one warm-up pass of each). */
export function measureThroughput(set: string, docs: EvalDoc[], options: { rounds?: number; extractor?: (d: Doc) => number } = {}): Throughput {
  const rounds = options.rounds ?? 5;
  const run = options.extractor ?? ((d: Doc) => extract(d).incidents.length);
  const tokenise = winkTokeniser();
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
  let incidents = 0;
  let tokens = 0;
  for (const d of docs) incidents += run(d);
  for (const d of docs) tokens += tokenise(d.text);
  const ex: { cpu: number; wall: number }[] = [];
  const tk: { cpu: number; wall: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    ex.push(timed(() => { for (const d of docs) run(d); }));
    tk.push(timed(() => { for (const d of docs) tokenise(d.text); }));
  }
  const extractCpuMs = median(ex.map((x) => x.cpu));
  const tokeniseCpuMs = median(tk.map((x) => x.cpu));
  const extractWallMs = median(ex.map((x) => x.wall));
  return {
    set, documents: docs.length, bytes, rounds,
    extractCpuMs, extractWallMs, tokeniseCpuMs, tokeniseWallMs: median(tk.map((x) => x.wall)),
    docsPerSecond: docs.length / (extractCpuMs / 1000),
    mbPerSecond: bytes / 1e6 / (extractCpuMs / 1000),
    wallDocsPerSecond: docs.length / (extractWallMs / 1000),
    // Each round's extraction and tokenisation ran back to back under the same load: the median of their ratios.
    ratio: median(ex.map((x, i) => x.cpu / tk[i].cpu)),
    incidents, tokens,
  };
}

// ---- where the time goes --------------------------------------------------------------------------------------

export interface StageTime {
  stage: string;
  file: string;
  /** CPU milliseconds per pass over the set (median of the rounds). */
  ms: number;
  /** Share of a whole extraction pass. */
  share: number;
}

/** Each step of extraction run alone over the set (the extract steps over already-annotated documents). */
export async function stageBreakdown(docs: EvalDoc[], rounds = 3): Promise<StageTime[]> {
  const { annotate } = await import('../../src/annotate/index.js');
  const { splitSentences } = await import('../../src/annotate/sentences.js');
  const { findNumbers } = await import('../../src/annotate/numbers.js');
  const { findDates, referenceDateOf } = await import('../../src/annotate/dates.js');
  const { findPlaces } = await import('../../src/annotate/places.js');
  const { findActors } = await import('../../src/extract/actors.js');
  const { findEvents } = await import('../../src/extract/events.js');
  const { findClaims } = await import('../../src/extract/claims.js');
  const { dominantCountry, extractAnnotated } = await import('../../src/extract/index.js');
  const annotated = docs.map((d) => annotate(d));
  const each = (f: (i: number) => unknown) => () => { for (let i = 0; i < docs.length; i++) f(i); };
  const steps: [string, string, () => void][] = [
    ['annotate: sentences', 'src/annotate/sentences.ts', each((i) => splitSentences(docs[i].text, { title: docs[i].title }))],
    ['annotate: numbers', 'src/annotate/numbers.ts', each((i) => findNumbers(docs[i].text))],
    ['annotate: dates', 'src/annotate/dates.ts', each((i) => findDates(docs[i].text, referenceDateOf(docs[i])))],
    ['annotate: places', 'src/annotate/places.ts', each((i) => findPlaces(docs[i].text, annotated[i].sentences))],
    ['annotate, all', 'src/annotate/index.ts', each((i) => annotate(docs[i]))],
    ['extract: actors', 'src/extract/actors.ts', each((i) => findActors({ text: annotated[i].text, sentences: annotated[i].sentences, country: dominantCountry(annotated[i].places, []) }))],
    ['extract: events', 'src/extract/events.ts', each((i) => findEvents(annotated[i]))],
    ['extract: claims', 'src/extract/claims.ts', each((i) => findClaims(annotated[i]))],
    ['extract after annotate, all', 'src/extract/index.ts', each((i) => extractAnnotated(annotated[i]))],
    ['whole extraction', 'src/extract/index.ts', each((i) => extract(docs[i]))],
  ];
  // Rounds run every step once, in turn, so a burst of load on the shared machine hits all steps alike; the
  // first round warms up and is dropped. Steps are measured, not derived: parts need not add up to the whole.
  const times = steps.map(() => [] as number[]);
  for (let r = 0; r <= rounds; r++) steps.forEach(([, , f], k) => { const t = timed(f).cpu; if (r > 0) times[k].push(t); });
  const ms = times.map(median);
  const whole = ms[ms.length - 1];
  const rows: [string, string, number][] = steps.map(([stage, file], k) => [stage, file, ms[k]]);
  return rows.map(([stage, file, ms]) => ({ stage, file, ms, share: ms / whole }));
}

export interface HotFunction {
  name: string;
  file: string;
  selfShare: number;
}

export interface Profile {
  /** Self time by source file; a regular expression's native code counts for the file of the function that ran it. */
  byFile: { file: string; share: number }[];
  /** The functions with the most self time (regular expressions run as native code are listed as such). */
  top: HotFunction[];
}

const shortFile = (url: string): string => url.replace(/^file:\/\//, '').replace(/.*\/(src|node_modules|scripts)\//, '$1/');

/** Where extraction spends its time over `passes` passes of `docs`, by V8's sampling profiler. */
export async function profileExtraction(docs: EvalDoc[], passes = 2, top = 25): Promise<Profile> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let p = 0; p < passes; p++) for (const d of docs) extract(d);
  const { profile } = (await session.post('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const cf = byId.get(id)!.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (cf.functionName === '(idle)' || cf.functionName === '(program)' || cf.functionName === '(root)') return;
    total += dt;
    // Native regex code and builtins have no file: count them for the nearest caller that has one.
    let owner: number | undefined = id;
    while (owner !== undefined && !byId.get(owner)!.callFrame.url) owner = parent.get(owner);
    const file = owner === undefined ? '(engine)' : shortFile(byId.get(owner)!.callFrame.url);
    files.set(file, (files.get(file) ?? 0) + dt);
    const name = cf.functionName.startsWith('RegExp: ')
      ? `RegExp /${cf.functionName.slice(8, 60)}${cf.functionName.length > 68 ? '…' : ''}/`
      : cf.functionName || '(anonymous)';
    const key = `${name}\u0000${cf.url ? shortFile(cf.url) : `(run by ${file})`}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return {
    byFile: [...files].sort((a, b) => b[1] - a[1]).map(([file, t]) => ({ file, share: t / total })),
    top: [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => {
      const [name, file] = k.split('\u0000');
      return { name, file, selfShare: t / total };
    }),
  };
}
