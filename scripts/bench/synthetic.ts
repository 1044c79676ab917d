// Synthetic conflict reports with a known truth, for the ingest benchmark. A seeded world of events (places
// from the gazetteer, dates, perpetrators from the actor table, tolls) is told by one to four outlets each, in
// the benchmark's own templates (templates.ts); the generator knows which reports tell the same event, so the
// ledger's merging can be scored. Besides true duplicates (the same event from other outlets, with their own
// wording, date expression and sometimes a slightly different or updated toll) it makes:
//  - near-misses: another event at the same place that the merge rules can tell apart (two or more days
//    later, an event type that cannot be the same event, another named perpetrator, a very different toll);
//  - reposts: a stored document again (the same text from another outlet, or the same URL with tracking
//    parameters), which ingest must skip before extraction.
// Places are kept 55 km or more apart (beyond the widest merge distance), and an event never falls within a
// day of another event at its place unless it is a designed near-miss: every pair the truth calls distinct
// is distinguishable by the evidence the merge rules read.
import type { Doc } from '../../src/core/types.js';
import { COUNTRIES } from '../../src/data/countries.js';
import { ACTOR_ALIASES } from '../../src/data/actors.js';
import { extract } from '../../src/extract/index.js';
import { distanceKm, loadGazetteer } from '../../src/annotate/gazetteer/index.js';
import { LEVEL_CITY } from '../../src/annotate/gazetteer/format.js';
import { EVENT_KINDS, type EventKind, OUTLETS, SOURCES, UPDATE_TEMPLATES, VICTIMS } from './templates.js';

// ---- randomness ----------------------------------------------------------------------------------------------

/** mulberry32: small, fast and seedable, so the same options give the same reports. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const between = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** FNV-1a over UTF-16 code units with two offsets, combined into 53 bits (collisions among a million texts: none expected). */
function textHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);
}

// ---- the world ------------------------------------------------------------------------------------------------

export interface BenchPlace {
  name: string;
  admin1: string;
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
  geonameId: number;
}

interface CountryActors {
  /** Adjective for the country's forces ("Somali"). */
  demonym: string;
  /** Armed groups of the country, as the actor table names them. */
  groups: string[];
}

const ARMED_KINDS = new Set(['rebel', 'jihadist', 'militia', 'separatist']);

/** Countries with at least one armed group in the actor table whose name the table itself recognises. */
function countryActors(): Map<string, CountryActors> {
  const out = new Map<string, CountryActors>();
  for (const e of ACTOR_ALIASES) {
    if (!e.country || !ARMED_KINDS.has(e.kind)) continue;
    let self: boolean;
    try {
      self = new RegExp(`^(?:${e.pattern})$`, 'iu').test(e.name);
    } catch {
      self = false;
    }
    if (!self) continue;
    const c = COUNTRIES.find((x) => x.code === e.country);
    if (!c || c.demonyms.length === 0) continue;
    const entry = out.get(c.code) ?? { demonym: c.demonyms[0], groups: [] };
    entry.groups.push(e.name);
    out.set(c.code, entry);
  }
  return out;
}

/**
 * Cities of those countries, the most populous first, at least `spacingKm` apart, that the extractor places
 * back at themselves in two plain sentences (a namesake elsewhere would make the benchmark score the gazetteer
 * instead of merging). Returns the places and how many candidates were tried.
 */
export function benchPlaces(countries: Map<string, CountryActors>, options: { spacingKm?: number; perCountry?: number } = {}): { places: BenchPlace[]; tried: number } {
  const spacing = options.spacingKm ?? 55;
  const perCountry = options.perCountry ?? 250;
  const g = loadGazetteer();
  const t = g.tables;
  const byCountry = new Map<string, number[]>();
  for (let i = 0; i < t.level.length; i++) {
    if (t.level[i] !== LEVEL_CITY || t.admin1[i] < 0 || t.population[i] < 5000 || !t.geonameId[i]) continue;
    const code = g.countryCode(i);
    if (!countries.has(code)) continue;
    (byCountry.get(code) ?? byCountry.set(code, []).get(code)!).push(i);
  }
  const places: BenchPlace[] = [];
  let tried = 0;
  // Kept places by 1° cell, so the spacing check looks only at neighbouring cells.
  const grid = new Map<number, BenchPlace[]>();
  const cellKey = (lat: number, lon: number) => Math.floor(lat + 90) * 400 + Math.floor(lon + 180);
  const tooClose = (lat: number, lon: number) => {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        for (const q of grid.get(cellKey(lat + dy, lon + dx)) ?? []) if (distanceKm(q.lat, q.lon, lat, lon) < spacing) return true;
      }
    }
    return false;
  };
  for (const code of [...byCountry.keys()].sort()) {
    const candidates = byCountry.get(code)!.sort((a, b) => t.population[b] - t.population[a] || a - b);
    let kept = 0;
    for (const i of candidates) {
      if (kept >= perCountry) break;
      const p = g.place(i);
      if (!p.admin1 || !/^[\p{L}' -]+$/u.test(p.name) || tooClose(p.lat, p.lon)) continue;
      tried++;
      const place: BenchPlace = { name: p.name, admin1: p.admin1, country: p.country, countryCode: p.countryCode, lat: p.lat, lon: p.lon, geonameId: p.geonameId ?? 0 };
      if (!placesBack(place)) continue;
      places.push(place);
      const k = cellKey(p.lat, p.lon);
      (grid.get(k) ?? grid.set(k, []).get(k)!).push(place);
      kept++;
    }
  }
  return { places, tried };
}

/** Whether extraction puts an event written in two plain forms at the place itself. */
function placesBack(p: BenchPlace): boolean {
  const texts = [
    `On Monday, gunmen attacked the village of ${p.name}, killing 3 civilians, local officials said.`,
    `Fighting was reported in ${p.name} in ${p.admin1} on Monday, leaving 4 soldiers dead, officials said.`,
  ];
  return texts.every((text) => {
    const [first] = extract({ id: 'probe', text, publishedAt: '2022-03-07' }).incidents;
    return first?.location?.geonameId === p.geonameId;
  });
}

// ---- events ---------------------------------------------------------------------------------------------------

export type NearMiss = 'later' | 'other-type' | 'other-perpetrator' | 'other-toll';

export interface BenchEvent {
  id: number;
  kind: EventKind;
  place: number;
  day: number;
  perpetrator: { kind: 'group' | 'state' | 'unnamed'; name: string | null };
  killed: number;
  injured: number;
  /** Set when the event was made as a near-miss of another. */
  nearMissOf: { event: number; how: NearMiss } | null;
  /** A later report says its toll rose (the merge rules then accept any toll beside it). */
  updated: boolean;
}

export type ReportRole = 'first' | 'duplicate' | 'update' | 'repost-text' | 'repost-url';

export interface SyntheticReport {
  doc: Doc;
  /** The event the report tells (reposts: the event of the document they repeat). */
  event: number;
  role: ReportRole;
  /** Which template wrote it, "kind#index" (updates: "update#index"; reposts: the original's). */
  template: string;
  /** The event was made as a near-miss of another. */
  nearMiss: NearMiss | null;
  /** For a near-miss: the event it was made from. */
  baseEvent: number | null;
  /** What a correct extraction of the report gives (for the extraction-agreement check). */
  expected: { subEventType: string; date: string; geonameId: number; killed: number; group: string | null };
}

export interface SyntheticOptions {
  /** Documents to make, reposts included. */
  reports: number;
  seed?: number;
  /** Events per place and day (lower: fewer events share a place within a week). */
  density?: number;
  /** Share of events made as near-misses of an earlier one. */
  nearMissShare?: number;
  /** Share of documents that repeat a stored one (half by text, half by URL). */
  repostShare?: number;
}

export interface SyntheticWorld {
  places: BenchPlace[];
  placesTried: number;
  countries: Map<string, CountryActors>;
  days: number;
  firstDay: string;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2019, 0, 1);
const isoDay = (day: number): string => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Reports per event: one outlet for 45 % of events, two for 30 %, three for 15 %, four for 10 %. */
const OUTLET_COUNTS: [number, number][] = [[1, 0.45], [2, 0.3], [3, 0.15], [4, 0.1]];
const MEAN_REPORTS = OUTLET_COUNTS.reduce((a, [n, p]) => a + n * p, 0);

/** Event kinds that can never be one event with `kind` (ACLED types the merge rules hold incompatible). */
function incompatibleKinds(kind: EventKind): EventKind[] {
  const compatible = new Set([kind.eventType]);
  if (kind.eventType === 'Battles' || kind.eventType === 'Explosions/Remote violence') compatible.add('Violence against civilians');
  if (kind.eventType === 'Violence against civilians') compatible.add('Battles').add('Explosions/Remote violence');
  if (kind.eventType === 'Protests') compatible.add('Riots');
  if (kind.eventType === 'Riots') compatible.add('Protests');
  return EVENT_KINDS.filter((k) => !compatible.has(k.eventType));
}

export function syntheticWorld(options: { days?: number; reports: number; density?: number; placesPerCountry?: number }): SyntheticWorld {
  const countries = countryActors();
  const { places, tried } = benchPlaces(countries, { perCountry: options.placesPerCountry });
  const density = options.density ?? 0.08;
  const events = options.reports / MEAN_REPORTS;
  const days = options.days ?? Math.max(30, Math.ceil(events / (density * places.length)));
  return { places, placesTried: tried, countries, days, firstDay: isoDay(0) };
}

/** The synthetic reports in publication order (day by day; shuffled within a day), with their truth. */
export function* syntheticReports(world: SyntheticWorld, options: SyntheticOptions): Generator<SyntheticReport> {
  const r = seeded(options.seed ?? 1);
  const { places, countries, days } = world;
  const nearShare = options.nearMissShare ?? 0.1;
  const repostShare = options.repostShare ?? 0.03;
  const eventsPerDay = options.reports / MEAN_REPORTS / days;
  const totalWeight = EVENT_KINDS.reduce((a, k) => a + k.weight, 0);
  const drawKind = (): EventKind => {
    let x = r() * totalWeight;
    for (const k of EVENT_KINDS) if ((x -= k.weight) < 0) return k;
    return EVENT_KINDS[EVENT_KINDS.length - 1];
  };
  // Place-days taken by an event; key place * 65536 + day.
  const taken = new Set<number>();
  const key = (place: number, day: number) => place * 65536 + day;
  const free = (place: number, day: number, except?: BenchEvent) =>
    [day - 1, day, day + 1].every((d) => !taken.has(key(place, d)) || (except !== undefined && except.place === place && Math.abs(except.day - d) <= 1));
  const recent: BenchEvent[] = [];
  let nextEvent = 0;

  const perpetratorFor = (kind: EventKind, place: BenchPlace, avoid: string | null = null): BenchEvent['perpetrator'] => {
    const actors = countries.get(place.countryCode)!;
    const choice = pick(r, kind.perpetrators);
    if (choice === 'group') {
      const groups = actors.groups.filter((g) => g !== avoid);
      if (groups.length > 0) return { kind: 'group', name: pick(r, groups) };
      return { kind: 'unnamed', name: null };
    }
    if (choice === 'state') return { kind: 'state', name: actors.demonym };
    return { kind: 'unnamed', name: null };
  };
  const toll = (kind: EventKind): number => {
    const [lo, hi] = kind.killed;
    return hi === 0 ? 0 : lo + Math.floor((hi - lo) * r() * r());
  };
  const makeEvent = (day: number): BenchEvent | null => {
    if (recent.length > 0 && r() < nearShare) {
      const base = pick(r, recent);
      const near = nearMiss(base, day);
      if (near) return near;
    }
    for (let attempt = 0; attempt < 30; attempt++) {
      const place = Math.floor(r() * places.length);
      if (!free(place, day)) continue;
      const kind = drawKind();
      const killed = toll(kind);
      return {
        id: nextEvent++, kind, place, day, perpetrator: perpetratorFor(kind, places[place]), killed,
        injured: kind.killed[1] === 0 ? 0 : Math.floor(r() * 2 * killed), nearMissOf: null, updated: false,
      };
    }
    return null;
  };
  const nearMiss = (base: BenchEvent, day: number): BenchEvent | null => {
    const how = pick(r, ['later', 'other-type', 'other-perpetrator', 'other-toll'] as NearMiss[]);
    const place = places[base.place];
    const made = (over: Partial<BenchEvent>): BenchEvent => ({ ...base, id: nextEvent++, nearMissOf: { event: base.id, how }, updated: false, ...over });
    if (how === 'later') {
      const later = base.day + between(r, 2, 4);
      if (later < day || !free(base.place, later)) return null;
      return made({ day: later, killed: toll(base.kind), perpetrator: perpetratorFor(base.kind, place) });
    }
    if (base.day < day - 1 || base.day > day + 1) return null;
    if (how === 'other-type') {
      const kind = pick(r, incompatibleKinds(base.kind));
      const killed = toll(kind);
      return made({ kind, day: base.day, killed, injured: Math.floor(r() * 2 * killed), perpetrator: perpetratorFor(kind, place) });
    }
    if (how === 'other-perpetrator') {
      if (base.perpetrator.kind !== 'group' || !base.kind.perpetrators.includes('group')) return null;
      const other = countries.get(place.countryCode)!.groups.filter((g) => g !== base.perpetrator.name);
      if (other.length === 0) return null;
      return made({ day: base.day, perpetrator: { kind: 'group', name: pick(r, other) }, killed: toll(base.kind) });
    }
    // A very different toll: more than twice the other and more than 5 apart (the merge rules' −3). That tells
    // two events apart only when nothing else ties them: no named perpetrator on either side (a shared one
    // gives +2) and no report of a rising toll (which waives the −3).
    if (base.kind.killed[1] === 0 || base.perpetrator.kind !== 'unnamed' || base.updated) return null;
    const killed = base.killed <= 4 ? base.killed * 3 + between(r, 8, 20) : Math.max(1, Math.floor(base.killed / 4) - between(r, 0, 2));
    if (Math.abs(killed - base.killed) <= 5 || Math.max(killed, base.killed) <= 2 * Math.min(killed, base.killed)) return null;
    return made({ day: base.day, killed, injured: Math.floor(r() * 2 * killed), perpetrator: { kind: 'unnamed', name: null } });
  };

  // Reports waiting for their publication day, and the last documents sent (what reposts repeat).
  const pending = new Map<number, { report: SyntheticReport; published: number }[]>();
  const sent: SyntheticReport[] = [];
  const SENT_KEPT = 5000;
  let n = 0;
  const slug = (outlet: string) => outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  const urlOf = (outlet: string, published: number, id: number) => `https://${slug(outlet)}.example/${isoDay(published).replace(/-/g, '/')}/report-${id}`;

  const tellings = (e: BenchEvent): { report: SyntheticReport; published: number }[] => {
    let count = 1;
    let x = r();
    for (const [c, p] of OUTLET_COUNTS) if ((x -= p) < 0) { count = c; break; }
    const outlets = [...OUTLETS].sort(() => r() - 0.5).slice(0, count);
    return outlets.map((outlet, t) => {
      const lag = t === 0 ? between(r, 0, 1) : between(r, 0, 2);
      const update = t > 0 && e.killed > 0 && lag > 0 && r() < 0.1;
      if (update) e.updated = true;
      const killed = update ? e.killed + between(r, 3, 10) : e.killed;
      const { text, template, pattern } = write(e, e.day + lag, killed, update);
      const expected = { subEventType: e.kind.subEventType, date: isoDay(e.day), geonameId: places[e.place].geonameId, killed, group: e.perpetrator.kind === 'group' && /\{perp/i.test(pattern) ? e.perpetrator.name : null };
      const report: SyntheticReport = { doc: { id: '', text, source: outlet, publishedAt: isoDay(e.day + lag) }, event: e.id, role: t === 0 ? 'first' : update ? 'update' : 'duplicate', template, nearMiss: e.nearMissOf?.how ?? null, baseEvent: e.nearMissOf?.event ?? null, expected };
      return { report, published: e.day + lag };
    });
  };

  const write = (e: BenchEvent, published: number, killed: number, update: boolean): { text: string; template: string; pattern: string } => {
    const place = places[e.place];
    const actors = countries.get(place.countryCode)!;
    const date = dateExpression(e.day, published);
    const perp = e.perpetrator;
    const written = (k: number) => (r() < 0.2 ? `at least ${k}` : String(r() < 0.15 && !update ? Math.max(1, k + between(r, -1, 1)) : k));
    const slots: Record<string, string> = {
      date,
      place: place.name,
      admin1: place.admin1,
      country: place.country,
      weekday: WEEKDAY_NAMES[new Date(EPOCH + e.day * DAY_MS).getUTCDay()],
      perp: perp.kind === 'group' ? perp.name! : perp.kind === 'state' ? `${perp.name} forces` : 'gunmen',
      perpPeople: perp.kind === 'group' ? `${perp.name} ${pick(r, ['militants', 'fighters'])}` : perp.kind === 'state' ? `${perp.name} soldiers` : pick(r, ['gunmen', 'armed men', 'unidentified gunmen']),
      force: actors.demonym,
      state: `${actors.demonym} ${pick(r, ['troops', 'forces', 'soldiers'])}`,
      k: written(killed),
      i: String(e.injured),
      n: String(between(r, 2, 25)),
      victims: pick(r, VICTIMS),
      source: pick(r, SOURCES),
      event: e.kind.noun,
    };
    const index = update ? Math.floor(r() * UPDATE_TEMPLATES.length) : Math.floor(r() * e.kind.templates.length);
    const template = update ? UPDATE_TEMPLATES[index] : e.kind.templates[index];
    const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const value = slots[slot[0].toLowerCase() + slot.slice(1)];
      if (value === undefined) throw new Error(`template slot {${slot}} has no value`);
      return slot[0] === slot[0].toUpperCase() ? value[0].toUpperCase() + value.slice(1) : value;
    });
    return { text, template: `${update ? 'update' : e.kind.key}#${index}`, pattern: template };
  };

  const dateExpression = (day: number, published: number): string => {
    const d = new Date(EPOCH + day * DAY_MS);
    const weekday = WEEKDAY_NAMES[d.getUTCDay()];
    const dm = `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
    const forms = [`on ${weekday}`, `on ${dm}`, `on ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`, `on ${dm} ${d.getUTCFullYear()}`];
    if (published === day + 1) forms.push('yesterday', `late on ${weekday}`);
    return pick(r, forms);
  };

  // Two outlets may happen to write the very same text (same template and slots): that is syndication, a
  // repost by text, which ingest skips, so it is labelled so. Texts are told apart by a 53-bit hash.
  const texts = new Set<number>();
  const emit = (report: SyntheticReport, published: number): SyntheticReport => {
    const h = textHash(report.doc.text);
    if (texts.has(h)) report.role = 'repost-text';
    texts.add(h);
    const id = n++;
    report.doc.id = `syn-${id}`;
    report.doc.url = urlOf(report.doc.source!, published, id);
    sent.push(report);
    if (sent.length > SENT_KEPT) sent.shift();
    return report;
  };
  const repost = (published: number): SyntheticReport => {
    const original = pick(r, sent);
    const id = n++;
    if (r() < 0.5) {
      // Syndicated: the same text under another outlet's address.
      const outlet = pick(r, OUTLETS.filter((o) => o !== original.doc.source));
      const doc: Doc = { ...original.doc, id: `syn-${id}`, source: outlet, publishedAt: isoDay(published), url: urlOf(outlet, published, id) };
      return { ...original, doc, role: 'repost-text' };
    }
    // The same page fetched again through a feed link with tracking parameters, its text touched up.
    const doc: Doc = { ...original.doc, id: `syn-${id}`, text: `${original.doc.text} (Updated.)`, url: `${original.doc.url}?utm_source=feed&utm_medium=rss` };
    return { ...original, doc, role: 'repost-url' };
  };

  for (let day = 0; n < options.reports; day++) {
    const count = Math.round(eventsPerDay * (0.5 + r()));
    for (let k = 0; k < count; k++) {
      const e = makeEvent(day);
      if (!e) continue;
      taken.add(key(e.place, e.day));
      recent.push(e);
      for (const t of tellings(e)) (pending.get(t.published) ?? pending.set(t.published, []).get(t.published)!).push(t);
    }
    while (recent.length > 0 && recent[0].day < day - 3) recent.shift();
    // Events of later days publish later, so today's list is complete: send it in a shuffled order.
    const today = pending.get(day) ?? [];
    pending.delete(day);
    for (let i = today.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [today[i], today[j]] = [today[j], today[i]];
    }
    for (const t of today) {
      if (n >= options.reports) return;
      yield emit(t.report, t.published);
      if (n < options.reports && sent.length > 100 && r() < repostShare) yield repost(day);
    }
  }
}
