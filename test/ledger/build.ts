// Builders for ledger tests: short documents and the incidents an extractor would find in them, written by
// hand so the store and merge tests do not depend on the extractor's current behaviour. Coordinates are the
// well-known positions of the cities.
import type { Actor, Claim, Doc, Incident, IncidentLocation, SourceKind } from '../../src/core/types.js';
import { SUB_EVENT_TYPES, type SubEventCode } from '../../src/data/acled-taxonomy.js';
import { reconcile } from '../../src/resolve/reconcile.js';

export const PLACES = {
  aleppo: { name: 'Aleppo', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.2021, lon: 37.1343, precision: 'exact' },
  azaz: { name: 'Azaz', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.5862, lon: 37.0463, precision: 'exact' },
  aleppoProvince: { name: 'Aleppo', admin1: 'Aleppo', country: 'Syria', countryCode: 'SY', lat: 36.25, lon: 37.5, precision: 'admin1' },
  idlib: { name: 'Idlib', admin1: 'Idlib', country: 'Syria', countryCode: 'SY', lat: 35.9306, lon: 36.6339, precision: 'exact' },
  kharkiv: { name: 'Kharkiv', admin1: 'Kharkiv Oblast', country: 'Ukraine', countryCode: 'UA', lat: 49.9935, lon: 36.2304, precision: 'exact' },
  mogadishu: { name: 'Mogadishu', admin1: 'Banaadir', country: 'Somalia', countryCode: 'SO', lat: 2.0469, lon: 45.3182, precision: 'exact' },
  kabul: { name: 'Kabul', admin1: 'Kabul', country: 'Afghanistan', countryCode: 'AF', lat: 34.5553, lon: 69.2075, precision: 'exact' },
  // Countries stand at their capitals and regions at their centres, as the gazetteer places them.
  burkinaFaso: { name: 'Burkina Faso', admin1: null, country: 'Burkina Faso', countryCode: 'BF', lat: 12.3714, lon: -1.5197, precision: 'country' },
  sahelRegion: { name: 'Sahel', admin1: 'Sahel', country: 'Burkina Faso', countryCode: 'BF', lat: 14.04, lon: -0.03, precision: 'admin1' },
  djibo: { name: 'Djibo', admin1: 'Sahel', country: 'Burkina Faso', countryCode: 'BF', lat: 14.1009, lon: -1.6306, precision: 'exact' },
  fiji: { name: 'Taveuni', admin1: 'Northern', country: 'Fiji', countryCode: 'FJ', lat: -16.85, lon: 179.95, precision: 'exact' },
} satisfies Record<string, Omit<IncidentLocation, 'mention'>>;

export type PlaceKey = keyof typeof PLACES;

export interface ClaimSpec {
  kind?: 'killed' | 'injured';
  n: number;
  max?: number | null;
  qualifier?: Claim['qualifier'];
  /** The words of the text the claim quotes (first occurrence). */
  quote: string;
  source?: string | null;
  sourceKind?: SourceKind;
  victims?: string | null;
  /** A total over this many attacks ("across the four attacks"). */
  sharedBy?: number;
}

export interface IncidentSpec {
  type: SubEventCode;
  date: string | { start: string; end: string; precision: 'day' | 'week' | 'month' | 'year' };
  place: PlaceKey | null;
  claims?: ClaimSpec[];
  actors?: [string, Actor['role']][];
  background?: boolean;
}

export function claimIn(text: string, spec: ClaimSpec): Claim {
  const start = text.indexOf(spec.quote);
  if (start < 0) throw new Error(`test text lacks "${spec.quote}"`);
  return {
    kind: spec.kind ?? 'killed',
    min: spec.n,
    max: spec.max === undefined ? spec.n : spec.max,
    qualifier: spec.qualifier ?? 'exact',
    victims: spec.victims ?? null,
    source: { name: spec.source ?? null, kind: spec.sourceKind ?? (spec.source ? 'monitor' : 'unknown'), handle: null, date: null },
    quote: { start, end: start + spec.quote.length, text: spec.quote },
    ...(spec.sharedBy ? { sharedBy: spec.sharedBy } : {}),
  };
}

const spanOf = (text: string, words: string) => {
  const at = text.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
};

export function incidentIn(doc: Doc, spec: IncidentSpec, index = 0): Incident {
  const claims = (spec.claims ?? []).map((c) => claimIn(doc.text, c));
  const sub = SUB_EVENT_TYPES[spec.type];
  const date = typeof spec.date === 'string' ? { start: spec.date, end: spec.date, precision: 'day' as const } : spec.date;
  return {
    id: `${doc.id}#${index}`,
    eventType: sub.eventType,
    subEventType: sub.label,
    date,
    // The place's mention is where its name first occurs in the text, as the extractor would point at it.
    location: spec.place ? { ...PLACES[spec.place], mention: spanOf(doc.text, PLACES[spec.place].name) } : null,
    actors: (spec.actors ?? []).map(([name, role]) => {
      const at = doc.text.indexOf(name);
      return { name, role, mention: at >= 0 ? { start: at, end: at + name.length } : null };
    }),
    casualties: reconcile(claims, 'ucdp'),
    claims,
    background: spec.background ?? false,
  };
}

/** A document and its incidents, as `sitrep ingest` hands them to the store. */
export function report(doc: Doc, ...specs: IncidentSpec[]): { doc: Doc; incidents: Incident[] } {
  return { doc, incidents: specs.map((s, i) => incidentIn(doc, s, i)) };
}

/**
 * What `reconcile` makes of several reports' claims together, each unattributed claim being its outlet's own
 * statement: the tolls a ledger incident built from these reports must have.
 */
export function combinedTolls(items: { doc: Doc; incidents: Incident[] }[], rule: 'lowest' | 'ucdp' | 'minmax' = 'ucdp') {
  const claims = items.flatMap((item) =>
    item.incidents.filter((i) => !i.background).flatMap((i) =>
      i.claims.map((c) => (c.source.name === null && c.source.handle === null ? { ...c, source: { ...c.source, name: item.doc.source ?? null } } : c)),
    ),
  );
  return reconcile(claims, rule);
}
