// The rules that decide whether a new report describes an incident already in the ledger, read by the generic
// scoring code in src/resolve/merge.ts; docs/ledger.md explains each figure.
//
// Where they come from: the ACLED Codebook and the UCDP GED codebook both code an event as what happened at
// one place on one day, so the same sub-event on the same day at the same place is one event on its own,
// and every coarser or looser match needs more evidence. The distances follow ACLED's geo-precision codes (1: the
// place itself, 2: a nearby or part of a district, 3: the region) and UCDP's where_prec; the date tolerance
// covers late-night events reported the next day and time zones. The event-type pairs and the toll-update
// wording are our reading of how outlets describe one event differently; they are not taken from any
// dataset. Extend by editing these tables; the code that reads them stays generic.
import type { LocationPrecision } from '../core/types.js';
import type { ActorKind } from './actors.js';

export const MERGE_RULES = {
  /** A report joins the best-scoring candidate at or above this score. */
  threshold: 6,
  /** Distance allowed between the two places, by the coarser of their precisions; null: compare regions instead. */
  maxDistanceKm: { exact: 10, near: 25, admin2: 50, admin1: null, country: null } as Record<LocationPrecision, number | null>,
  /** Two places closer than this (or with the same gazetteer id) are the same place. */
  samePlaceKm: 2,
  /** Two day-precise dates may differ by this many days (late reports, time zones, "overnight"). */
  dayTolerance: 1,
  weights: {
    sameSubEvent: 3,
    sameEventType: 1,
    compatibleEventType: 0,
    sameDay: 2,
    withinDateWindow: 1,
    samePlace: 2,
    withinDistance: 1,
    sameAdmin1: 0.5,
    sameCountry: 0,
    samePerpetrator: 2,
    sameTarget: 1,
    differentTargets: -2,
    sameToll: 1,
    /** The new report says its toll was updated and its toll is higher than the incident's: a follow-up. */
    risingToll: 1,
    veryDifferentTolls: -3,
  },
  /** Killed tolls are very different when the larger is more than `ratio` times the smaller and `difference` more. */
  veryDifferentToll: { ratio: 2, difference: 5 },
  /**
   * Event types (ACLED codebook) that two outlets may give the same event: a shooting reads as a clash to one
   * and an attack on civilians to another; a bombing of a market as an explosion or an attack; a protest that
   * turned violent as a protest or a riot. Pairs not listed (nor equal) can never merge.
   */
  compatibleEventTypes: [
    ['Battles', 'Violence against civilians'],
    ['Explosions/Remote violence', 'Violence against civilians'],
    ['Protests', 'Riots'],
  ] as [string, string][],
  /**
   * Wording that says a toll was updated, so a later, higher figure is the same event ("the toll rose to 20").
   * One capture-free regular-expression fragment per way of saying it, matched case-insensitively from a word
   * boundary and joined with `|`.
   */
  tollUpdateWording: [
    // "the death toll has risen", "the number of dead climbed"
    '(?:toll|number of (?:dead|deaths|victims|casualties)|death count)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:now\\s+)?(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|mounted|grew|swelled)',
    // "rose to 20", "climbed to more than 30"
    '(?:rose|risen|climbed|jumped|increased) to (?:at least |more than |over )?\\d',
    // the wounded who died afterwards
    '(?:later|since|subsequently) (?:died|succumbed)',
    'succumbed to (?:their|his|her) (?:wounds|injuries)',
    'died (?:of|from) (?:their|his|her) (?:wounds|injuries)',
    '(?:have|has) now (?:been killed|died)',
    'died (?:later )?in hospital',
    // an outlet announcing a correction
    'updated (?:toll|figure)',
    '(?:new|latest|revised) toll',
  ] as string[],
  /**
   * Perpetrators named by what they are rather than who (GTD's generic perpetrator names, src/data/actors.ts),
   * and the kinds of named group (ActorKind) such a description may stand for: one outlet's "jihadist
   * fighters" is often another's JNIM once the group claims the attack. A description does not conflict with a
   * named group of these kinds, nor does it count as the same perpetrator; against state forces or another
   * description it conflicts as any two different names do. Keys are actor names without the "(Country)" suffix.
   */
  describedGroups: {
    'Muslim extremists': ['jihadist', 'rebel'],
    'Jihadi-inspired extremists': ['jihadist'],
    Separatists: ['separatist'],
    'Mapuche extremists': ['separatist'],
  } as Record<string, ActorKind[]>,
  /** Grid cell edge in degrees for the candidate lookup (cells are stored with each incident). */
  cellDegrees: 0.5,
  /** The widest distance any pair may have (admin2), which the cell search must cover. */
  searchRadiusKm: 50,
  /** Longest date range that can still merge (a month), which the date-window query must reach back over. */
  maxSpanDays: 31,
  /** Most candidates fetched for a country-level report, which only the other evidence can place. */
  countryCandidateLimit: 500,
} as const;
