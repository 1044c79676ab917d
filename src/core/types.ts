// The shapes that cross stage boundaries. CONTRACT.md fixes the output ones (Incident, Claim, Toll);
// fields may be added to them but never renamed or removed.

/** A half-open range [start, end) of UTF-16 code units in a document's `text` (never its title). */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers: `text === doc.text.slice(start, end)`. */
export interface Quote extends Span {
  text: string;
}

/** One input document, as `sitrep extract` reads it (CONTRACT.md "Command"). */
export interface Doc {
  id: string;
  text: string;
  title?: string;
  /** "YYYY-MM-DD" or an ISO date-time. */
  publishedAt?: string;
  url?: string;
  source?: string;
}

export type CasualtyKind = 'killed' | 'injured';

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to' | 'range' | 'vague';

export type SourceKind = 'government' | 'monitor' | 'media' | 'social' | 'armed_group' | 'witness' | 'unknown';

export type Rule = 'lowest' | 'ucdp' | 'minmax';
export const RULES: readonly Rule[] = ['lowest', 'ucdp', 'minmax'];

/**
 * The source name of a data coder's note written into a text ("Fatalities coded as 0 (VoJ reported 1)"): the
 * dataset's own decision about the event, so its figure stands even when it is zero and reports say more.
 */
export const CODER_SOURCE = "data coder's note";

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export type LocationPrecision = 'exact' | 'near' | 'admin2' | 'admin1' | 'country';

export type ActorRole = 'perpetrator' | 'target' | 'victim' | 'other';

/** Who a toll statement is attributed to. `name` is null when the text attributes it to nobody. */
export interface SourceRef {
  name: string | null;
  kind: SourceKind;
  /** "@handle" of an embedded social post, else null. */
  handle: string | null;
  /** Date of the statement (e.g. a post's signature line), "YYYY-MM-DD", else null. */
  date: string | null;
  /** Where the attribution is written in the text (extension to the contract). */
  mention?: Span | null;
}

/** One statement of a toll by one source (CONTRACT.md "Claim"). */
export interface Claim {
  kind: CasualtyKind;
  min: number;
  /** null for an open upper bound ("more than 100"). */
  max: number | null;
  qualifier: Qualifier;
  victims: string | null;
  /**
   * Extension: the victims' group as a fixed label (people, civilians, children, women, men, soldiers, fighters,
   * attackers) so that tolls can add complementary groups and leave parts of a group out.
   */
  victimGroup?: string | null;
  source: SourceRef;
  quote: Quote;
  /** Extension: the victims are a part of another claim's count ("including 6 children"). */
  subgroupOf?: number | null;
  /** Extension: the claim adds to others rather than restating them ("a further 3", "12 soldiers and 5 civilians"). */
  additive?: boolean;
  /**
   * Extension: for a vague word, the figures that ACLED's conventions ("dozens" → 12, used by the `lowest`
   * rule) and Airwars' ("dozens" → 12–24, used by `minmax`) give it; null for a written number.
   */
  vagueCodes?: { acled: number; airwars: { min: number; max: number } | null } | null;
  /**
   * Extension: the statement names some victims ("Hosni was killed", "she was killed") without giving a toll;
   * it counts only when no source gives one.
   */
  partial?: boolean;
  /** Extension: the statement updates an earlier toll ("the death toll has risen to 20"). */
  update?: boolean;
  /**
   * Extension: the figure is a total over this and other attacks ("33 were killed across the four attacks", in a
   * report that is "one of four coordinated attacks"): the number of attacks it is shared by. Tolls take an even
   * share of it, rounded; the claim keeps the figure as written.
   */
  sharedBy?: number;
  /** Extension: an analyst discounted this claim; the reason. Discounted claims do not count in tolls. */
  discounted?: string | null;
}

export interface Toll {
  low: number;
  best: number;
  /** null when only a lower bound is known. */
  high: number | null;
}

export interface Casualties {
  killed: Toll | null;
  injured: Toll | null;
  rule: Rule;
}

export interface IncidentDate {
  start: string;
  end: string;
  precision: DatePrecision;
}

export interface IncidentLocation {
  name: string;
  admin1: string | null;
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
  precision: LocationPrecision;
  mention: Span | null;
  /** Extension: GeoNames id of the place when it came from the gazetteer. */
  geonameId?: number | null;
}

export interface Actor {
  name: string;
  role: ActorRole;
  mention: Span | null;
}

export interface Incident {
  id: string;
  eventType: string;
  subEventType: string;
  date: IncidentDate | null;
  location: IncidentLocation | null;
  actors: Actor[];
  casualties: Casualties;
  claims: Claim[];
  background: boolean;
  /** Extension: the span of the sentence(s) that describe the incident. */
  evidence?: Span[];
}

export interface ExtractResult {
  id: string;
  incidents: Incident[];
}
