// GET /api/incidents: the query string as a store filter plus the tests the store cannot run itself (actor,
// minimum killed, text, sub-event type next to an event type), applied while paging through the store in id
// order. The cursor is opaque to clients: the last incident id seen, base64url-wrapped and versioned.
import { SitrepError } from '../core/errors.js';
import { SUB_EVENT_TYPES } from '../data/acled-taxonomy.js';
import { parseExportFilter } from '../export/index.js';
import type { IncidentFilter, LedgerIncident, Store } from '../store/types.js';
import type { IncidentQueryT } from './schemas.js';

export type IncidentTest = (incident: LedgerIncident) => boolean;

export interface ListPlan {
  filter: IncidentFilter;
  /** Tests run on each incident the store returns; empty when the store's filter is the whole query. */
  tests: IncidentTest[];
  after: number;
  limit: number;
}

const CURSOR_PREFIX = 'i1.';

export const encodeCursor = (id: number): string => Buffer.from(`${CURSOR_PREFIX}${id}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const id = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(id) || id < 0) throw new SitrepError('BAD_ARGUMENT', 'is not a cursor this server gave out (pass the `next` of a previous page)', 'cursor');
  return id;
}

/** Lower case without accents, so "Tall Afar" finds "Tall ‘Afar" and "idleb" does not need its diacritics. */
export const folded = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u02BB\u02BF\u02BE'`]/g, '').toLowerCase();

const SUB_EVENT_LABELS = new Map<string, string>(Object.values(SUB_EVENT_TYPES).map((s) => [s.label.toLowerCase(), s.label]));

/** What a text search looks through: the place, the actors, who the claims cite and what they quote. */
export function searchableText(i: LedgerIncident): string {
  const parts: string[] = [];
  if (i.location) parts.push(i.location.name, i.location.admin1 ?? '', i.location.country);
  for (const a of i.actors) parts.push(a.name);
  for (const c of i.claims) parts.push(c.quote.text, c.victims ?? '', c.source.name ?? '', c.source.handle ?? '');
  return folded(parts.join('\n'));
}

export function planIncidentList(query: IncidentQueryT): ListPlan {
  const tests: IncidentTest[] = [];
  let subEventType: string | undefined;
  if (query.subEventType !== undefined) {
    subEventType = SUB_EVENT_LABELS.get(query.subEventType.trim().toLowerCase());
    if (!subEventType) throw new SitrepError('BAD_ARGUMENT', `"${query.subEventType}" is not an ACLED sub-event type`, 'subEventType');
  }
  const filter = parseExportFilter({
    from: query.from,
    to: query.to,
    country: query.country,
    eventType: query.eventType,
    bbox: query.bbox,
    status: query.status,
  });
  if (subEventType) {
    // The store matches one type: give it the narrower one and check the event type here.
    const eventType = filter.eventType;
    filter.eventType = subEventType;
    if (eventType) tests.push((i) => i.eventType === eventType || i.subEventType === eventType);
  }
  if (query.actor !== undefined) {
    const needle = folded(query.actor.trim());
    tests.push((i) => i.actors.some((a) => folded(a.name).includes(needle)));
  }
  if (query.minKilled !== undefined) {
    const min = query.minKilled;
    tests.push((i) => (i.casualties.killed?.best ?? 0) >= min);
  }
  if (query.q !== undefined) {
    const words = folded(query.q).split(/\s+/).filter(Boolean);
    if (words.length > 0) tests.push((i) => {
      const text = searchableText(i);
      return words.every((w) => text.includes(w));
    });
  }
  return { filter, tests, after: query.cursor === undefined ? 0 : decodeCursor(query.cursor), limit: query.limit ?? 100 };
}

// How many incidents a filtered scan reads from the store at a time.
const SCAN_PAGE = 500;

/** One page of the list: up to `limit` incidents after `after` that pass every test, and the next cursor. */
export async function listPage(store: Store, plan: ListPlan): Promise<{ incidents: LedgerIncident[]; next: string | null }> {
  if (plan.tests.length === 0) {
    // One more than asked tells whether another page exists.
    const page = await store.listIncidents(plan.filter, { after: plan.after, limit: plan.limit + 1 });
    const incidents = page.incidents.slice(0, plan.limit);
    const more = page.incidents.length > plan.limit;
    return { incidents, next: more ? encodeCursor(incidents[incidents.length - 1].id) : null };
  }
  const found: LedgerIncident[] = [];
  let after = plan.after;
  for (;;) {
    const page = await store.listIncidents(plan.filter, { after, limit: SCAN_PAGE });
    for (let k = 0; k < page.incidents.length; k++) {
      const incident = page.incidents[k];
      if (!plan.tests.every((t) => t(incident))) continue;
      if (found.length === plan.limit) return { incidents: found, next: encodeCursor(found[found.length - 1].id) };
      found.push(incident);
    }
    if (page.next === null) return { incidents: found, next: null };
    after = page.next;
  }
}
