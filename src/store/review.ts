// Review actions on the ledger (used by the HTTP API, issue 5): confirm, edit, merge, split, discount and
// restore a claim. Each is one program run in one transaction: it takes the locks of the countries it
// touches, writes an audit_log entry with the incident before and after, and recomputes tolls (a
// toll_history row, tied to the audit entry, when they change).
import { SitrepError } from '../core/errors.js';
import { type ActorRole, type DatePrecision, type IncidentDate, type LocationPrecision, RULES } from '../core/types.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../data/acled-taxonomy.js';
import { actorKeys } from '../resolve/merge.js';
import {
  type Extracted, finishAudit, insertIncidentFromReport, loadIncident, recomputeTolls, refreshFields, refreshMergeKeys, snapshot, writeAudit,
} from './ledger.js';
import { type Program, type SqlValue, all, get, insertRows, lock, marks, run } from './program.js';
import { placeValues } from './rows.js';
import { rebuildSearchText } from './search.js';
import type { IncidentPatch, LedgerIncident } from './types.js';

export const countryLock = (code: string | null | undefined): string => `country:${code ?? '-'}`;

/** Locks the countries of these incidents (so no ingest merges into them meanwhile); NOT_FOUND when one is missing or merged away. */
function* lockIncidents(ids: number[], extra: string[] = []): Program<void> {
  const rows = yield* all<{ id: number; country_code: string | null; merged_into: number | null }>(
    `SELECT id, country_code, merged_into FROM incidents WHERE id IN (${marks(ids.length)})`,
    ...ids,
  );
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new SitrepError('NOT_FOUND', 'no such incident', `incident ${id}`);
    if (row.merged_into !== null) throw new SitrepError('CONFLICT', `was merged into incident ${row.merged_into}`, `incident ${id}`);
  }
  yield* lock([...rows.map((r) => countryLock(r.country_code)), ...extra]);
}

function* finish(auditId: number, ids: number[], action: string, at: string): Program<LedgerIncident[]> {
  for (const id of ids) yield* recomputeTolls(id, { at, documentId: null, action, auditId });
  const after: LedgerIncident[] = [];
  for (const id of ids) after.push(yield* loadIncident(id));
  // Places, actors and claims may have moved or changed: the search text follows what each incident holds now.
  for (const incident of after) yield* rebuildSearchText(incident);
  yield* finishAudit(auditId, after.length === 1 ? snapshot(after[0]) : after.map(snapshot));
  return after;
}

export function* confirmIncident(id: number, actor: string, at: string): Program<LedgerIncident> {
  yield* lockIncidents([id]);
  const before = yield* loadIncident(id);
  const audit = yield* writeAudit(at, actor, 'confirm', [id], snapshot(before));
  yield* run(`UPDATE incidents SET status = 'confirmed', updated_at = ? WHERE id = ?`, at, id);
  return (yield* finish(audit, [id], 'confirm', at))[0];
}

// ---- edit ---------------------------------------------------------------------------------------------------

const SUB_EVENT_LABELS = new Map<string, string>(Object.values(SUB_EVENT_TYPES).map((s) => [s.label, s.eventType]));
const DATE_PRECISIONS: DatePrecision[] = ['day', 'week', 'month', 'year'];
const LOCATION_PRECISIONS: LocationPrecision[] = ['exact', 'near', 'admin2', 'admin1', 'country'];
const ROLES: ActorRole[] = ['perpetrator', 'target', 'victim', 'other'];

const bad = (message: string, field: string): SitrepError => new SitrepError('BAD_ARGUMENT', message, field);
/** A real calendar day written YYYY-MM-DD ("2024-02-30" and "2024-13-45" are not; the latter is an invalid Date, whose toISOString throws). */
const isDay = (s: unknown): s is string => {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
};

/** The columns a patch sets, after checking every field; throws BAD_ARGUMENT naming the field. */
function patchValues(patch: IncidentPatch, current: LedgerIncident): Record<string, SqlValue> {
  const values: Record<string, SqlValue> = {};
  if (patch.subEventType !== undefined) {
    const family = SUB_EVENT_LABELS.get(patch.subEventType);
    if (!family) throw bad(`"${patch.subEventType}" is not an ACLED sub-event type`, 'subEventType');
    if (patch.eventType !== undefined && patch.eventType !== family) throw bad(`"${patch.subEventType}" belongs to "${family}", not "${patch.eventType}"`, 'eventType');
    values.event_type = family;
    values.sub_event_type = patch.subEventType;
  } else if (patch.eventType !== undefined) {
    if (!(EVENT_TYPES as readonly string[]).includes(patch.eventType)) throw bad(`"${patch.eventType}" is not an ACLED event type`, 'eventType');
    if (SUB_EVENT_LABELS.get(current.subEventType) !== patch.eventType) throw bad(`give a sub-event type of "${patch.eventType}" with it`, 'eventType');
    values.event_type = patch.eventType;
  }
  const date: IncidentDate | null = patch.date ?? current.date;
  if (patch.date !== undefined) {
    const d = patch.date;
    if (!d || !isDay(d.start) || !isDay(d.end)) throw bad('start and end must be dates written YYYY-MM-DD', 'date');
    if (d.start > d.end) throw bad(`start ${d.start} is after end ${d.end}`, 'date');
    if (!DATE_PRECISIONS.includes(d.precision)) throw bad(`precision must be one of ${DATE_PRECISIONS.join(', ')}`, 'date.precision');
  }
  const loc = patch.location === undefined ? current.location : patch.location;
  if (patch.location !== undefined) {
    const l = patch.location;
    if (!l || typeof l.name !== 'string' || l.name.trim() === '') throw bad('needs a name', 'location');
    if (!Number.isFinite(l.lat) || l.lat < -90 || l.lat > 90) throw bad(`lat ${l.lat} is not a latitude`, 'location.lat');
    if (!Number.isFinite(l.lon) || l.lon < -180 || l.lon > 180) throw bad(`lon ${l.lon} is not a longitude`, 'location.lon');
    if (!LOCATION_PRECISIONS.includes(l.precision)) throw bad(`precision must be one of ${LOCATION_PRECISIONS.join(', ')}`, 'location.precision');
    if (typeof l.countryCode !== 'string' || !/^[A-Z]{2}$/.test(l.countryCode)) throw bad('countryCode must be an ISO 3166-1 alpha-2 code', 'location.countryCode');
    if (typeof l.country !== 'string') throw bad('country must be a name', 'location.country');
    if (l.admin1 !== null && typeof l.admin1 !== 'string') throw bad('admin1 must be a name or null', 'location.admin1');
  }
  if (patch.date !== undefined || patch.location !== undefined) Object.assign(values, placeValues(date, loc ? { ...loc, geonameId: loc.geonameId ?? null } : null));
  if (patch.rule !== undefined) {
    if (!RULES.includes(patch.rule)) throw bad(`must be one of ${RULES.join(', ')}`, 'rule');
    values.rule = patch.rule;
  }
  if (patch.actors !== undefined) {
    if (!Array.isArray(patch.actors)) throw bad('must be a list', 'actors');
    patch.actors.forEach((a, i) => {
      if (!a || typeof a.name !== 'string' || a.name.trim() === '') throw bad('needs a name', `actors[${i}]`);
      if (!ROLES.includes(a.role)) throw bad(`role must be one of ${ROLES.join(', ')}`, `actors[${i}]`);
    });
    values.actors_edited = 1;
    values.perpetrators = JSON.stringify(actorKeys(patch.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name)));
    values.targets = JSON.stringify(actorKeys(patch.actors.filter((a) => a.role === 'target' || a.role === 'victim').map((a) => a.name)));
  }
  if (Object.keys(values).length === 0) throw bad('changes nothing: give eventType, subEventType, date, location, actors or rule', 'patch');
  return values;
}

export function* editIncident(id: number, patch: IncidentPatch, actor: string, at: string): Program<LedgerIncident> {
  const newCountry = patch.location?.countryCode;
  yield* lockIncidents([id], newCountry ? [countryLock(newCountry)] : []);
  const before = yield* loadIncident(id);
  const values = { ...patchValues(patch, before), edited: 1, updated_at: at };
  const audit = yield* writeAudit(at, actor, 'edit', [id], snapshot(before));
  const cols = Object.keys(values);
  yield* run(`UPDATE incidents SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, ...Object.values(values), id);
  if (patch.actors !== undefined) {
    yield* run('DELETE FROM actors WHERE incident_id = ? AND report_id IS NULL', id);
    yield* insertRows('actors', ['incident_id', 'report_id', 'document_id', 'name', 'role', 'mention_start', 'mention_end'],
      patch.actors.map((a) => [id, null, null, a.name.trim(), a.role, null, null]));
  }
  return (yield* finish(audit, [id], 'edit', at))[0];
}

// ---- merge and split ----------------------------------------------------------------------------------------

export function* mergeIncidents(intoId: number, fromId: number, actor: string, at: string): Program<LedgerIncident> {
  if (intoId === fromId) throw new SitrepError('CONFLICT', 'cannot merge an incident into itself', `incident ${intoId}`);
  yield* lockIncidents([intoId, fromId]);
  const into = yield* loadIncident(intoId);
  const from = yield* loadIncident(fromId);
  const audit = yield* writeAudit(at, actor, 'merge', [intoId, fromId], { into: snapshot(into), from: snapshot(from) });
  for (const r of from.reports) {
    const reasons = { decision: 'moved', candidate: intoId, reasons: [`merged by ${actor} from incident ${fromId}`] };
    yield* run('UPDATE reports SET incident_id = ?, reasons = ? WHERE id = ?', intoId, JSON.stringify(reasons), r.id);
  }
  yield* run('UPDATE claims SET incident_id = ? WHERE incident_id = ?', intoId, fromId);
  yield* run('UPDATE actors SET incident_id = ? WHERE incident_id = ? AND report_id IS NOT NULL', intoId, fromId);
  yield* run('UPDATE incidents SET merged_into = ?, report_count = 0, updated_at = ? WHERE id = ?', intoId, at, fromId);
  // Incidents merged into the one now leaving point at the survivor.
  yield* run('UPDATE incidents SET merged_into = ? WHERE merged_into = ?', intoId, fromId);
  // The survivor keeps its own type, date and place: the reviewer chose it.
  yield* refreshMergeKeys(intoId);
  yield* run('UPDATE incidents SET updated_at = ? WHERE id = ?', at, intoId);
  return (yield* finish(audit, [intoId], 'merge', at))[0];
}

export function* splitIncident(id: number, reportIds: number[], actor: string, at: string): Program<{ remaining: LedgerIncident; created: LedgerIncident }> {
  const chosen = [...new Set(reportIds)];
  if (chosen.length === 0) throw new SitrepError('BAD_ARGUMENT', 'name at least one report to split out', 'reports');
  yield* lockIncidents([id]);
  const before = yield* loadIncident(id);
  const own = new Set(before.reports.map((r) => r.id));
  const foreign = chosen.filter((r) => !own.has(r));
  if (foreign.length > 0) throw new SitrepError('BAD_ARGUMENT', `report ${foreign.join(', ')} is not a report of incident ${id}`, 'reports');
  if (chosen.length === own.size) throw new SitrepError('CONFLICT', 'cannot split out every report: at least one must stay', `incident ${id}`);
  // Reports in ledger order, so the new incident takes its fields from the earliest moved report.
  const moved = before.reports.filter((r) => chosen.includes(r.id));
  const first = yield* get<{ extracted: string }>('SELECT extracted FROM reports WHERE id = ?', moved[0].id);
  const extracted = JSON.parse((first as { extracted: string }).extracted) as Extracted;
  yield* lock([countryLock(extracted.location?.countryCode)]);
  const createdId = yield* insertIncidentFromReport(extracted, before.rule, at);
  const audit = yield* writeAudit(at, actor, 'split', [id, createdId], snapshot(before));
  const list = marks(moved.length);
  const ids = moved.map((r) => r.id);
  const reasons = JSON.stringify({ decision: 'split', candidate: id, reasons: [`split out of incident ${id} by ${actor}`] });
  yield* run(`UPDATE reports SET incident_id = ?, reasons = ?, score = NULL WHERE id IN (${list})`, createdId, reasons, ...ids);
  yield* run(`UPDATE claims SET incident_id = ? WHERE incident_id = ? AND report_id IN (${list})`, createdId, id, ...ids);
  yield* run(`UPDATE actors SET incident_id = ? WHERE incident_id = ? AND report_id IN (${list})`, createdId, id, ...ids);
  for (const target of [id, createdId]) {
    yield* refreshMergeKeys(target);
    yield* refreshFields(target, at);
  }
  yield* run('UPDATE incidents SET updated_at = ? WHERE id = ?', at, id);
  const [remaining, created] = yield* finish(audit, [id, createdId], 'split', at);
  return { remaining, created };
}

// ---- claims -------------------------------------------------------------------------------------------------

function* claimIncident(claimId: number): Program<{ incident_id: number; discounted: string | null }> {
  const row = yield* get<{ incident_id: number; discounted: string | null }>('SELECT incident_id, discounted FROM claims WHERE id = ?', claimId);
  if (!row) throw new SitrepError('NOT_FOUND', 'no such claim', `claim ${claimId}`);
  return row;
}

export function* discountClaim(claimId: number, reason: string, actor: string, at: string): Program<LedgerIncident> {
  if (typeof reason !== 'string' || reason.trim() === '') throw new SitrepError('BAD_ARGUMENT', 'give the reason the claim is discounted', 'reason');
  const { incident_id: id } = yield* claimIncident(claimId);
  yield* lockIncidents([id]);
  const before = yield* loadIncident(id);
  const audit = yield* writeAudit(at, actor, 'discount', [id], { ...snapshot(before), claim: claimId });
  yield* run('UPDATE claims SET discounted = ? WHERE id = ?', reason.trim(), claimId);
  yield* run('UPDATE incidents SET updated_at = ? WHERE id = ?', at, id);
  return (yield* finish(audit, [id], 'discount', at))[0];
}

export function* restoreClaim(claimId: number, actor: string, at: string): Program<LedgerIncident> {
  const { incident_id: id, discounted } = yield* claimIncident(claimId);
  if (discounted === null) throw new SitrepError('CONFLICT', 'is not discounted', `claim ${claimId}`);
  yield* lockIncidents([id]);
  const before = yield* loadIncident(id);
  const audit = yield* writeAudit(at, actor, 'restore', [id], { ...snapshot(before), claim: claimId });
  yield* run('UPDATE claims SET discounted = NULL WHERE id = ?', claimId);
  yield* run('UPDATE incidents SET updated_at = ? WHERE id = ?', at, id);
  return (yield* finish(audit, [id], 'restore', at))[0];
}
