// Export filters from user input (CLI flags now, API query strings later): each value checked, and a
// SitrepError BAD_ARGUMENT naming the flag when one is wrong, before anything is written.
import { SitrepError } from '../core/errors.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../data/acled-taxonomy.js';
import { COUNTRIES } from '../data/countries.js';
import { INCIDENT_STATUSES, type IncidentFilter, type IncidentStatus } from '../store/types.js';

export interface ExportFilterInput {
  from?: string;
  to?: string;
  /** ISO 3166-1 alpha-2 code or an English country name. */
  country?: string;
  /** ACLED event type or sub-event type, any letter case. */
  eventType?: string;
  /** "minLon,minLat,maxLon,maxLat". */
  bbox?: string;
  status?: string;
}

const bad = (flag: string, message: string) => new SitrepError('BAD_ARGUMENT', message, `--${flag}`);

function day(flag: string, value: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw bad(flag, `"${value}" is not a date written YYYY-MM-DD`);
  return value;
}

const COUNTRY_KEYS = new Map<string, string>();
for (const c of COUNTRIES) for (const name of [c.code, c.name, ...c.aliases]) COUNTRY_KEYS.set(name.toLowerCase(), c.code);

const EVENT_KEYS = new Map<string, string>([...EVENT_TYPES, ...Object.values(SUB_EVENT_TYPES).map((s) => s.label)].map((t) => [t.toLowerCase(), t]));

export function parseExportFilter(input: ExportFilterInput): IncidentFilter {
  const filter: IncidentFilter = {};
  if (input.from !== undefined) filter.from = day('from', input.from);
  if (input.to !== undefined) filter.to = day('to', input.to);
  if (filter.from && filter.to && filter.from > filter.to) throw bad('from', `${filter.from} is after --to ${filter.to}`);
  if (input.country !== undefined) {
    const code = COUNTRY_KEYS.get(input.country.trim().toLowerCase());
    if (!code) throw bad('country', `"${input.country}" is not an ISO 3166-1 alpha-2 code or a country name`);
    filter.countryCode = code;
  }
  if (input.eventType !== undefined) {
    const type = EVENT_KEYS.get(input.eventType.trim().toLowerCase());
    if (!type) throw bad('event-type', `"${input.eventType}" is not an ACLED event type or sub-event type`);
    filter.eventType = type;
  }
  if (input.bbox !== undefined) {
    const parts = input.bbox.split(',').map((p) => p.trim());
    const nums = parts.map(Number);
    if (parts.length !== 4 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
      throw bad('bbox', `"${input.bbox}" must be four numbers minLon,minLat,maxLon,maxLat`);
    }
    const [minLon, minLat, maxLon, maxLat] = nums;
    if (minLon < -180 || maxLon > 180 || maxLon < -180 || minLon > 180) throw bad('bbox', 'longitudes must lie in -180..180');
    if (minLat < -90 || maxLat > 90 || minLat > 90 || maxLat < -90) throw bad('bbox', 'latitudes must lie in -90..90');
    if (minLat > maxLat) throw bad('bbox', `minLat ${minLat} is north of maxLat ${maxLat}`);
    filter.bbox = [minLon, minLat, maxLon, maxLat];
  }
  if (input.status !== undefined) {
    if (!INCIDENT_STATUSES.includes(input.status as IncidentStatus)) throw bad('status', `must be one of ${INCIDENT_STATUSES.join(', ')}`);
    filter.status = input.status as IncidentStatus;
  }
  return filter;
}
