// Deciding whether a report describes an incident already in the ledger. Pure functions: a report and a
// ledger incident are each reduced to a MergeView, `scoreMatch` adds up evidence for and against them being
// one event, and `candidateSearch` says which stored incidents are worth scoring at all (an indexed date
// window and a grid of cells around the place), so that the store never compares a report with the whole
// ledger. The rules are data (MERGE_RULES in src/data/merge-rules.ts); docs/ledger.md explains each figure.
import { distanceKm } from '../annotate/gazetteer/geo.js';
import type { DatePrecision, Incident, IncidentDate, LocationPrecision } from '../core/types.js';
import { ACTOR_ALIASES } from '../data/actors.js';
import { MERGE_RULES } from '../data/merge-rules.js';

export { MERGE_RULES };

const PRECISION_RANK: Record<LocationPrecision, number> = { exact: 0, near: 1, admin2: 2, admin1: 3, country: 4 };
const DATE_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** What the merge rules look at in a report or a ledger incident. */
export interface MergeView {
  eventType: string;
  subEventType: string;
  date: IncidentDate | null;
  location: {
    name: string;
    lat: number;
    lon: number;
    precision: LocationPrecision;
    countryCode: string;
    admin1: string | null;
    geonameId: number | null;
  } | null;
  /** Named perpetrators, lowercased; unnamed ones ("gunmen") are left out because they cannot conflict. */
  perpetrators: string[];
  /** Named targets and victims, lowercased, generic groups left out. */
  targets: string[];
  /** Best killed figure, null when unknown. */
  killed: number | null;
  /** The report (or one of the incident's reports) says its toll was updated. */
  tollUpdate: boolean;
}

export interface MergeScore {
  score: number;
  /** Why, one short phrase per piece of evidence, in rule order. */
  reasons: string[];
  /** A rule that rules the pair out whatever the score; null when none did. */
  veto: string | null;
}

/** Actor names that say who did it without naming anyone (ACTOR_ALIASES kinds that are not organised groups). */
const GENERIC_ACTORS = new Set(
  ACTOR_ALIASES.filter((a) => a.kind === 'unidentified' || a.kind === 'protesters' || a.kind === 'rioters' || a.kind === 'civilians').map((a) => a.name.toLowerCase()),
);
/** An actor name without the country ACLED appends to generic names ("Protesters (India)" → "protesters"). */
const baseName = (name: string): string => name.toLowerCase().replace(/\s*\([^()]*\)$/, '');
const isNamedActor = (name: string): boolean => {
  const key = name.toLowerCase();
  return !GENERIC_ACTORS.has(key) && !GENERIC_ACTORS.has(baseName(key)) && !/^(?:civilians|unidentified|unknown)\b/.test(key);
};

/** The kind of each named group of the actor table, by lowercased name. */
const KIND_OF = new Map(ACTOR_ALIASES.map((a) => [a.name.toLowerCase(), a.kind]));
/** Descriptions ("muslim extremists") and the kinds of named group each may stand for. */
const DESCRIBED = new Map(Object.entries(MERGE_RULES.describedGroups).map(([name, kinds]) => [name.toLowerCase(), new Set(kinds)]));

/** A description on one side that may be a named group on the other ("muslim extremists" may be "jnim"), or null. */
function describedAs(a: string[], b: string[]): [string, string] | null {
  for (const [descriptions, names] of [[a, b], [b, a]]) {
    for (const d of descriptions) {
      const kinds = DESCRIBED.get(baseName(d));
      if (!kinds) continue;
      for (const n of names) {
        const kind = KIND_OF.get(n) ?? KIND_OF.get(baseName(n));
        if (kind !== undefined && !DESCRIBED.has(baseName(n)) && kinds.has(kind)) return [d, n];
      }
    }
  }
  return null;
}

const TOLL_UPDATE = new RegExp(`\\b(?:${MERGE_RULES.tollUpdateWording.join('|')})`, 'i');

/** True when the text says a toll was updated ("the death toll rose to 20"). */
export const hasTollUpdateWording = (text: string): boolean => TOLL_UPDATE.test(text);

/** Lowercased, deduplicated, sorted names. */
export function actorKeys(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) if (isNamedActor(n)) out.add(n.toLowerCase());
  return [...out].sort();
}

/**
 * The view of one extracted incident as a report. `text` is the document's text: the update wording is looked
 * for in the incident's evidence sentences and claim quotes (the whole text when the extractor gave neither).
 */
export function reportView(incident: Incident, text: string): MergeView {
  const pieces = [...(incident.evidence ?? []).map((s) => text.slice(s.start, s.end)), ...incident.claims.map((c) => c.quote.text)];
  const loc = incident.location;
  return {
    eventType: incident.eventType,
    subEventType: incident.subEventType,
    date: incident.date,
    location: loc
      ? { name: loc.name, lat: loc.lat, lon: loc.lon, precision: loc.precision, countryCode: loc.countryCode, admin1: loc.admin1, geonameId: loc.geonameId ?? null }
      : null,
    perpetrators: actorKeys(incident.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name)),
    targets: actorKeys(incident.actors.filter((a) => a.role === 'target' || a.role === 'victim').map((a) => a.name)),
    killed: incident.casualties.killed?.best ?? null,
    tollUpdate: hasTollUpdateWording(pieces.length > 0 ? pieces.join('\n') : text),
  };
}

// ---- dates -------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export const dayNumber = (iso: string): number => Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => isoDay(dayNumber(iso) + n);

function scoreDates(a: IncidentDate | null, b: IncidentDate | null, out: MergeScore): void {
  const w = MERGE_RULES.weights;
  if (!a || !b) return veto(out, 'a date is unknown');
  if (a.precision === 'year' || b.precision === 'year') return veto(out, 'a date is only known to the year');
  if (a.precision === 'day' && b.precision === 'day') {
    const apart = Math.abs(dayNumber(a.start) - dayNumber(b.start));
    if (apart === 0) return add(out, w.sameDay, `same day ${a.start}`);
    if (apart <= MERGE_RULES.dayTolerance) return add(out, w.withinDateWindow, `dates ${apart} day apart`);
    return veto(out, `dates ${apart} days apart`);
  }
  // The coarser date is a week or a month: the other must fall inside it.
  const coarse = DATE_RANK[a.precision] >= DATE_RANK[b.precision] ? a : b;
  if (a.start <= b.end && b.start <= a.end) return add(out, w.withinDateWindow, `within the same ${coarse.precision}`);
  veto(out, `dates ${a.start}..${a.end} and ${b.start}..${b.end} do not overlap`);
}

// ---- places ------------------------------------------------------------------------------------------------

function scorePlaces(a: MergeView['location'], b: MergeView['location'], out: MergeScore): void {
  const w = MERGE_RULES.weights;
  if (!a || !b) return veto(out, 'a place is unknown');
  const coarser = PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision;
  const limit = MERGE_RULES.maxDistanceKm[coarser];
  if (limit !== null) {
    const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
    const same = (a.geonameId !== null && a.geonameId === b.geonameId) || km <= MERGE_RULES.samePlaceKm;
    if (same) return add(out, w.samePlace, `same place ${a.name}`);
    if (km <= limit) return add(out, w.withinDistance, `${Math.round(km)} km apart (limit ${limit} km for ${coarser})`);
    return veto(out, `${Math.round(km)} km apart (limit ${limit} km for ${coarser})`);
  }
  if (a.countryCode !== b.countryCode) return veto(out, `different countries ${a.countryCode} and ${b.countryCode}`);
  if (coarser === 'admin1') {
    if (a.admin1 !== null && a.admin1 === b.admin1) return add(out, w.sameAdmin1, `same region ${a.admin1}`);
    return veto(out, `different regions ${a.admin1 ?? '?'} and ${b.admin1 ?? '?'}`);
  }
  add(out, w.sameCountry, `same country ${a.countryCode} (country-level place)`);
}

// ---- everything --------------------------------------------------------------------------------------------

const add = (out: MergeScore, points: number, reason: string): void => {
  out.score += points;
  out.reasons.push(points === 0 ? reason : `${reason} (${points > 0 ? '+' : ''}${points})`);
};
const veto = (out: MergeScore, reason: string): void => {
  out.veto ??= reason;
  out.reasons.push(`${reason} (veto)`);
};

const compatibleTypes = (a: string, b: string): boolean =>
  MERGE_RULES.compatibleEventTypes.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const shared = (a: string[], b: string[]): string[] => a.filter((x) => b.includes(x));

/** How strongly two views look like one event: the sum of the rules' points, and the first veto if any. */
export function scoreMatch(report: MergeView, incident: MergeView): MergeScore {
  const w = MERGE_RULES.weights;
  const out: MergeScore = { score: 0, reasons: [], veto: null };

  if (report.subEventType === incident.subEventType) add(out, w.sameSubEvent, `same sub-event type ${report.subEventType}`);
  else if (report.eventType === incident.eventType) add(out, w.sameEventType, `same event type ${report.eventType}, different sub-event types`);
  else if (compatibleTypes(report.eventType, incident.eventType)) add(out, w.compatibleEventType, `compatible event types ${report.eventType} and ${incident.eventType}`);
  else veto(out, `incompatible event types ${report.eventType} and ${incident.eventType}`);

  scoreDates(report.date, incident.date, out);
  scorePlaces(report.location, incident.location, out);

  if (report.perpetrators.length > 0 && incident.perpetrators.length > 0) {
    const both = shared(report.perpetrators, incident.perpetrators);
    const described = both.length > 0 ? null : describedAs(report.perpetrators, incident.perpetrators);
    if (both.length > 0) add(out, w.samePerpetrator, `same perpetrator ${both[0]}`);
    else if (described) out.reasons.push(`perpetrators may agree: ${described[0]} may be ${described[1]}`);
    else veto(out, `conflicting perpetrators ${report.perpetrators.join(', ')} and ${incident.perpetrators.join(', ')}`);
  }
  if (report.targets.length > 0 && incident.targets.length > 0) {
    const both = shared(report.targets, incident.targets);
    if (both.length > 0) add(out, w.sameTarget, `same target ${both[0]}`);
    else add(out, w.differentTargets, `different targets ${report.targets.join(', ')} and ${incident.targets.join(', ')}`);
  }

  if (report.killed !== null && incident.killed !== null) {
    const lo = Math.min(report.killed, incident.killed);
    const hi = Math.max(report.killed, incident.killed);
    const { ratio, difference } = MERGE_RULES.veryDifferentToll;
    if (lo === hi && lo > 0) add(out, w.sameToll, `same killed toll ${lo}`);
    // Only the new report's wording counts: a stale lower figure must not ride on an incident's earlier update.
    else if (report.tollUpdate && report.killed > incident.killed) add(out, w.risingToll, `killed toll rose from ${lo} to ${hi}, with update wording`);
    else if (hi - lo > difference && hi > ratio * Math.max(lo, 1)) {
      if (report.tollUpdate || incident.tollUpdate) out.reasons.push(`killed tolls ${lo} and ${hi}, with update wording`);
      else add(out, w.veryDifferentTolls, `very different killed tolls ${lo} and ${hi}`);
    }
  }
  return out;
}

export interface Candidate {
  id: number;
  view: MergeView;
}

export interface MergeDecision {
  /** The incident to join, or null for a new one. */
  into: number | null;
  /** The best candidate's score (the one joined, or the nearest miss); null when there was no candidate. */
  score: number | null;
  candidate: number | null;
  reasons: string[];
}

/** The candidate a report joins: the highest score at or above the threshold, no veto; ties go to the oldest. */
export function decideMerge(report: MergeView, candidates: Candidate[], exclude: ReadonlySet<number> = new Set()): MergeDecision {
  let best: { id: number; s: MergeScore } | null = null;
  let nearest: { id: number; s: MergeScore } | null = null;
  for (const c of candidates) {
    if (exclude.has(c.id)) continue;
    const s = scoreMatch(report, c.view);
    const better = (x: { id: number; s: MergeScore } | null) => !x || s.score > x.s.score || (s.score === x.s.score && c.id < x.id);
    if (s.veto === null && s.score >= MERGE_RULES.threshold) {
      if (better(best)) best = { id: c.id, s };
    } else if (better(nearest)) nearest = { id: c.id, s };
  }
  if (best) return { into: best.id, score: best.s.score, candidate: best.id, reasons: best.s.reasons };
  if (nearest) return { into: null, score: nearest.s.score, candidate: nearest.id, reasons: nearest.s.reasons };
  return { into: null, score: null, candidate: null, reasons: [] };
}

// ---- candidate lookup ---------------------------------------------------------------------------------------

/** 0 exact .. 4 country, as stored in the incidents table. */
export const locationLevel = (p: LocationPrecision): number => PRECISION_RANK[p];

const CELLS_PER_ROW = Math.round(360 / MERGE_RULES.cellDegrees);

/** The grid cell of a point (row-major from the south-west corner); stored for places finer than a region. */
export function cellOf(lat: number, lon: number): number {
  const row = Math.min(Math.floor((lat + 90) / MERGE_RULES.cellDegrees), Math.round(180 / MERGE_RULES.cellDegrees) - 1);
  const col = ((Math.floor((lon + 180) / MERGE_RULES.cellDegrees) % CELLS_PER_ROW) + CELLS_PER_ROW) % CELLS_PER_ROW;
  return row * CELLS_PER_ROW + col;
}

/** Every cell a circle of `radiusKm` around the point touches (wrapping at the antimeridian). */
export function cellsAround(lat: number, lon: number, radiusKm: number): number[] {
  const dLat = radiusKm / 111.2;
  const dLon = radiusKm / (111.2 * Math.max(Math.cos(Math.min(Math.abs(lat) + dLat, 89) * (Math.PI / 180)), 0.01));
  const rows = Math.round(180 / MERGE_RULES.cellDegrees);
  const r0 = Math.max(0, Math.floor((lat - dLat + 90) / MERGE_RULES.cellDegrees));
  const r1 = Math.min(rows - 1, Math.floor((lat + dLat + 90) / MERGE_RULES.cellDegrees));
  const c0 = Math.floor((lon - dLon + 180) / MERGE_RULES.cellDegrees);
  const c1 = Math.min(c0 + CELLS_PER_ROW - 1, Math.floor((lon + dLon + 180) / MERGE_RULES.cellDegrees));
  const out = new Set<number>();
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.add(r * CELLS_PER_ROW + (((c % CELLS_PER_ROW) + CELLS_PER_ROW) % CELLS_PER_ROW));
  return [...out].sort((x, y) => x - y);
}

/** Which stored incidents a report could join; each part is one indexed range scan. Null: the report cannot merge. */
export interface CandidateSearch {
  /** Stored incidents start on or after this day and on or before `startTo`, and end on or after `endFrom`. */
  startFrom: string;
  startTo: string;
  endFrom: string;
  countryCode: string;
  /** Fine-placed incidents in these grid cells (index on cell, date_start). */
  cells: number[];
  /** Region-placed incidents of this region (index on country_code, admin1, loc_level, date_start); null to skip. */
  regionLevel: string | null;
  /** Country-placed incidents of the country (index on country_code, loc_level, date_start). */
  countryLevel: boolean;
  /** Every incident of this region, whatever its precision; null to skip. */
  region: string | null;
  /** Every incident of the country, up to countryCandidateLimit. */
  wholeCountry: boolean;
}

export function candidateSearch(view: MergeView): CandidateSearch | null {
  const { date, location } = view;
  if (!date || !location || date.precision === 'year') return null;
  const tolerance = MERGE_RULES.dayTolerance;
  const base = {
    startFrom: addDays(date.start, -tolerance - (MERGE_RULES.maxSpanDays - 1)),
    startTo: addDays(date.end, tolerance),
    endFrom: addDays(date.start, -tolerance),
    countryCode: location.countryCode,
    cells: [] as number[],
    regionLevel: null,
    countryLevel: false,
    region: null,
    wholeCountry: false,
  };
  const level = locationLevel(location.precision);
  // A fine place can join fine incidents within reach, a region-placed incident of its own region (any other
  // region is vetoed) and a country-placed one.
  if (level <= PRECISION_RANK.admin2) {
    return { ...base, cells: cellsAround(location.lat, location.lon, MERGE_RULES.searchRadiusKm), regionLevel: location.admin1, countryLevel: true };
  }
  if (level === PRECISION_RANK.admin1 && location.admin1) return { ...base, region: location.admin1, countryLevel: true };
  return { ...base, wholeCountry: true };
}
