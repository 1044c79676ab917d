// What must hold of any output, whatever the input: spans inside the text and quoting it exactly, counts
// that are finite with min ≤ max, well-formed dates and coordinates. Each check returns the list of
// violations (empty when all is well) so a failing property prints what was wrong, not just "false".
import type { DateMention, NumberMention, PlaceMention } from '../../src/annotate/types.js';
import type { ExtractResult, Span } from '../../src/core/types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: unknown): boolean => typeof s === 'string' && DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A span that lies in the text: integer ends, 0 ≤ start ≤ end ≤ length (and start < end unless `empty` allowed). */
export function spanProblem(text: string, s: Span | null | undefined, what: string, empty = false): string | null {
  if (s === null || s === undefined) return null;
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${what}: span ${JSON.stringify(s)} has non-integer ends`;
  if (start < 0 || end > text.length || (empty ? start > end : start >= end)) return `${what}: span [${start}, ${end}) is outside the text of length ${text.length} or empty`;
  return null;
}

/** Every number anywhere in a value is finite (JSON would silently turn NaN and Infinity into null). */
export function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

export function numberProblems(text: string, mentions: NumberMention[]): string[] {
  const out: string[] = [];
  mentions.forEach((m, i) => {
    const what = `number ${i} "${text.slice(m.span.start, m.span.end)}"`;
    for (const p of [spanProblem(text, m.span, what), spanProblem(text, m.valueSpan, `${what} value`)]) if (p) out.push(p);
    if (m.valueSpan.start < m.span.start || m.valueSpan.end > m.span.end) out.push(`${what}: value span lies outside the mention span`);
    if (!Number.isFinite(m.min)) out.push(`${what}: min ${m.min}`);
    if (m.max !== null && !Number.isFinite(m.max)) out.push(`${what}: max ${m.max}`);
    if (m.max !== null && m.min > m.max) out.push(`${what}: min ${m.min} > max ${m.max}`);
  });
  return out;
}

export function dateProblems(text: string, mentions: DateMention[]): string[] {
  const out: string[] = [];
  mentions.forEach((m, i) => {
    const what = `date ${i} "${text.slice(m.span.start, m.span.end)}"`;
    const p = spanProblem(text, m.span, what);
    if (p) out.push(p);
    if (!isDay(m.date.start) || !isDay(m.date.end)) out.push(`${what}: ${m.date.start}..${m.date.end} is not a pair of calendar days`);
    else if (m.date.start > m.date.end) out.push(`${what}: start ${m.date.start} after end ${m.date.end}`);
    if (!['day', 'week', 'month', 'year'].includes(m.date.precision)) out.push(`${what}: precision ${m.date.precision}`);
  });
  return out;
}

export function placeProblems(text: string, mentions: PlaceMention[]): string[] {
  const out: string[] = [];
  mentions.forEach((m, i) => {
    const what = `place ${i} (${m.place.name})`;
    const p = spanProblem(text, m.span, what);
    if (p) out.push(p);
    out.push(...placeRecordProblems(m.place, what));
  });
  return out;
}

export function placeRecordProblems(place: { name: string; countryCode: string; lat: number; lon: number }, what: string): string[] {
  const out: string[] = [];
  if (typeof place.name !== 'string' || place.name === '') out.push(`${what}: empty name`);
  if (!/^[A-Z]{2}$/.test(place.countryCode)) out.push(`${what}: country code ${JSON.stringify(place.countryCode)}`);
  if (!(place.lat >= -90 && place.lat <= 90) || !(place.lon >= -180 && place.lon <= 180)) out.push(`${what}: coordinates ${place.lat}, ${place.lon}`);
  return out;
}

/** Everything the contract promises of one extraction of `text`. */
export function extractionProblems(text: string, docId: string, r: ExtractResult): string[] {
  const out: string[] = [...nonFinite(r)];
  if (r.id !== docId) out.push(`id ${JSON.stringify(r.id)} is not the document's ${JSON.stringify(docId)}`);
  const ids = new Set<string>();
  r.incidents.forEach((inc, k) => {
    const at = `incident ${k}`;
    if (ids.has(inc.id)) out.push(`${at}: id ${inc.id} repeats`);
    ids.add(inc.id);
    inc.claims.forEach((c, j) => {
      const what = `${at} claim ${j}`;
      const p = spanProblem(text, c.quote, `${what} quote`);
      if (p) out.push(p);
      else if (text.slice(c.quote.start, c.quote.end) !== c.quote.text) out.push(`${what}: quote.text ${JSON.stringify(c.quote.text)} is not text.slice(${c.quote.start}, ${c.quote.end})`);
      const s = spanProblem(text, c.source.mention, `${what} source mention`);
      if (s) out.push(s);
      if (!(c.min >= 0)) out.push(`${what}: min ${c.min}`);
      if (c.max !== null && c.min > c.max) out.push(`${what}: min ${c.min} > max ${c.max}`);
    });
    for (const kind of ['killed', 'injured'] as const) {
      const t = inc.casualties[kind];
      if (t && !(t.low >= 0 && t.low <= t.best && (t.high === null || t.best <= t.high))) out.push(`${at} ${kind}: toll ${JSON.stringify(t)} is not low ≤ best ≤ high`);
    }
    inc.actors.forEach((a, j) => {
      const p = spanProblem(text, a.mention, `${at} actor ${j} (${a.name})`);
      if (p) out.push(p);
    });
    if (inc.location) {
      const p = spanProblem(text, inc.location.mention, `${at} location mention`);
      if (p) out.push(p);
      out.push(...placeRecordProblems(inc.location, `${at} location`));
    }
    if (inc.date && (!isDay(inc.date.start) || !isDay(inc.date.end) || inc.date.start > inc.date.end)) out.push(`${at}: date ${JSON.stringify(inc.date)}`);
    for (const e of inc.evidence ?? []) {
      const p = spanProblem(text, e, `${at} evidence`);
      if (p) out.push(p);
    }
  });
  return out;
}
