// The filter form: its fields are the API's list filters (GET /api/incidents), so the server does the
// filtering and the text search; the timeline's range then narrows what the map and list show.
import type { ApiIncident, ApiTaxonomy, IncidentQueryT } from '../server/schemas.js';
import { byId, el } from './dom.js';

export type Filters = Omit<IncidentQueryT, 'cursor' | 'limit'>;

const FIELDS = ['eventType', 'country', 'from', 'to', 'minKilled', 'q', 'status'] as const;

export function readFilters(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const out: Filters = {};
  for (const field of FIELDS) {
    const value = String(data.get(field) ?? '').trim();
    if (value === '') continue;
    if (field === 'minKilled') out.minKilled = Number(value);
    else if (field === 'status') out.status = value as Filters['status'];
    else out[field] = value;
  }
  return out;
}

/** Event types with their sub-event types as option groups. */
export function fillEventTypes(select: HTMLSelectElement, taxonomy: ApiTaxonomy): void {
  for (const t of taxonomy.eventTypes) {
    select.append(el('option', { value: t.name }, t.name));
  }
}

/** The countries the ledger's incidents are in (from an unfiltered load), by name. */
export function fillCountries(select: HTMLSelectElement, incidents: ApiIncident[]): void {
  const countries = new Map<string, string>();
  for (const i of incidents) if (i.location?.countryCode) countries.set(i.location.countryCode, i.location.country || i.location.countryCode);
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, 'Any country'));
  for (const [code, name] of [...countries].sort((a, b) => a[1].localeCompare(b[1]))) select.append(el('option', { value: code }, name));
  select.value = current;
}

export const filterForm = (): HTMLFormElement => byId<HTMLFormElement>('filters');
