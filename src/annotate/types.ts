// What the annotate stage hands to extract: positioned mentions over one document's text.
// Every mention carries the span it was read from, so later stages can quote and highlight it.
import type { Doc, IncidentDate, LocationPrecision, Qualifier, Span } from '../core/types.js';

export interface Sentence extends Span {
  index: number;
}

/** A count as written: "at least 16", "dozens", "between 5 and 7", "two hundred and forty". */
export interface NumberMention {
  span: Span;
  /** Span of the number itself, without its qualifier words. */
  valueSpan: Span;
  min: number;
  /** null for an open upper bound ("more than 100"). */
  max: number | null;
  qualifier: Qualifier;
  /** Written as a vague word ("dozens", "scores", "several"); min/max come from the vague-number table. */
  vague: boolean;
  /** "a further 3", "another 5": adds to a count given earlier. */
  additive: boolean;
  /**
   * Extension: what a figure that is not a count is ("2015" → year, "25-year-old" → age, "5 km" → measure).
   * `findNumbers` returns such figures only when asked (`includeNonCounts`); counts have no unit.
   */
  unit?: NumberUnit | null;
  /** Extension: for a vague word, the fixed figures the ACLED and Airwars conventions code it as (src/data/vague-numbers.ts). */
  vagueCodes?: { acled: number; airwars: { min: number; max: number } | null } | null;
}

/** What a figure is when it is not a count (see NumberMention.unit). */
export type NumberUnit =
  | 'year' | 'date' | 'time' | 'age' | 'percent' | 'money' | 'measure' | 'duration' | 'phone' | 'model' | 'label'
  | 'decimal' | 'modifier';

/** A date expression resolved against the publication date (or a date in the text). */
export interface DateMention {
  span: Span;
  date: IncidentDate;
  /** The expression is relative ("Thursday", "yesterday", "last week") rather than a calendar date. */
  relative: boolean;
  /** The text says a year or span that is long before publication ("since 2015", "in 2011"). */
  past: boolean;
}

export type PlaceLevel = 'country' | 'admin1' | 'admin2' | 'city';

export interface Place {
  geonameId: number | null;
  name: string;
  admin1: string | null;
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
  level: PlaceLevel;
  population: number;
}

export interface PlaceMention {
  span: Span;
  place: Place;
  /** How precisely the mention locates an event at this place. */
  precision: LocationPrecision;
  /** Words that tie the mention to the event: "near", "outskirts of", "in". */
  cue: 'in' | 'near' | 'none';
}

export interface Annotated {
  doc: Doc;
  text: string;
  sentences: Sentence[];
  numbers: NumberMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** The reference date used to resolve relative dates ("YYYY-MM-DD"), or null. */
  referenceDate: string | null;
}
