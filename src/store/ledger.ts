// The ledger's logic, written once as programs (src/store/program.ts) that both adapters run: storing a
// document with its reports, joining each report to an incident or opening a new one (src/resolve/merge.ts),
// recomputing an incident's tolls from all its claims (src/resolve/reconcile.ts) and recording each change.
import type { Casualties, Incident, IncidentDate, IncidentLocation, Rule } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { storeDocuments } from './documents.js';
import { type Candidate, type CandidateSearch, type MergeView, MERGE_RULES, actorKeys, candidateSearch, decideMerge, locationLevel, reportView } from '../resolve/merge.js';
import { reconcile } from '../resolve/reconcile.js';
import { type Program, type Query, type SqlValue, all, get, insertRows, marks, newIds, rowInserts, run, statement, writeAll } from './program.js';
import {
  type ActorRow, type ClaimRow, type IncidentRow, type ReportRow, CLAIM_COLUMNS, actorOf, attributedTo, casualtiesOf, claimOf, claimRowOf, claimValues, claimsForReconcile,
  DATE_SPANS, LONGER_SPAN, daysBefore, effectiveActors, gridCellsOf, incidentOf, ledgerView, outletKey, placeValues, reportOf, sameToll, tollValues,
} from './rows.js';
import { type SearchText, rebuildSearchText, searchConditions, searchTextOf, searchTextStatement, unionText } from './search.js';
import type { DocumentIncident, DocumentReport, IncidentFilter, IngestItem, IngestOutcome, LedgerIncident, MergeReasons, StoredClaim } from './types.js';

// ---- ingest -------------------------------------------------------------------------------------------------

const INCIDENT_COLUMNS = `id, event_type, sub_event_type, date_start, date_end, date_precision, location_name, admin1, country, country_code,
  latitude, longitude, geo_precision, loc_level, geoname_id, cell, rule, killed_low, killed_best, killed_high, injured_low, injured_best,
  injured_high, perpetrators, targets, toll_update, status, edited, actors_edited, merged_into, report_count, created_at, updated_at`;

/** Stores one document and its reports: a batch of one. */
export function* ingestDocument(item: IngestItem, rule: Rule, at: string): Program<IngestOutcome> {
  const [outcome] = yield* ingestBatch([item], rule, [at]);
  return outcome;
}

/**
 * Stores documents and their reports, in order, inside the caller's transaction: the new documents in
 * multi-row INSERTs (src/store/documents.ts tells them from copies), then each one's reports, each joining an
 * incident or opening one. Item i is stored at `at[i]`. Throws when any item fails (the caller then stores the
 * batch one document at a time, each in a savepoint, to tell which).
 */
export function* ingestBatch(items: IngestItem[], rule: Rule, at: string[]): Program<IngestOutcome[]> {
  const placed = yield* storeDocuments(items, at);
  // A report takes an id, and a new incident one; ids for every report that could open one are taken at once.
  const reports = items.reduce((n, item, i) => n + (placed[i].by === null ? item.incidents.filter((x) => !x.background).length : 0), 0);
  const ids = new IdPool(yield* newIds('incidents', reports), yield* newIds('reports', reports));
  const outcomes: IngestOutcome[] = [];
  for (let i = 0; i < items.length; i++) {
    const { documentId, by } = placed[i];
    outcomes.push(by === null ? yield* storeReports(items[i], documentId, rule, at[i], ids) : { status: 'duplicate', documentId, by });
  }
  return outcomes;
}

/** Ids taken for a batch, handed out in order. */
class IdPool {
  private nextIncident = 0;
  private nextReport = 0;
  constructor(
    private readonly incidents: number[],
    private readonly reports: number[],
  ) {}
  incident(): number {
    return this.incidents[this.nextIncident++];
  }
  report(): number {
    return this.reports[this.nextReport++];
  }
}

/**
 * Joins each report of a stored document to an incident or opens one. Reads come first (candidates; for a
 * join, the incident's claims and search text); the document's writes then go out together at the end: they
 * touch different rows, since the document's reports never join the same incident.
 */
function* storeReports(item: IngestItem, documentId: number, rule: Rule, at: string, ids: IdPool): Program<IngestOutcome> {
  const { doc } = item;
  const cause: TollCause = { at, documentId, action: 'report', auditId: null };
  const outlet = outletKey(doc.source ?? null, documentId);
  const writes: Query[] = [];
  const created: number[] = [];
  const merged: number[] = [];
  // The extractor already told this document's incidents apart: two of them never join the same incident.
  const used = new Set<number>();
  for (let index = 0; index < item.incidents.length; index++) {
    const incident = item.incidents[index];
    // Background incidents (a war's running toll, earlier events) are not events of this report: not stored.
    if (incident.background) continue;
    const view = reportView(incident, doc.text);
    const search = candidateSearch(view);
    const rows = search ? yield* findCandidates(search) : [];
    const decision = decideMerge(view, rows.map((r): Candidate => ({ id: r.id, view: ledgerView(r) })), used);
    const target = decision.into === null ? null : (rows.find((r) => r.id === decision.into) as IncidentRow);
    const reasons: MergeReasons = { decision: target ? 'merged' : 'new', candidate: decision.candidate, reasons: decision.reasons };
    const reportId = ids.report();
    if (target) {
      const claims = incident.claims.map((c, i) => claimValues(c, target.id, reportId, documentId, i));
      writes.push(reportStatement(target.id, reportId, documentId, incident, index, view.tollUpdate, decision.score, reasons, at));
      writes.push(...detailStatements(incident, claims, target.id, reportId, documentId));
      const held = yield* heldBy(target.id);
      writes.push(...absorbReport(target, incident, view, held.claims, claims, doc.source ?? null, cause));
      // A reviewer's actor list stands: the report's actors are not the incident's to search by.
      const current = held.text ?? { words: '', actorNames: '' };
      const text = unionText(current, searchTextOf([incident.location], target.actors_edited ? [] : incident.actors, incident.claims));
      // Written only when it grows (or the incident has none yet).
      if (!held.text || text.words !== current.words || text.actorNames !== current.actorNames) writes.push(searchTextStatement(target.id, text));
      merged.push(target.id);
      used.add(target.id);
    } else {
      // A new incident's tolls come from its one report's claims, with no need to read them back.
      const incidentId = ids.incident();
      const casualties = reconcile(incident.claims.map((c) => attributedTo(c, outlet)), rule);
      const claims = incident.claims.map((c, i) => claimValues(c, incidentId, reportId, documentId, i));
      writes.push(incidentStatement(incidentId, incident, view, rule, at, casualties));
      writes.push(reportStatement(incidentId, reportId, documentId, incident, index, view.tollUpdate, null, reasons, at));
      writes.push(...detailStatements(incident, claims, incidentId, reportId, documentId));
      const change = tollChangeStatement(incidentId, rule, { killed: null, injured: null }, casualties, cause);
      if (change) writes.push(change);
      writes.push(searchTextStatement(incidentId, searchTextOf([incident.location], incident.actors, incident.claims)));
      created.push(incidentId);
      used.add(incidentId);
    }
  }
  yield* writeAll(writes);
  return { status: 'added', documentId, created, merged };
}

/** Stored incidents a report may join: one statement, each part of it an indexed lookup. */
export function* findCandidates(s: CandidateSearch): Program<IncidentRow[]> {
  const base = `SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE merged_into IS NULL AND date_start >= ? AND date_start <= ? AND date_end >= ?`;
  const window: SqlValue[] = [s.startFrom, s.startTo, s.endFrom];
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (s.cells.length > 0) parts.push(`${base} AND cell IN (${marks(s.cells.length)})`), params.push(...window, ...s.cells);
  if (s.regionLevel !== null) parts.push(`${base} AND country_code = ? AND admin1 = ? AND loc_level = 3`), params.push(...window, s.countryCode, s.regionLevel);
  if (s.countryLevel) parts.push(`${base} AND country_code = ? AND loc_level = 4`), params.push(...window, s.countryCode);
  if (s.region !== null) parts.push(`${base} AND country_code = ? AND admin1 = ? AND loc_level IN (0, 1, 2, 3, 4)`), params.push(...window, s.countryCode, s.region);
  if (s.wholeCountry) {
    parts.push(`SELECT * FROM (${base} AND country_code = ? AND loc_level IN (0, 1, 2, 3, 4) ORDER BY date_start DESC, id LIMIT ${MERGE_RULES.countryCandidateLimit}) AS whole_country`);
    params.push(...window, s.countryCode);
  }
  if (parts.length === 0) return [];
  const rows = yield* all<IncidentRow>(parts.join(' UNION ALL '), ...params);
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

function incidentStatement(id: number, incident: Incident, view: MergeView, rule: Rule, at: string, tolls: Casualties): Query {
  const values: Record<string, SqlValue> = {
    id,
    event_type: incident.eventType,
    sub_event_type: incident.subEventType,
    ...placeValues(incident.date, incident.location),
    rule,
    ...tollColumns(tolls),
    perpetrators: JSON.stringify(view.perpetrators),
    targets: JSON.stringify(view.targets),
    toll_update: view.tollUpdate ? 1 : 0,
    report_count: 1,
    created_at: at,
    updated_at: at,
  };
  const cols = Object.keys(values);
  return statement(`INSERT INTO incidents (${cols.join(', ')}) VALUES (${marks(cols.length)})`, ...Object.values(values));
}

function reportStatement(
  incidentId: number, reportId: number, documentId: number, incident: Incident, index: number, tollUpdate: boolean, score: number | null, reasons: MergeReasons, at: string,
): Query {
  // What the report itself said about the event, so a split can rebuild an incident from its reports.
  const extracted = { eventType: incident.eventType, subEventType: incident.subEventType, date: incident.date, location: incident.location };
  return statement(
    `INSERT INTO reports (id, incident_id, document_id, extracted_id, extracted_index, extracted, toll_update, score, reasons, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    reportId, incidentId, documentId, incident.id, index, JSON.stringify(extracted), tollUpdate ? 1 : 0, score, JSON.stringify(reasons), at,
  );
}

function detailStatements(incident: Incident, claims: SqlValue[][], incidentId: number, reportId: number, documentId: number): Query[] {
  return [
    ...rowInserts('claims', CLAIM_COLUMNS, claims),
    ...rowInserts(
      'actors',
      ['incident_id', 'report_id', 'document_id', 'name', 'role', 'mention_start', 'mention_end'],
      incident.actors.map((a) => [incidentId, reportId, documentId, a.name, a.role, a.mention?.start ?? null, a.mention?.end ?? null]),
    ),
  ];
}

type Extracted = Pick<Incident, 'eventType' | 'subEventType' | 'date' | 'location'>;

const DATE_RANK: Record<IncidentDate['precision'], number> = { day: 0, week: 1, month: 2, year: 3 };

/** A report's date or place replaces the incident's when it is more precise (never on a reviewed incident). */
function finerDate(current: IncidentDate | null, offered: IncidentDate | null): IncidentDate | null {
  if (!offered) return current;
  if (!current || DATE_RANK[offered.precision] < DATE_RANK[current.precision]) return offered;
  return current;
}
function finerLocation<L extends Omit<IncidentLocation, 'mention'>>(current: L | null, offered: L | null): L | null {
  if (!offered) return current;
  if (!current || locationLevel(offered.precision) < locationLevel(current.precision)) return offered;
  return current;
}

const union = (json: string, more: string[]): string => JSON.stringify(actorKeys([...(JSON.parse(json) as string[]), ...more]));

/**
 * The writes that fold a joining report into its incident: one UPDATE (finer date and place, merge keys, report
 * count, and tolls recomputed from the incident's `stored` claims and the report's `claims` as they will be
 * stored), and a toll_history row when the tolls change.
 */
function absorbReport(row: IncidentRow, incident: Extracted, view: MergeView, stored: HeldClaim[], claims: SqlValue[][], source: string | null, cause: TollCause): Query[] {
  const locked = row.status === 'confirmed' || row.edited === 1;
  const current = incidentOf(row, [], [], []);
  const date = locked ? current.date : finerDate(current.date, incident.date);
  const location = locked ? current.location : finerLocation(current.location, incident.location);
  const old = casualtiesOf(row);
  const next = tollsOf([...stored, ...claims.map((values): HeldClaim => ({ ...claimRowOf(values), outlet: source }))], old.rule);
  const values: Record<string, SqlValue> = {
    // Place columns are indexed: set them only when they change, so a merge rewrites no index entry needlessly.
    ...(date !== current.date || location !== current.location ? placeValues(date, location) : {}),
    perpetrators: row.actors_edited ? row.perpetrators : union(row.perpetrators, view.perpetrators),
    targets: row.actors_edited ? row.targets : union(row.targets, view.targets),
    toll_update: row.toll_update === 1 || view.tollUpdate ? 1 : 0,
    ...tollColumns(next),
    updated_at: cause.at,
  };
  const cols = Object.keys(values);
  const update = statement(`UPDATE incidents SET ${cols.map((c) => `${c} = ?`).join(', ')}, report_count = report_count + 1 WHERE id = ?`, ...Object.values(values), row.id);
  const change = tollChangeStatement(row.id, old.rule, old, next, cause);
  return change ? [update, change] : [update];
}

/**
 * What a joining report needs of its incident, in one read: the stored claims (report then claim order, with
 * their outlets) and the search text (null when it has none). The incident's row leads, so a row comes back
 * even when it has no claims.
 */
function* heldBy(incidentId: number): Program<{ claims: HeldClaim[]; text: SearchText | null }> {
  const rows = yield* all<Partial<HeldClaim> & { words: string | null; actor_names: string | null }>(
    `SELECT t.words, t.actor_names, c.*, d.source AS outlet FROM incidents i
     LEFT JOIN incident_text t ON t.incident_id = i.id
     LEFT JOIN claims c ON c.incident_id = i.id
     LEFT JOIN documents d ON d.id = c.document_id
     WHERE i.id = ? ORDER BY c.report_id, c.claim_index`,
    incidentId,
  );
  return {
    claims: rows.filter((r): r is HeldClaim & { words: string | null; actor_names: string | null } => r.id !== null && r.id !== undefined),
    text: rows[0] && rows[0].words !== null && rows[0].actor_names !== null ? { words: rows[0].words, actorNames: rows[0].actor_names } : null,
  };
}

// ---- tolls --------------------------------------------------------------------------------------------------

export interface TollCause {
  at: string;
  documentId: number | null;
  action: string;
  auditId: number | null;
}

/** A stored claim with its outlet (its document's source). */
type HeldClaim = ClaimRow & { outlet: string | null };

/** The incident's claims, in report then claim order, with the outlet of each. */
function* incidentClaims(incidentId: number): Program<HeldClaim[]> {
  return yield* all<HeldClaim>(
    `SELECT c.*, d.source AS outlet FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.incident_id = ? ORDER BY c.report_id, c.claim_index`,
    incidentId,
  );
}

/** An incident's tolls under `rule` from its claims (report then claim order) with `reconcile`; discounted claims are left out by reconcile. */
function tollsOf(rows: HeldClaim[], rule: Rule): Casualties {
  const outlets = new Map(rows.map((r) => [r.document_id, r.outlet]));
  const index = new Map<StoredClaim, number>();
  const claims = rows.map((r) => {
    const claim = claimOf(r);
    index.set(claim, r.claim_index);
    return claim;
  });
  return reconcile(claimsForReconcile(claims, (d) => outlets.get(d) ?? null, (c) => index.get(c) ?? 0), rule);
}

const tollColumns = (c: Pick<Casualties, 'killed' | 'injured'>): Record<string, SqlValue> => {
  const [killed_low, killed_best, killed_high] = tollValues(c.killed);
  const [injured_low, injured_best, injured_high] = tollValues(c.injured);
  return { killed_low, killed_best, killed_high, injured_low, injured_best, injured_high };
};

/** The toll_history row for a change of tolls; null when they did not change. */
function tollChangeStatement(incidentId: number, rule: Rule, old: Pick<Casualties, 'killed' | 'injured'>, next: Pick<Casualties, 'killed' | 'injured'>, cause: TollCause): Query | null {
  if (sameToll(old.killed, next.killed) && sameToll(old.injured, next.injured)) return null;
  return statement(
    `INSERT INTO toll_history (incident_id, at, document_id, action, audit_id, rule,
       old_killed_low, old_killed_best, old_killed_high, old_injured_low, old_injured_best, old_injured_high,
       new_killed_low, new_killed_best, new_killed_high, new_injured_low, new_injured_best, new_injured_high)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    incidentId, cause.at, cause.documentId, cause.action, cause.auditId, rule,
    ...tollValues(old.killed), ...tollValues(old.injured), ...tollValues(next.killed), ...tollValues(next.injured),
  );
}

/**
 * Recomputes an incident's tolls from all its non-discounted claims with `reconcile` under the incident's
 * rule; when they change, writes them and a toll_history row. Returns whether they changed.
 */
export function* recomputeTolls(incidentId: number, cause: TollCause): Program<boolean> {
  const row = yield* get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = ?`, incidentId);
  if (!row) throw new SitrepError('NOT_FOUND', 'no such incident', `incident ${incidentId}`);
  const old = casualtiesOf(row);
  const next = tollsOf(yield* incidentClaims(incidentId), old.rule);
  const change = tollChangeStatement(incidentId, old.rule, old, next, cause);
  if (!change) return false;
  yield* run(change.sql, ...change.params);
  const tolls = tollColumns(next);
  const cols = Object.keys(tolls);
  yield* run(`UPDATE incidents SET ${cols.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`, ...Object.values(tolls), cause.at, incidentId);
  return true;
}

// ---- reading ------------------------------------------------------------------------------------------------

/** Whole incidents (claims, actors, reports) for these ids, in the order given; missing ids are left out. */
export function* loadIncidents(ids: number[]): Program<LedgerIncident[]> {
  if (ids.length === 0) return [];
  const list = marks(ids.length);
  const rows = yield* all<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id IN (${list})`, ...ids);
  const claimRows = yield* all<ClaimRow>(`SELECT * FROM claims WHERE incident_id IN (${list}) ORDER BY incident_id, report_id, claim_index`, ...ids);
  const actorRows = yield* all<ActorRow>(`SELECT * FROM actors WHERE incident_id IN (${list}) ORDER BY incident_id, id`, ...ids);
  const reportRows = yield* all<ReportRow>(
    `SELECT r.*, d.source_id, d.url, d.title, d.published_at, d.source FROM reports r JOIN documents d ON d.id = r.document_id
     WHERE r.incident_id IN (${list}) ORDER BY r.incident_id, r.id`,
    ...ids,
  );
  const group = <T extends { incident_id: number }>(list: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of list) (m.get(x.incident_id) ?? m.set(x.incident_id, []).get(x.incident_id)!).push(x);
    return m;
  };
  const claims = group(claimRows);
  const actors = group(actorRows);
  const reports = group(reportRows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.filter((id) => byId.has(id)).map((id) => {
    const r = byId.get(id) as IncidentRow;
    return incidentOf(r, (claims.get(id) ?? []).map(claimOf), effectiveActors(actors.get(id) ?? [], r.actors_edited === 1), (reports.get(id) ?? []).map(reportOf));
  });
}

export function* loadIncident(id: number): Program<LedgerIncident> {
  const [incident] = yield* loadIncidents([id]);
  if (!incident) throw new SitrepError('NOT_FOUND', 'no such incident', `incident ${id}`);
  return incident;
}

/** Ids of one page of live incidents matching the filter, by id. */
export function* pageIds(filter: IncidentFilter, after: number, limit: number, dialect: 'sqlite' | 'postgres'): Program<number[]> {
  const where = ['merged_into IS NULL', 'id > ?'];
  const params: SqlValue[] = [after];
  if (filter.from) where.push('date_end >= ?'), params.push(filter.from);
  if (filter.to) where.push('date_start <= ?'), params.push(filter.to);
  if (filter.countryCode) where.push('country_code = ?'), params.push(filter.countryCode);
  if (filter.eventType) where.push('(event_type = ? OR sub_event_type = ?)'), params.push(filter.eventType, filter.eventType);
  if (filter.subEventType) where.push('sub_event_type = ?'), params.push(filter.subEventType);
  if (filter.status) where.push('status = ?'), params.push(filter.status);
  // No toll counts as 0 killed, so a minimum of 0 keeps every incident.
  if (filter.minKilled !== undefined && filter.minKilled > 0) where.push('killed_best >= ?'), params.push(filter.minKilled);
  const search = searchConditions(filter, dialect);
  where.push(...search.where);
  params.push(...search.params);
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    where.push('latitude >= ? AND latitude <= ?');
    params.push(minLat, maxLat);
    // A box whose west edge is east of its east edge crosses the antimeridian (RFC 7946 section 5.2).
    if (minLon <= maxLon) where.push('longitude >= ? AND longitude <= ?');
    else where.push('(longitude >= ? OR longitude <= ?)');
    params.push(minLon, maxLon);
  }
  const n = Math.floor(limit);
  if (byDateIndex(filter)) {
    const dated = yield* datedPageIds(filter, after, n);
    if (dated) return dated;
  }
  const cells = filter.bbox ? gridCellsOf(filter.bbox) : [];
  if (cells.length > 0 && cells.length <= MAX_BOX_CELLS) {
    // One index walk per grid cell, each stopping at the page size, then the first ids of them all: a box reads
    // its own cells, never the whole table. A larger box is read in id order like any list (it is rarely sparse).
    const part = `SELECT * FROM (SELECT id FROM incidents WHERE grid = ? AND ${where.join(' AND ')} ORDER BY id LIMIT ${n}) AS cell_ids`;
    const rows = yield* all<{ id: number }>(`${cells.map(() => part).join(' UNION ALL ')} ORDER BY id LIMIT ${n}`, ...cells.flatMap((c) => [c, ...params]));
    return rows.map((r) => r.id);
  }
  const rows = yield* all<{ id: number }>(`SELECT id FROM incidents WHERE ${where.join(' AND ')} ORDER BY id LIMIT ${n}`, ...params);
  return rows.map((r) => r.id);
}

/** Boxes covering more grid cells than this are listed by id order instead of cell by cell. */
const MAX_BOX_CELLS = 64;

/** The filters a date index answers alone: a date window, with or without a country. */
const DATE_INDEX_FILTERS = new Set(['countryCode', 'from', 'to']);
const byDateIndex = (filter: IncidentFilter): boolean =>
  (filter.from !== undefined || filter.to !== undefined) &&
  Object.entries(filter).every(([key, value]) => value === undefined || DATE_INDEX_FILTERS.has(key));

/** Date windows holding more incidents than this are listed by id order instead of sorted from the index. */
const MAX_DATE_WINDOW = 5000;

/**
 * One page of the live incidents (of a country, when one is given) whose dates touch the filter's window, from the
 * country date index (migration 7) or the date index (migration 10): in each span class, the incidents that start
 * from `from` − span to `to`, sorted by id. Null when the window holds more than `maxWindow` incidents, which an
 * id-order walk lists for less than sorting them all (or when `from` is no day).
 */
export function* datedPageIds(filter: { countryCode?: string; from?: string; to?: string }, after: number, limit: number, maxWindow = MAX_DATE_WINDOW): Program<number[] | null> {
  if (filter.from !== undefined && daysBefore(filter.from, 0) === null) return null;
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const span of [...DATE_SPANS, LONGER_SPAN]) {
    const where: string[] = [];
    if (filter.countryCode !== undefined) where.push('country_code = ?'), params.push(filter.countryCode);
    where.push('date_span = ?', 'merged_into IS NULL', 'id > ?');
    params.push(span, after);
    if (filter.from !== undefined) {
      if (span !== LONGER_SPAN) where.push('date_start >= ?'), params.push(daysBefore(filter.from, span));
      where.push('date_end >= ?'), params.push(filter.from);
    }
    if (filter.to !== undefined) where.push('date_start <= ?'), params.push(filter.to);
    parts.push(`SELECT id FROM incidents WHERE ${where.join(' AND ')}`);
  }
  const rows = yield* all<{ id: number; found: number }>(
    `SELECT id, CAST(COUNT(*) OVER () AS INTEGER) AS found FROM (${parts.join(' UNION ALL ')} LIMIT ${maxWindow + 1}) AS dated ORDER BY id LIMIT ${Math.floor(limit)}`,
    ...params,
  );
  if (rows.length > 0 && rows[0].found > maxWindow) return null;
  return rows.map((r) => r.id);
}

/** Fills the search text of every live incident that has none (migration 3 on a ledger stored before it). */
export function* fillSearchText(): Program<number> {
  let after = 0;
  let n = 0;
  for (;;) {
    const ids = (yield* all<{ id: number }>(
      `SELECT id FROM incidents i WHERE id > ? AND merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM incident_text t WHERE t.incident_id = i.id) ORDER BY id LIMIT 500`,
      after,
    )).map((r) => r.id);
    if (ids.length === 0) return n;
    for (const incident of yield* loadIncidents(ids)) yield* rebuildSearchText(incident);
    after = ids[ids.length - 1];
    n += ids.length;
  }
}

/** The live incidents a document reports, each with the document's reports of it and their claims and actors. */
export function* documentIncidents(documentId: number): Program<DocumentIncident[]> {
  const reportRows = yield* all<ReportRow>(
    `SELECT r.*, d.source_id, d.url, d.title, d.published_at, d.source FROM reports r JOIN documents d ON d.id = r.document_id
     WHERE r.document_id = ? ORDER BY r.incident_id, r.id`,
    documentId,
  );
  if (reportRows.length === 0) return [];
  const incidentIds = [...new Set(reportRows.map((r) => r.incident_id))];
  const reportIds = reportRows.map((r) => r.id);
  // incident_id leads both indexes; report_id narrows to this document's rows.
  const pair = `incident_id IN (${marks(incidentIds.length)}) AND report_id IN (${marks(reportIds.length)})`;
  const claimRows = yield* all<ClaimRow>(`SELECT * FROM claims WHERE ${pair} ORDER BY report_id, claim_index`, ...incidentIds, ...reportIds);
  const actorRows = yield* all<ActorRow>(`SELECT * FROM actors WHERE ${pair} ORDER BY report_id, id`, ...incidentIds, ...reportIds);
  const edited = new Set(
    (yield* all<{ id: number }>(`SELECT id FROM incidents WHERE id IN (${marks(incidentIds.length)}) AND actors_edited = 1`, ...incidentIds)).map((r) => r.id),
  );
  const out = new Map<number, DocumentReport[]>();
  for (const r of reportRows) {
    const extracted = JSON.parse(r.extracted) as Extracted;
    const report: DocumentReport = {
      ...reportOf(r),
      location: extracted.location ?? null,
      claims: claimRows.filter((c) => c.report_id === r.id).map(claimOf),
      actors: edited.has(r.incident_id) ? [] : actorRows.filter((a) => a.report_id === r.id).map(actorOf),
    };
    (out.get(r.incident_id) ?? out.set(r.incident_id, []).get(r.incident_id)!).push(report);
  }
  return [...out].map(([incidentId, reports]) => ({ incidentId, reports }));
}

// ---- review -------------------------------------------------------------------------------------------------

/** What an audit entry keeps of an incident: everything a reviewer can change, and the tolls. */
export const snapshot = (i: LedgerIncident) => ({
  id: i.id,
  eventType: i.eventType,
  subEventType: i.subEventType,
  date: i.date,
  location: i.location,
  actors: i.actors.map((a) => ({ name: a.name, role: a.role })),
  casualties: i.casualties,
  status: i.status,
  rule: i.rule,
  mergedInto: i.mergedInto,
  reports: i.reports.map((r) => r.id),
  discounted: i.claims.filter((c) => c.discounted).map((c) => ({ id: c.id, reason: c.discounted })),
});

export function* writeAudit(at: string, actor: string, action: string, incidentIds: number[], before: unknown): Program<number> {
  const row = yield* get<{ id: number }>(
    'INSERT INTO audit_log (at, actor, action, incident_ids, before, after) VALUES (?, ?, ?, ?, ?, NULL) RETURNING id',
    at, actor, action, JSON.stringify(incidentIds), JSON.stringify(before),
  );
  const id = (row as { id: number }).id;
  yield* insertRows('audit_incidents', ['audit_id', 'incident_id'], [...new Set(incidentIds)].map((i) => [id, i]));
  return id;
}

export function* finishAudit(auditId: number, after: unknown): Program<void> {
  yield* run('UPDATE audit_log SET after = ? WHERE id = ?', JSON.stringify(after), auditId);
}

/** Recomputes an incident's merge keys (actors, update wording, report count) from what is attached to it now. */
export function* refreshMergeKeys(incidentId: number): Program<void> {
  const row = yield* get<{ actors_edited: number }>('SELECT actors_edited FROM incidents WHERE id = ?', incidentId);
  const actors = effectiveActors(yield* all<ActorRow>('SELECT * FROM actors WHERE incident_id = ? ORDER BY id', incidentId), row?.actors_edited === 1);
  const reports = yield* all<{ n: number; updates: number | null }>(
    'SELECT CAST(COUNT(*) AS INTEGER) AS n, CAST(MAX(toll_update) AS INTEGER) AS updates FROM reports WHERE incident_id = ?',
    incidentId,
  );
  const perps = actorKeys(actors.filter((a) => a.role === 'perpetrator').map((a) => a.name));
  const targets = actorKeys(actors.filter((a) => a.role === 'target' || a.role === 'victim').map((a) => a.name));
  yield* run(
    'UPDATE incidents SET perpetrators = ?, targets = ?, toll_update = ?, report_count = ? WHERE id = ?',
    JSON.stringify(perps), JSON.stringify(targets), reports[0]?.updates ? 1 : 0, reports[0]?.n ?? 0, incidentId,
  );
}

/** Rebuilds an unreviewed incident's type, date and place from its reports: the first report's, made finer by later ones. */
export function* refreshFields(incidentId: number, at: string): Program<void> {
  const row = yield* get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = ?`, incidentId);
  if (!row || row.status === 'confirmed' || row.edited === 1) return;
  const reports = yield* all<{ extracted: string }>('SELECT extracted FROM reports WHERE incident_id = ? ORDER BY id', incidentId);
  if (reports.length === 0) return;
  const list = reports.map((r) => JSON.parse(r.extracted) as Extracted);
  let date: IncidentDate | null = null;
  let location: IncidentLocation | null = null;
  for (const e of list) {
    date = finerDate(date, e.date);
    location = finerLocation(location, e.location);
  }
  const values: Record<string, SqlValue> = { event_type: list[0].eventType, sub_event_type: list[0].subEventType, ...placeValues(date, location), updated_at: at };
  const cols = Object.keys(values);
  yield* run(`UPDATE incidents SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, ...Object.values(values), incidentId);
}

/** A new incident for reports split out of another: fields from the first of them, rule from the original. */
export function* insertIncidentFromReport(extracted: Extracted, rule: Rule, at: string): Program<number> {
  const values: Record<string, SqlValue> = {
    event_type: extracted.eventType,
    sub_event_type: extracted.subEventType,
    ...placeValues(extracted.date, extracted.location),
    rule,
    report_count: 0,
    created_at: at,
    updated_at: at,
  };
  const cols = Object.keys(values);
  const row = yield* get<{ id: number }>(`INSERT INTO incidents (${cols.join(', ')}) VALUES (${marks(cols.length)}) RETURNING id`, ...Object.values(values));
  return (row as { id: number }).id;
}

export type { Extracted };
