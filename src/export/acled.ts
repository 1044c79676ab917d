// ACLED-style CSV. Column names and codes follow the ACLED Codebook: time_precision 1 = the day is known,
// 2 = the week, 3 = the month or less precise; geo_precision 1 = the named town, 2 = near it or a part of a
// region, 3 = only a larger region is known (its centre is used). `fatalities` is the lowest credible figure
// (our `lowest` rule, which applies ACLED's fixed numbers for vague words), 0 when no toll is reported.
import type { DatePrecision, LocationPrecision } from '../core/types.js';
import type { LedgerIncident } from '../store/types.js';
import { type CsvColumn } from './csv.js';
import { coordinate, killedUnder, outlets, perpetrators, targets } from './common.js';

const TIME_PRECISION: Record<DatePrecision, number> = { day: 1, week: 2, month: 3, year: 3 };
const GEO_PRECISION: Record<LocationPrecision, number> = { exact: 1, near: 2, admin2: 2, admin1: 3, country: 3 };

const fatalities = (i: LedgerIncident): number => killedUnder(i, 'lowest')?.best ?? 0;

/** A one-sentence summary in the spirit of ACLED's notes: what, where, who, how many, from how many reports. */
export function acledNotes(i: LedgerIncident): string {
  const where = i.location ? [i.location.name, i.location.admin1, i.location.country].filter((x, n, all) => x && all.indexOf(x) === n).join(', ') : 'an unknown place';
  const when = i.date ? `On ${i.date.start}${i.date.precision === 'day' ? '' : ` (${i.date.precision} of)`}` : 'On an unknown date';
  const who = perpetrators(i);
  const k = i.casualties.killed;
  const toll = k ? `${k.low === k.best && k.best === k.high ? k.best : `${k.low}-${k.high ?? `${k.best}+`} (best ${k.best})`} killed` : 'no reported fatalities';
  const injured = i.casualties.injured ? `, ${i.casualties.injured.best} injured` : '';
  return `${when}, ${i.subEventType.toLowerCase()} in ${where}${who.length ? ` by ${who.join(' and ')}` : ''}: ${toll}${injured}. ${i.reports.length} report(s); sitrep incident ${i.id}.`;
}

export const ACLED_COLUMNS: CsvColumn<LedgerIncident>[] = [
  { name: 'event_id_cnty', value: (i) => `${i.location?.countryCode ?? 'XX'}${i.id}` },
  { name: 'event_date', value: (i) => i.date?.start },
  { name: 'year', value: (i) => (i.date ? Number(i.date.start.slice(0, 4)) : null) },
  { name: 'time_precision', value: (i) => (i.date ? TIME_PRECISION[i.date.precision] : null) },
  { name: 'event_type', value: (i) => i.eventType },
  { name: 'sub_event_type', value: (i) => i.subEventType },
  { name: 'actor1', value: (i) => perpetrators(i)[0] },
  { name: 'actor2', value: (i) => targets(i)[0] },
  { name: 'country', value: (i) => i.location?.country },
  { name: 'iso', value: (i) => i.location?.countryCode },
  { name: 'admin1', value: (i) => i.location?.admin1 },
  { name: 'location', value: (i) => i.location?.name },
  { name: 'latitude', value: (i) => coordinate(i.location?.lat) },
  { name: 'longitude', value: (i) => coordinate(i.location?.lon) },
  { name: 'geo_precision', value: (i) => (i.location ? GEO_PRECISION[i.location.precision] : null) },
  // ACLED separates several sources with semicolons.
  { name: 'source', value: (i) => outlets(i).join('; ') },
  { name: 'notes', value: acledNotes },
  { name: 'fatalities', value: fatalities },
];
