// Rows ↔ objects: how an incident, a claim, an actor and a toll sit in the tables (src/store/schema.ts).
import type { Casualties, Claim, IncidentDate, IncidentLocation, Rule, Toll } from '../core/types.js';
import { type MergeView, cellOf, locationLevel } from '../resolve/merge.js';
import { reconcile } from '../resolve/reconcile.js';
import type { SqlValue } from './program.js';
import type { AuditEntry, DocumentMeta, IncidentStatus, LedgerIncident, ReportLink, StoredActor, StoredClaim, TollChange } from './types.js';

export interface IncidentRow {
  id: number;
  event_type: string;
  sub_event_type: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  location_name: string | null;
  admin1: string | null;
  country: string | null;
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: string | null;
  loc_level: number | null;
  geoname_id: number | null;
  cell: number | null;
  rule: string;
  killed_low: number | null;
  killed_best: number | null;
  killed_high: number | null;
  injured_low: number | null;
  injured_best: number | null;
  injured_high: number | null;
  perpetrators: string;
  targets: string;
  toll_update: number;
  status: string;
  edited: number;
  actors_edited: number;
  merged_into: number | null;
  report_count: number;
  created_at: string;
  updated_at: string;
}

export const dateOf = (r: Pick<IncidentRow, 'date_start' | 'date_end' | 'date_precision'>): IncidentDate | null =>
  r.date_start && r.date_end && r.date_precision ? { start: r.date_start, end: r.date_end, precision: r.date_precision as IncidentDate['precision'] } : null;

export const locationOf = (r: IncidentRow): IncidentLocation | null =>
  r.location_name !== null && r.latitude !== null && r.longitude !== null
    ? {
        name: r.location_name,
        admin1: r.admin1,
        country: r.country ?? '',
        countryCode: r.country_code ?? '',
        lat: r.latitude,
        lon: r.longitude,
        precision: r.geo_precision as IncidentLocation['precision'],
        mention: null,
        geonameId: r.geoname_id,
      }
    : null;

export const tollOf = (low: number | null, best: number | null, high: number | null): Toll | null =>
  low === null || best === null ? null : { low, best, high };

export const casualtiesOf = (r: IncidentRow): Casualties => ({
  killed: tollOf(r.killed_low, r.killed_best, r.killed_high),
  injured: tollOf(r.injured_low, r.injured_best, r.injured_high),
  rule: r.rule as Rule,
});

export const tollValues = (t: Toll | null): SqlValue[] => (t ? [t.low, t.best, t.high] : [null, null, null]);
export const sameToll = (a: Toll | null, b: Toll | null): boolean =>
  a === b || (a !== null && b !== null && a.low === b.low && a.best === b.best && a.high === b.high);

/** The incident columns a date and a place fill (the place also gives the merge lookup's cell and level). */
// ---- the listing grid -----------------------------------------------------------------------------------------

/**
 * A 1° grid over every placed incident (whatever its precision), for listing by map box: a box is read as an
 * index walk in id order per cell it covers (ledger.ts pageIds) instead of a scan of the whole table. Row-major
 * from the south-west corner; migration 5 computes the same numbers in SQL for incidents stored before it.
 */
export const GRID_CELLS_PER_ROW = 360;
export const gridOf = (lat: number, lon: number): number =>
  Math.floor(lat + 90) * GRID_CELLS_PER_ROW + (Math.floor(lon + 180) % GRID_CELLS_PER_ROW);

/** The grid cells a box covers ([minLon, minLat, maxLon, maxLat]; a west edge east of the east edge crosses the antimeridian). */
export function gridCellsOf(bbox: [number, number, number, number]): number[] {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const r0 = Math.floor(Math.max(-90, minLat) + 90);
  const r1 = Math.floor(Math.min(90, maxLat) + 90);
  const c0 = Math.floor(minLon + 180);
  let c1 = Math.floor(maxLon + 180);
  if (minLon > maxLon) c1 += GRID_CELLS_PER_ROW;
  c1 = Math.min(c1, c0 + GRID_CELLS_PER_ROW - 1);
  const out: number[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(r * GRID_CELLS_PER_ROW + (((c % GRID_CELLS_PER_ROW) + GRID_CELLS_PER_ROW) % GRID_CELLS_PER_ROW));
  return out;
}

// ---- listing by date -----------------------------------------------------------------------------------------

/**
 * How long incidents last, in classes of days: an incident's date_span (migration 7) is the first of these that
 * holds its end − start, else LONGER_SPAN. The incidents whose dates touch [from, to] are then, in each class,
 * those that start between from − span and to, so a date list reads its window (ledger.ts pageIds) and not
 * every incident that starts before `to`. Migration 7 writes the same classes in SQL.
 */
export const DATE_SPANS = [0, 7, 31, 366] as const;
export const LONGER_SPAN = 100_000;

const DAY_MS = 86_400_000;

/** Milliseconds of a "YYYY-MM-DD" day at 00:00 UTC; NaN for anything else (Date.parse alone reads "1 March" too). */
const dayTime = (day: string): number => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(day) : NaN);

/** The span class of a date; a date that does not parse falls in the longest class, which every date list reads whole. */
export function dateSpanOf(date: Pick<IncidentDate, 'start' | 'end'>): number {
  const days = (dayTime(date.end) - dayTime(date.start)) / DAY_MS;
  return DATE_SPANS.find((span) => days <= span) ?? LONGER_SPAN;
}

/** The day `days` before `day` ("YYYY-MM-DD"), or null when `day` is not one. */
export function daysBefore(day: string, days: number): string | null {
  const t = dayTime(day) - days * DAY_MS;
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

export function placeValues(date: IncidentDate | null, loc: Omit<IncidentLocation, 'mention'> | null): Record<string, SqlValue> {
  const fine = loc !== null && locationLevel(loc.precision) <= 2;
  return {
    date_start: date?.start ?? null,
    date_end: date?.end ?? null,
    date_precision: date?.precision ?? null,
    date_span: date ? dateSpanOf(date) : null,
    location_name: loc?.name ?? null,
    admin1: loc?.admin1 ?? null,
    country: loc?.country ?? null,
    country_code: loc?.countryCode ?? null,
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: loc?.precision ?? null,
    loc_level: loc ? locationLevel(loc.precision) : null,
    geoname_id: loc?.geonameId ?? null,
    // Regions and countries are looked up by name, not by cell (their centroid says little about where it happened).
    cell: fine && loc ? cellOf(loc.lat, loc.lon) : null,
    grid: loc ? gridOf(loc.lat, loc.lon) : null,
  };
}

/** The merge rules' view of a stored incident. */
export function ledgerView(r: IncidentRow): MergeView {
  const loc = locationOf(r);
  return {
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    date: dateOf(r),
    location: loc
      ? { name: loc.name, lat: loc.lat, lon: loc.lon, precision: loc.precision, countryCode: loc.countryCode, admin1: loc.admin1, geonameId: loc.geonameId ?? null }
      : null,
    perpetrators: JSON.parse(r.perpetrators) as string[],
    targets: JSON.parse(r.targets) as string[],
    killed: r.killed_best,
    tollUpdate: r.toll_update === 1,
  };
}

export const CLAIM_COLUMNS = [
  'incident_id', 'report_id', 'document_id', 'claim_index', 'kind', 'min', 'max', 'qualifier', 'victims', 'victim_group',
  'source_name', 'source_kind', 'source_handle', 'source_date', 'source_mention_start', 'source_mention_end',
  'quote_start', 'quote_end', 'quote_text', 'subgroup_of', 'additive', 'vague_codes', 'discounted', 'partial', 'toll_update',
  'shared_by',
] as const;

export function claimValues(c: Claim, incidentId: number, reportId: number, documentId: number, index: number): SqlValue[] {
  return [
    incidentId, reportId, documentId, index, c.kind, c.min, c.max, c.qualifier, c.victims, c.victimGroup ?? null,
    c.source.name, c.source.kind, c.source.handle, c.source.date, c.source.mention?.start ?? null, c.source.mention?.end ?? null,
    c.quote.start, c.quote.end, c.quote.text, c.subgroupOf ?? null, c.additive ? 1 : 0, c.vagueCodes ? JSON.stringify(c.vagueCodes) : null, c.discounted ?? null,
    c.partial ? 1 : 0, c.update ? 1 : 0, c.sharedBy ?? null,
  ];
}

/** The row `claimValues` stores, as it reads back (its id is not known before the insert: 0). */
export const claimRowOf = (values: SqlValue[]): ClaimRow =>
  ({ id: 0, ...Object.fromEntries(CLAIM_COLUMNS.map((column, i) => [column, values[i]])) }) as unknown as ClaimRow;

export interface ClaimRow {
  id: number;
  incident_id: number;
  report_id: number;
  document_id: number;
  claim_index: number;
  kind: string;
  min: number;
  max: number | null;
  qualifier: string;
  victims: string | null;
  victim_group: string | null;
  source_name: string | null;
  source_kind: string;
  source_handle: string | null;
  source_date: string | null;
  source_mention_start: number | null;
  source_mention_end: number | null;
  quote_start: number;
  quote_end: number;
  quote_text: string;
  subgroup_of: number | null;
  additive: number;
  vague_codes: string | null;
  discounted: string | null;
  partial: number;
  toll_update: number;
  /** null before migration 6 and for a figure that is this attack's own. */
  shared_by: number | null;
}

export function claimOf(r: ClaimRow): StoredClaim {
  const claim: StoredClaim = {
    id: r.id,
    incidentId: r.incident_id,
    reportId: r.report_id,
    documentId: r.document_id,
    kind: r.kind as Claim['kind'],
    min: r.min,
    max: r.max,
    qualifier: r.qualifier as Claim['qualifier'],
    victims: r.victims,
    victimGroup: r.victim_group,
    source: {
      name: r.source_name,
      kind: r.source_kind as Claim['source']['kind'],
      handle: r.source_handle,
      date: r.source_date,
      mention: r.source_mention_start !== null && r.source_mention_end !== null ? { start: r.source_mention_start, end: r.source_mention_end } : null,
    },
    quote: { start: r.quote_start, end: r.quote_end, text: r.quote_text },
    subgroupOf: r.subgroup_of,
    additive: r.additive === 1,
    vagueCodes: r.vague_codes === null ? null : (JSON.parse(r.vague_codes) as Claim['vagueCodes']),
    discounted: r.discounted,
    ...(r.partial === 1 ? { partial: true } : {}),
    ...(r.toll_update === 1 ? { update: true } : {}),
    ...(r.shared_by !== null && r.shared_by !== undefined && r.shared_by > 1 ? { sharedBy: r.shared_by } : {}),
  };
  return claim;
}

/** Who an unattributed claim belongs to: its outlet (the document's source), else its document. */
export const outletKey = (source: string | null, documentId: number): string => source ?? `document ${documentId}`;

/**
 * A claim ready for `reconcile` across reports: an unattributed claim is its outlet's own statement, so it is
 * keyed by the outlet rather than pooled with every other outlet's unattributed claims.
 */
export const attributedTo = <C extends Claim>(c: C, outlet: string): C =>
  c.source.name === null && c.source.handle === null ? { ...c, source: { ...c.source, name: outlet } } : c;

/**
 * Claims of several reports ready for `reconcile`, in report then claim order: attributed to their outlets,
 * and `subgroupOf` indexes (positions within a report) shifted to positions in the combined list.
 */
export function claimsForReconcile(claims: StoredClaim[], outletOf: (documentId: number) => string | null, indexOf: (c: StoredClaim) => number): Claim[] {
  const offsets = new Map<number, number>();
  claims.forEach((c, i) => {
    if (!offsets.has(c.reportId)) offsets.set(c.reportId, i - indexOf(c));
  });
  return claims.map((c) => {
    const subgroupOf = c.subgroupOf === null || c.subgroupOf === undefined ? c.subgroupOf : c.subgroupOf + (offsets.get(c.reportId) ?? 0);
    return { ...attributedTo(c, outletKey(outletOf(c.documentId), c.documentId)), subgroupOf };
  });
}

/** An incident's tolls under `rule` from all its claims across reports (discounted claims left out by reconcile). */
export function ledgerCasualties(incident: Pick<LedgerIncident, 'claims' | 'reports'>, rule: Rule, claimIndex?: (c: StoredClaim) => number): Casualties {
  const outlets = new Map<number, string | null>(incident.reports.map((r) => [r.documentId, r.document.source]));
  const index = claimIndex ?? indexWithinReport(incident.claims);
  return reconcile(claimsForReconcile(incident.claims, (d) => outlets.get(d) ?? null, index), rule);
}

/** Position of each claim within its report, from the order the claims are in. */
function indexWithinReport(claims: StoredClaim[]): (c: StoredClaim) => number {
  const seen = new Map<number, number>();
  const index = new Map<StoredClaim, number>();
  for (const c of claims) {
    const n = seen.get(c.reportId) ?? 0;
    index.set(c, n);
    seen.set(c.reportId, n + 1);
  }
  return (c) => index.get(c) ?? 0;
}

export interface ActorRow {
  id: number;
  incident_id: number;
  report_id: number | null;
  document_id: number | null;
  name: string;
  role: string;
  mention_start: number | null;
  mention_end: number | null;
}

export const actorOf = (r: ActorRow): StoredActor => ({
  name: r.name,
  role: r.role as StoredActor['role'],
  mention: r.mention_start !== null && r.mention_end !== null ? { start: r.mention_start, end: r.mention_end } : null,
  documentId: r.document_id,
});

/** The actors an incident shows: a reviewer's list when there is one, else each (name, role) once, first mention kept. */
export function effectiveActors(rows: ActorRow[], reviewed: boolean): StoredActor[] {
  const seen = new Set<string>();
  const out: StoredActor[] = [];
  for (const r of rows) {
    if (reviewed !== (r.report_id === null)) continue;
    const key = `${r.role}\u0000${r.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(actorOf(r));
  }
  return out;
}

export interface ReportRow {
  id: number;
  incident_id: number;
  document_id: number;
  extracted_id: string;
  extracted_index: number;
  extracted: string;
  toll_update: number;
  score: number | null;
  reasons: string;
  created_at: string;
  source_id: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  source: string | null;
}

export const documentMetaOf = (r: { document_id: number; source_id: string; url: string | null; title: string | null; published_at: string | null; source: string | null }): DocumentMeta => ({
  id: r.document_id,
  sourceId: r.source_id,
  url: r.url,
  title: r.title,
  publishedAt: r.published_at,
  source: r.source,
});

export const reportOf = (r: ReportRow): ReportLink => ({
  id: r.id,
  incidentId: r.incident_id,
  documentId: r.document_id,
  extractedId: r.extracted_id,
  extractedIndex: r.extracted_index,
  score: r.score,
  reasons: JSON.parse(r.reasons) as ReportLink['reasons'],
  createdAt: r.created_at,
  document: documentMetaOf(r),
});

export function incidentOf(r: IncidentRow, claims: StoredClaim[], actors: StoredActor[], reports: ReportLink[]): LedgerIncident {
  return {
    id: r.id,
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    date: dateOf(r),
    location: locationOf(r),
    actors,
    casualties: casualtiesOf(r),
    claims,
    status: r.status as IncidentStatus,
    rule: r.rule as Rule,
    mergedInto: r.merged_into,
    reports,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface TollHistoryRow {
  id: number;
  incident_id: number;
  at: string;
  document_id: number | null;
  action: string;
  audit_id: number | null;
  rule: string;
  [column: string]: unknown;
}

export const tollChangeOf = (r: TollHistoryRow): TollChange => {
  const toll = (prefix: string, kind: string) =>
    tollOf(r[`${prefix}_${kind}_low`] as number | null, r[`${prefix}_${kind}_best`] as number | null, r[`${prefix}_${kind}_high`] as number | null);
  return {
    id: r.id,
    incidentId: r.incident_id,
    at: r.at,
    documentId: r.document_id,
    action: r.action,
    auditId: r.audit_id,
    rule: r.rule as Rule,
    old: { killed: toll('old', 'killed'), injured: toll('old', 'injured') },
    new: { killed: toll('new', 'killed'), injured: toll('new', 'injured') },
  };
};

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  incident_ids: string;
  before: string | null;
  after: string | null;
}

export const auditOf = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  incidentIds: JSON.parse(r.incident_ids) as number[],
  before: r.before === null ? null : JSON.parse(r.before),
  after: r.after === null ? null : JSON.parse(r.after),
});
