// UCDP GED-style CSV. Column names and codes follow the UCDP Georeferenced Event Dataset codebook:
// where_prec 1 = exact place, 2 = within about 25 km of a known point, 3 = second-order administrative
// division, 4 = first-order division, 6 = only the country is known; date_prec 1 = the exact day, 3 = the
// week, 4 = the month, 5 = the year; best/low/high are the UCDP estimates (our `ucdp` rule), and high takes
// the best estimate when the reports only give a lower bound ("more than 60"). type_of_violence: 1 state-based
// (a state's forces take part), 2 non-state, 3 one-sided violence against civilians; empty for events UCDP
// does not count (protests, riots, strategic developments).
import type { DatePrecision, LocationPrecision } from '../core/types.js';
import type { LedgerIncident } from '../store/types.js';
import { coordinate, killedUnder, outlet, perpetrators, targets } from './common.js';
import type { CsvColumn } from './csv.js';

const WHERE_PREC: Record<LocationPrecision, number> = { exact: 1, near: 2, admin2: 3, admin1: 4, country: 6 };
const DATE_PREC: Record<DatePrecision, number> = { day: 1, week: 3, month: 4, year: 5 };
/** ACLED names state forces "Military Forces of X" / "Police Forces of X" (src/data/actors.ts follows it). */
const STATE_FORCES = /^(?:Military|Police) Forces of /;

function typeOfViolence(i: LedgerIncident): number | null {
  if (i.eventType === 'Violence against civilians') return 3;
  if (i.eventType !== 'Battles' && i.eventType !== 'Explosions/Remote violence') return null;
  return i.actors.some((a) => STATE_FORCES.test(a.name)) ? 1 : 2;
}

const sideA = (i: LedgerIncident): string | undefined => {
  // In state-based violence UCDP puts the government on side A.
  const names = [...perpetrators(i), ...targets(i)];
  return names.find((n) => STATE_FORCES.test(n)) ?? perpetrators(i)[0];
};
const sideB = (i: LedgerIncident): string | undefined => {
  const a = sideA(i);
  const other = [...perpetrators(i), ...targets(i)].find((n) => n !== a);
  return other ?? (typeOfViolence(i) === 3 ? 'Civilians' : undefined);
};

const ucdp = (i: LedgerIncident) => killedUnder(i, 'ucdp');

export const UCDP_COLUMNS: CsvColumn<LedgerIncident>[] = [
  { name: 'id', value: (i) => i.id },
  { name: 'year', value: (i) => (i.date ? Number(i.date.start.slice(0, 4)) : null) },
  { name: 'type_of_violence', value: typeOfViolence },
  { name: 'side_a', value: sideA },
  { name: 'side_b', value: sideB },
  { name: 'source_article', value: (i) => i.reports.map((r) => [outlet(r), r.document.publishedAt, r.document.title && `"${r.document.title}"`, r.document.url].filter(Boolean).join(' ')).join('; ') },
  { name: 'source_headline', value: (i) => i.reports.map((r) => r.document.title).filter(Boolean).join('; ') },
  { name: 'source_date', value: (i) => i.reports.map((r) => r.document.publishedAt).filter(Boolean).join('; ') },
  { name: 'number_of_sources', value: (i) => new Set(i.reports.map(outlet)).size },
  { name: 'where_prec', value: (i) => (i.location ? WHERE_PREC[i.location.precision] : null) },
  { name: 'where_coordinates', value: (i) => i.location?.name },
  { name: 'adm_1', value: (i) => i.location?.admin1 },
  { name: 'latitude', value: (i) => coordinate(i.location?.lat) },
  { name: 'longitude', value: (i) => coordinate(i.location?.lon) },
  { name: 'geom_wkt', value: (i) => (i.location ? `POINT (${coordinate(i.location.lon)} ${coordinate(i.location.lat)})` : null) },
  { name: 'country', value: (i) => i.location?.country },
  { name: 'country_code', value: (i) => i.location?.countryCode },
  { name: 'date_prec', value: (i) => (i.date ? DATE_PREC[i.date.precision] : null) },
  { name: 'date_start', value: (i) => i.date?.start },
  { name: 'date_end', value: (i) => i.date?.end },
  { name: 'best', value: (i) => ucdp(i)?.best ?? 0 },
  { name: 'low', value: (i) => ucdp(i)?.low ?? 0 },
  { name: 'high', value: (i) => { const k = ucdp(i); return k ? (k.high ?? k.best) : 0; } },
];
