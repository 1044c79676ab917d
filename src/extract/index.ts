// The extract stage: annotated text in, incidents out (CONTRACT.md). Each step is its own module:
// claims.ts (counts tied to casualty words), sources.ts (who said them), events.ts (what happened),
// actors.ts (who did it to whom), incidents.ts (how it all groups), then resolve/reconcile.ts for tolls.
import { annotate } from '../annotate/index.js';
import { findNumbers } from '../annotate/numbers.js';
import { findPlaces } from '../annotate/places.js';
import type { Annotated, PlaceMention } from '../annotate/types.js';
import type { Doc, ExtractResult, Incident, Rule } from '../core/types.js';
import { findActors } from './actors.js';
import { findClaims } from './claims.js';
import { eventsIn, findEvents } from './events.js';
import { buildIncidents } from './incidents.js';
import { attributeSources } from './sources.js';

export interface ExtractOptions {
  rule?: Rule;
}

/** The country the article is mostly about: the one its place mentions point at most, title first. */
export function dominantCountry(places: PlaceMention[], titlePlaces: PlaceMention[]): string | null {
  const votes = new Map<string, number>();
  const vote = (p: PlaceMention, w: number) => votes.set(p.place.countryCode, (votes.get(p.place.countryCode) ?? 0) + w);
  for (const p of titlePlaces) vote(p, 2);
  places.forEach((p, i) => vote(p, (p.cue === 'none' ? 1 : 1.5) * (i < 3 ? 1.5 : 1)));
  let best: string | null = null;
  let bestVotes = 0;
  for (const [code, n] of votes) if (n > bestVotes) [best, bestVotes] = [code, n];
  return best;
}

export function extractAnnotated(a: Annotated, options: ExtractOptions = {}): Incident[] {
  const rule = options.rule ?? 'ucdp';
  const title = a.doc.title ?? '';
  const titlePlaces = title ? findPlaces(title) : [];
  const titleEvents = title ? eventsIn(title, 0, title.length, -1) : [];
  const titleCounts = title ? findNumbers(title).map((n) => n.min) : [];
  // Title mentions carry sentence -1: they say who, but their spans do not point into the text.
  const titleActors = title ? findActors({ text: title, sentences: [{ start: 0, end: title.length }], country: null }).map((m) => ({ ...m, sentence: -1 })) : [];
  const country = dominantCountry(a.places, titlePlaces);
  const claims = findClaims(a);
  const sources = attributeSources(a, claims);
  const events = findEvents(a);
  const actors = findActors({ text: a.text, sentences: a.sentences, country });
  return buildIncidents({ annotated: a, claims, sources, events, actors, titleEvents, titlePlaces, titleCounts, titleActors, country }, rule);
}

export function extract(doc: Doc, options: ExtractOptions = {}): ExtractResult {
  return { id: doc.id, incidents: extractAnnotated(annotate(doc), options) };
}
