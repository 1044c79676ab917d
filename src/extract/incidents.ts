// Where an article becomes incidents. Sentences that mention an event or a toll are grouped: a sentence joins
// the incident before it unless it opens a new one ("Meanwhile", "in retaliation", a different town, a
// different day). Sentences that tell history ("since 2015", a war's running toll) form background incidents,
// kept apart so their tolls never reach the ledger. Each group then gets its type, date, place, actors and
// claims, and its tolls from the claims under the chosen rule.
import { createHash } from 'node:crypto';
import type { Annotated, DateMention, PlaceMention } from '../annotate/types.js';
import { distanceKm, loadGazetteer } from '../annotate/gazetteer/index.js';
import type { Actor, ActorRole, Claim, Incident, IncidentDate, IncidentLocation, Rule, SourceRef, Span } from '../core/types.js';
import { SUB_EVENT_TYPES } from '../data/acled-taxonomy.js';
import { BACKGROUND_CUES, NEW_INCIDENT_CUES, OTHER_STORIES_CUES } from '../data/discourse.js';
import { reconcile } from '../resolve/reconcile.js';
import type { ActorMention } from './actors.js';
import type { RawClaim } from './claims.js';
import { classifyIncident, MIN_EVENT_WEIGHT, type EventMention } from './events.js';
import { wordRegex } from './lexicon.js';

export interface Evidence {
  annotated: Annotated;
  claims: RawClaim[];
  sources: SourceRef[];
  events: EventMention[];
  actors: ActorMention[];
  /** Events and places named in the title, which the quote spans cannot point at but which say what the article is about. */
  titleEvents: EventMention[];
  titlePlaces: PlaceMention[];
  /** Figures the title gives ("Strike kills 85"). */
  titleCounts: number[];
  /** Actors the title names, spans relative to the title (their mentions are not kept: quotes point into the text). */
  titleActors: ActorMention[];
  /** ISO2 code of the country the article is mostly about. */
  country: string | null;
}

interface SentenceInfo {
  index: number;
  span: Span;
  events: EventMention[];
  claims: number[];
  places: PlaceMention[];
  dates: DateMention[];
  actors: ActorMention[];
  background: boolean;
  opensNew: boolean;
}

interface Draft {
  sentences: SentenceInfo[];
  background: boolean;
  place: PlaceMention | null;
  date: DateMention | null;
}

const NEW_CUE_START = new RegExp(`^\\W{0,3}${NEW_INCIDENT_CUES}`, 'i');
const NEW_CUE_ANYWHERE = wordRegex('in (?:retaliation|response|revenge)|retaliat\\w*|a separate (?:attack|strike|blast|bombing|explosion|incident|raid)|in a separate|in another (?:attack|incident|strike)');
const BACKGROUND = wordRegex(BACKGROUND_CUES);
/** Case-sensitive: "Related" as a page heading, not "related" in a sentence. */
const OTHER_STORIES = wordRegex(OTHER_STORIES_CUES, 'u');
/** A photo credit right after a sentence marks it as a caption: "(Reuters Photo)", "(AFP Photo / File)". */
const PHOTO_CREDIT = /^\s*\((?:[\p{L}.&' -]{1,40}\s)?(?:photo|photograph|picture|image|file photo|archive)(?:\s*\/\s*[\p{L} .]+)?\)/iu;
/** A date that says when something was said, not when it happened: "said on Monday", "told AFP on Tuesday". */
const STATEMENT_DATE = /\b(?:said|says|told(?: [\p{L}.-]+){0,3}|reported|announced|stated|added|confirmed|claimed|tweeted|wrote|posted|declared|revealed)\s+(?:late\s+|early\s+|on\s+|in a statement on\s+)*$/iu;

export function buildIncidents(ev: Evidence, rule: Rule): Incident[] {
  const infos = sentenceInfos(ev);
  const drafts = segment(infos).filter(hasIncident);
  const primary = choosePrimary(ev, drafts);
  const ordered = primary === null ? drafts : [primary, ...drafts.filter((d) => d !== primary)];
  // Background incidents never lead: an article about an attack is not about the war's history.
  ordered.sort((a, b) => Number(a.background) - Number(b.background));
  return ordered.map((draft) => toIncident(ev, draft, rule, draft === primary));
}

const hasIncident = (d: Draft): boolean => d.sentences.some((s) => s.claims.length > 0 || s.events.some((e) => e.weight >= MIN_EVENT_WEIGHT));

function sentenceInfos(ev: Evidence): SentenceInfo[] {
  const { annotated: a } = ev;
  const infos: SentenceInfo[] = a.sentences.map((s) => ({
    index: s.index,
    span: { start: s.start, end: s.end },
    events: [],
    claims: [],
    places: [],
    dates: [],
    actors: [],
    background: false,
    opensNew: false,
  }));
  const at = (pos: number): SentenceInfo | undefined => {
    // Sentences are sorted and cover the text; binary search the one holding pos.
    let lo = 0;
    let hi = infos.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (infos[mid].span.end <= pos) lo = mid + 1;
      else if (infos[mid].span.start > pos) hi = mid - 1;
      else return infos[mid];
    }
    return undefined;
  };
  for (const e of ev.events) infos[e.sentence]?.events.push(e);
  ev.claims.forEach((c, i) => infos[c.sentence]?.claims.push(i));
  for (const p of a.places) if (!isDateline(a.text, p)) at(p.span.start)?.places.push(p);
  for (const d of a.dates) {
    if (!STATEMENT_DATE.test(a.text.slice(Math.max(0, d.span.start - 40), d.span.start))) at(d.span.start)?.dates.push(d);
  }
  for (const m of ev.actors) infos[m.sentence]?.actors.push(m);
  for (const info of infos) {
    const text = a.text.slice(info.span.start, info.span.end);
    // A sentence dated only by a month or a year tells a period (a monthly report), not an incident.
    const pastDate = info.dates.some((d) => d.past || d.date.precision === 'month' || d.date.precision === 'year');
    const recentDate = info.dates.some((d) => !d.past && (d.date.precision === 'day' || d.date.precision === 'week'));
    info.background = (BACKGROUND.test(text) || pastDate) && !recentDate;
    info.opensNew = NEW_CUE_START.test(text) || NEW_CUE_ANYWHERE.test(text);
    // Other stories' headlines after "Related" are not this story's events, tolls or places.
    const furniture = OTHER_STORIES.exec(text);
    if (furniture) {
      const cut = info.span.start + furniture.index;
      info.events = info.events.filter((e) => e.span.start < cut);
      info.claims = info.claims.filter((i) => ev.claims[i].quote.start < cut);
      info.places = info.places.filter((p) => p.span.start < cut);
      info.dates = info.dates.filter((d) => d.span.start < cut);
    }
    // A photo caption describes a picture, often an older one: it is no account of the event.
    if (PHOTO_CREDIT.test(a.text.slice(info.span.end, info.span.end + 60))) {
      info.events = [];
      info.claims = [];
      info.dates = [];
    }
    info.dates = info.dates.filter((d) => !d.past);
  }
  return infos;
}

const eventful = (s: SentenceInfo): boolean => s.claims.length > 0 || s.events.some((e) => e.weight >= MIN_EVENT_WEIGHT);

/** The place a sentence puts its event at: a named site before a region, a cued mention before a bare one. */
function mainPlace(places: PlaceMention[], country: string | null = null): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = -Infinity;
  for (const p of places) {
    // A place in the country the article is about beats a namesake or a capital where something was said.
    const score = LEVEL_SCORE[p.place.level] + (p.cue === 'none' ? 0 : 2) + (country && p.place.countryCode === country ? 2 : 0);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

/**
 * The place the article as a whole is about, for a main incident whose own sentences name none: the place in
 * the article's country mentioned most often, the more precise one on a tie, the first one on a second tie.
 */
function documentPlace(places: PlaceMention[], country: string | null): PlaceMention | null {
  const tally = new Map<string, { first: PlaceMention; n: number }>();
  for (const p of places) {
    if (p.place.level === 'country' || (country && p.place.countryCode !== country)) continue;
    const key = `${p.place.countryCode}:${p.place.name}`;
    const t = tally.get(key);
    if (t) t.n++;
    else tally.set(key, { first: p, n: 1 });
  }
  let best: { first: PlaceMention; n: number } | null = null;
  for (const t of tally.values()) {
    if (!best || t.n > best.n || (t.n === best.n && LEVEL_SCORE[t.first.place.level] > LEVEL_SCORE[best.first.place.level])) best = t;
  }
  return best?.first ?? null;
}

/**
 * A dateline names where a story was filed ("BEIRUT (Reuters) -", "Beirut London-"), not where it happened.
 * Near the top it may be in any case; further down (after a scraped headline or teaser) only a name in capitals
 * opening a sentence, with a date, an agency or a dash after it ("MOSCOW October 18 (RIA Novosti) -",
 * "MOSCOW (Sputnik) The ..."), counts.
 */
function isDateline(text: string, p: PlaceMention): boolean {
  const tail = text.slice(p.span.end, p.span.end + 60);
  if (p.span.start < 40 && DATELINE_TAIL.test(tail)) return true;
  const name = text.slice(p.span.start, p.span.end);
  if (name.length < 4 || name !== name.toUpperCase() || !SENTENCE_OPEN.test(text.slice(Math.max(0, p.span.start - 3), p.span.start))) return false;
  return DATELINE_TAIL.test(tail) || CAPS_DATELINE_TAIL.test(tail);
}
const DATELINE_AGENCY = String.raw`\((?:AFP|Reuters|AP|Xinhua|Anadolu|dpa|UPI|SANA|[\p{Lu}][\p{L} ]{1,30})\)`;
const DATELINE_TAIL = new RegExp(String.raw`^(?:[\s,]+[\p{Lu}][\p{L}]+)?\s*(?:${DATELINE_AGENCY}\s*)?[-–—:]`, 'u');
/** After a name in capitals: an optional date ("October 18", "18 October 2014") and an agency or a dash. */
const CAPS_DATELINE_TAIL = new RegExp(String.raw`^,?\s*(?:(?:\p{Lu}\p{Ll}+\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}+)(?:,? \d{4})?\s*)?(?:${DATELINE_AGENCY}|[-–—])`, 'u');
/** What comes right before a sentence's first word: the text's start, a sentence end or a line break. */
const SENTENCE_OPEN = /(?:^|[.!?"”)]\s+|\n\s*|^\s+)$/;
const LEVEL_SCORE = { city: 3, admin2: 2, admin1: 1, country: 0 } as const;

function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  if (a.place.countryCode !== b.place.countryCode) return false;
  if (a.place.level === 'country' || b.place.level === 'country') return true;
  if (a.place.level === 'admin1' || b.place.level === 'admin1') return a.place.admin1 === b.place.admin1 || a.place.name === b.place.admin1 || b.place.name === a.place.admin1;
  return distanceKm(a.place.lat, a.place.lon, b.place.lat, b.place.lon) <= 30;
}

const sameDay = (a: DateMention, b: DateMention): boolean => a.date.start <= b.date.end && b.date.start <= a.date.end;

function segment(infos: SentenceInfo[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let background: Draft | null = null;
  // Sentences before the first event (a dateline, who fought whom) still set the scene of the first incident.
  let lead: SentenceInfo[] = [];
  for (const s of infos) {
    if (!eventful(s)) {
      if (current) current.sentences.push(s);
      else if (drafts.length === 0) lead.push(s);
      continue;
    }
    if (s.background) {
      if (!background || background !== drafts[drafts.length - 1]) {
        background = { sentences: [], background: true, place: null, date: null };
        drafts.push(background);
      }
      background.sentences.push(s);
      continue;
    }
    const place = mainPlace(s.places);
    // Only a day (or a week) tells one incident from another; "this year" does not.
    const date = s.dates.find((d) => d.date.precision === 'day' || d.date.precision === 'week') ?? null;
    if (current) {
      const movesPlace = place !== null && current.place !== null && !samePlace(place, current.place);
      const movesDay = date !== null && current.date !== null && !sameDay(date, current.date);
      if (s.opensNew || movesPlace || movesDay) {
        const back = s.opensNew ? undefined : drafts.find((d) => !d.background && d !== current && (!place || !d.place || samePlace(place, d.place)) && (!date || !d.date || sameDay(date, d.date)) && d.place !== null && place !== null);
        current = back ?? null;
      }
    }
    if (!current) {
      current = { sentences: lead, background: false, place: null, date: null };
      lead = [];
      drafts.push(current);
    }
    current.sentences.push(s);
    current.place ??= place;
    current.date ??= date;
  }
  return drafts;
}

function toIncident(ev: Evidence, draft: Draft, rule: Rule, isPrimary: boolean): Incident {
  const { annotated: a } = ev;
  const events = draft.sentences.flatMap((s) => s.events);
  const claimIdx = draft.sentences.flatMap((s) => s.claims);

  const rawClaims = claimIdx.map((i) => ev.claims[i]);
  const claims: Claim[] = rawClaims.map((c, k) => ({
    kind: c.kind,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    victims: c.victims,
    victimGroup: c.victimGroup,
    source: ev.sources[claimIdx[k]],
    quote: { start: c.quote.start, end: c.quote.end, text: a.text.slice(c.quote.start, c.quote.end) },
    subgroupOf: c.parent ? indexOrNull(rawClaims.indexOf(c.parent)) : null,
    additive: c.additive,
    vagueCodes: c.vagueCodes,
    partial: c.partial,
    ...(c.update ? { update: true } : {}),
    ...(c.sharedBy ? { sharedBy: c.sharedBy } : {}),
  }));

  const own = draft.sentences.flatMap((s) => s.actors);
  // "The Taliban claimed responsibility" may stand anywhere in the article; a headline may name the attacker.
  const claimedElsewhere = isPrimary && !own.some((m) => m.role === 'perpetrator' && m.kind !== 'unidentified')
    ? [...ev.actors.filter((m) => m.strength >= 3 && m.role === 'perpetrator' && !backgroundSentence(ev, m.sentence)), ...ev.titleActors.filter((m) => m.role === 'perpetrator')]
    : [];
  const actors = incidentActors([...own, ...claimedElsewhere]);
  const lead = (draft.sentences.find(eventful) ?? draft.sentences[0]).index;
  const code = classifyIncident({ events, lead, titleEvents: isPrimary ? ev.titleEvents : [], claims, actors });
  const location = incidentLocation(ev, draft, isPrimary);
  const date = incidentDate(a, draft);
  const first = draft.sentences.find(eventful) ?? draft.sentences[0];
  const id = createHash('sha1').update(`${a.doc.id}\u0000${first.span.start}\u0000${code}`).digest('hex').slice(0, 16);
  return {
    id,
    eventType: SUB_EVENT_TYPES[code].eventType,
    subEventType: SUB_EVENT_TYPES[code].label,
    date,
    location,
    actors,
    casualties: reconcile(claims, rule, { headlineKilled: isPrimary ? ev.titleCounts : [] }),
    claims,
    background: draft.background,
    evidence: draft.sentences.filter(eventful).map((s) => s.span),
  };
}

/** Whether a sentence tells history (background cues or only a past date). */
function backgroundSentence(ev: Evidence, index: number): boolean {
  const s = ev.annotated.sentences[index];
  return !s || BACKGROUND.test(ev.annotated.text.slice(s.start, s.end));
}

const indexOrNull = (i: number): number | null => (i >= 0 ? i : null);

const ROLE_RANK: Record<ActorRole, number> = { perpetrator: 3, target: 2, victim: 1, other: 0 };

function incidentActors(mentions: ActorMention[]): Actor[] {
  const byName = new Map<string, ActorMention>();
  for (const m of mentions) {
    const known = byName.get(m.name);
    if (!known || m.strength > known.strength || (m.strength === known.strength && ROLE_RANK[m.role] > ROLE_RANK[known.role])) byName.set(m.name, m);
  }
  let actors = [...byName.values()];
  // A named perpetrator makes "gunmen" the same people, not a second actor.
  if (actors.some((x) => x.role === 'perpetrator' && x.kind !== 'unidentified')) actors = actors.filter((x) => !(x.kind === 'unidentified' && x.role === 'perpetrator'));
  return actors
    .sort((x, y) => ROLE_RANK[y.role] - ROLE_RANK[x.role] || x.span.start - y.span.start)
    .map((x) => ({ name: x.name, role: x.role, mention: x.sentence < 0 ? null : x.span }));
}

function incidentDate(a: Annotated, draft: Draft): IncidentDate | null {
  // The sentences that tell the event date it ("on Thursday"); a dateline or scene-setting sentence only if they do not.
  const told = draft.sentences.filter(eventful).flatMap((s) => s.dates);
  const dates = told.length > 0 ? told : draft.sentences.flatMap((s) => s.dates);
  const day = dates.find((d) => d.date.precision === 'day') ?? dates[0];
  if (day) return { ...day.date };
  if (a.referenceDate) return { start: a.referenceDate, end: a.referenceDate, precision: 'day' };
  return null;
}

function toLocation(p: PlaceMention, mention: Span | null): IncidentLocation {
  const pl = p.place;
  return {
    name: pl.name,
    admin1: pl.level === 'admin1' ? pl.name : pl.admin1,
    country: pl.country,
    countryCode: pl.countryCode,
    lat: pl.lat,
    lon: pl.lon,
    precision: p.precision,
    mention,
    geonameId: pl.geonameId,
  };
}

function incidentLocation(ev: Evidence, draft: Draft, isPrimary: boolean): IncidentLocation | null {
  const country = ev.country;
  const eventfulPlaces = draft.sentences.filter(eventful).flatMap((s) => s.places);
  const best = mainPlace(eventfulPlaces, country) ?? mainPlace(draft.sentences.flatMap((s) => s.places), country);
  if (best && best.place.level !== 'country' && (!country || best.place.countryCode === country)) return toLocation(best, best.span);
  // The main incident's own sentences do not place it: the headline, then the article's main place, does.
  if (isPrimary) {
    const title = mainPlace(ev.titlePlaces, country);
    if (title && title.place.level !== 'country') return toLocation(title, null);
    const doc = documentPlace(ev.annotated.places.filter((p) => !isDateline(ev.annotated.text, p)), country);
    if (doc) return toLocation(doc, doc.span);
  }
  // A place abroad is kept only when nothing in the article's own country places the incident better.
  const home = country ? mainPlace([...eventfulPlaces, ...(isPrimary ? ev.titlePlaces : [])].filter((p) => p.place.countryCode === country)) : null;
  const chosen = home ?? best ?? (isPrimary ? mainPlace(ev.titlePlaces, country) : null);
  if (chosen) return toLocation(chosen, ev.titlePlaces.includes(chosen) ? null : chosen.span);
  // A related incident told only by places the gazetteer lacks ("pounded the villages of X and Y") happened in
  // the article's country: say that much, at country precision, rather than nothing.
  const whole = country ? loadGazetteer().country(country) : null;
  return whole ? toLocation({ place: whole, span: { start: 0, end: 0 }, precision: 'country', cue: 'none' }, null) : null;
}

/**
 * The incident the article is about. A headline names it: its toll ("kill 85"), its kind of attack and its
 * place; an incident with a toll beats one without. Ties go to the first told, as news leads with its story.
 */
function choosePrimary(ev: Evidence, drafts: Draft[]): Draft | null {
  let best: Draft | null = null;
  let bestScore = -Infinity;
  const titleCodes = new Set(ev.titleEvents.map((e) => e.code));
  // The article's first toll is its lead's: the incident that holds it is the story.
  const firstToll = drafts.filter((d) => !d.background).flatMap((d) => d.sentences.flatMap((s) => s.claims)).sort((a, b) => a - b)[0];
  for (const d of drafts) {
    if (d.background) continue;
    const claimIdx = d.sentences.flatMap((s) => s.claims);
    const claims = claimIdx.map((i) => ev.claims[i]);
    let score = claims.length > 0 ? 1 : 0;
    if (firstToll !== undefined && claimIdx.includes(firstToll)) score += 1;
    if (claims.some((c) => ev.titleCounts.some((n) => n === c.min || n === c.max))) score += 3;
    if (d.sentences.some((s) => s.events.some((e) => titleCodes.has(e.code)))) score += 2;
    const titlePlace = mainPlace(ev.titlePlaces);
    if (titlePlace && d.place && titlePlace.place.level !== 'country' && samePlace(titlePlace, d.place)) score += 1;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}
