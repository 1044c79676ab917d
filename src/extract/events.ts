// Event mentions: where the text names a form of violence or a strategic development, classified into ACLED
// sub-event types by the trigger table, and the rule that picks one type for an incident from its mentions,
// claims and actors (src/data/event-triggers.ts holds both tables).
import type { Annotated } from '../annotate/types.js';
import type { Actor, Claim, Span } from '../core/types.js';
import type { SubEventCode } from '../data/acled-taxonomy.js';
import { EVENT_CUES, EVENT_TRIGGERS, INCIDENT_RULES, STATE_SIDE, type CueTrigger, type EventCue, type EventTrigger, type Signal } from '../data/event-triggers.js';
import { Alternation } from './alternation.js';
import { longestFirst, splitAlternatives, wordRegex } from './lexicon.js';

export interface EventMention {
  code: SubEventCode;
  span: Span;
  sentence: number;
  /** How strongly the mention shows that an event took place: at least MIN_EVENT_WEIGHT makes an incident on its own, 0 never does. */
  weight: number;
  /** Rank among an incident's mentions: the most specific form of violence wins (the trigger table's weight). */
  rank: number;
  /** A context cue: the mention only feeds the incident rules. */
  cue?: EventCue;
  /** The words before the trigger name state forces as its subject. */
  stateSubject?: boolean;
}

/** A mention at least this heavy makes an incident on its own; triggers marked `alone: false` and cues weigh 0. */
export const MIN_EVENT_WEIGHT = 40;
const STANDALONE_WEIGHT = 100;

/** A run of consecutive alternatives (in the table's order) matched as one alternation. */
interface Chunk<T> {
  alternation: Alternation;
  /** Position of the chunk's first alternative in the table's order. */
  offset: number;
  /** The row each alternative of the chunk comes from. */
  entries: T[];
}

/**
 * Past this many characters a table is split into chunks (it was once compiled to one regex per chunk, which V8
 * runs slowly past this size); the chunks still decide which matches the table yields, see `matches`.
 */
const CHUNK_CHARS = 10_000;

/**
 * A whole table as a few alternations, every alternative of every row longest first across rows, so "shot down"
 * (a disrupted weapon) is tried before "shot" (an attack) whatever row lists them.
 */
function compile<T extends { pattern: string }>(rows: readonly T[]): Chunk<T>[] {
  const flat = rows.flatMap((entry) => splitAlternatives(entry.pattern).map((pattern) => ({ entry, pattern })));
  // longestFirst orders the alternatives; the group names say which is which.
  const order = splitAlternatives(longestFirst(flat.map((a, i) => `(?<a${i}>${a.pattern})`).join('|'))).map((alt) => Number(/^\(\?<a(\d+)>/.exec(alt)![1]));
  const sorted = order.map((i) => flat[i]);
  const chunks: Chunk<T>[] = [];
  for (let from = 0; from < sorted.length; ) {
    let to = from;
    for (let chars = 0; to < sorted.length && (to === from || chars + sorted[to].pattern.length < CHUNK_CHARS); to++) chars += sorted[to].pattern.length + 5;
    const part = sorted.slice(from, to);
    chunks.push({ alternation: new Alternation(part.map((a) => a.pattern), 'iu'), offset: from, entries: part.map((a) => a.entry) });
    from = to;
  }
  return chunks;
}

interface Hit<T> {
  entry: T;
  start: number;
  end: number;
  order: number;
}

/**
 * Non-overlapping matches in text[from, to), left to right: at one position the alternative first in the
 * table's order wins, as it would in a single alternation. Each chunk is scanned on its own, then the earliest
 * hit wins and hits it overlaps drop.
 */
function matches<T extends { pattern: string }>(table: Chunk<T>[], text: string, from: number, to: number): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (const chunk of table) {
    for (const m of chunk.alternation.matchAll(text, from, to)) hits.push({ entry: chunk.entries[m.alt], start: m.start, end: m.end, order: chunk.offset + m.alt });
  }
  if (table.length === 1) return hits;
  hits.sort((a, b) => a.start - b.start || a.order - b.order);
  const out: Hit<T>[] = [];
  let reached = -1;
  for (const h of hits) {
    if (h.start < reached) continue;
    out.push(h);
    reached = h.end;
  }
  return out;
}

const TRIGGERS = compile(EVENT_TRIGGERS);
const CUES = compile(EVENT_CUES);
/**
 * The grievance of a protest or a demand ("against illegal and unjust arrest of", "demanding the release of"),
 * unless a new clause starts in it and the trigger is a verb of its own ("against water cuts and blocked").
 */
const GRIEVANCE = /(?:against|call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|mourn(?:s|ed|ing)?|release of|over)\s+((?:[\p{L}-]+\s+){0,3})$/iu;
const NEW_CLAUSE = /\b(?:and|or|then|but)\s/i;
/**
 * Words before a trigger that make it no event of this report: talk of ending, fearing or planning violence
 * ("an end to the fighting", "fears of an offensive"), what a protest is over ("justice for"), or what a
 * relative clause says happened before ("a man who was kidnapped").
 */
const NOT_AN_EVENT = /(?:who (?:was|were|had been|has been|have been)|end to|end the|ending|stop|stopping|halt|halting|protest(?:s|ed|ing)? (?:over|at)|in protest (?:over|at|of)|justice for|in solidarity with|anniversary of|commemorat(?:e|es|ed|ing)|prevent(?:ed|ing)?|avoid|fears? of|threat(?:s|ened)? (?:of|to)|risk of|possible|potential|planned|plans? (?:for|to)|plotting|would|could|may|might|will|warn(?:s|ed|ing)? of|ahead of|after (?:years|months|weeks) of|years of|since the|despite|talks? (?:on|about|over)|ban on)\s+(?:the\s+|a\s+|an\s+|any\s+|further\s+|new\s+|more\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** A past year names an earlier event ("the 2017 chemical attack"), unless it is part of a date ("10 Sep 2016 Air strikes"). */
const YEAR_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|of|deadly|infamous|previous|earlier|since|in)\s+(?:[\p{L}-]+\s+)?(?:19|20)\d\d\s+(?:[\p{L}-]+\s+)?$/iu;
/** A sentence-wide context pattern, matched on word boundaries with free endings ("protest" finds "protesters"). */
const contextRegex = (pattern: string): RegExp => wordRegex(`\\w*(?:${pattern})\\w*`);
const NEEDS = new Map<EventTrigger | CueTrigger, RegExp>([...EVENT_TRIGGERS, ...EVENT_CUES].filter((t) => t.needs).map((t) => [t, contextRegex(t.needs!)]));
const BLOCKS = new Map<EventTrigger, RegExp>(EVENT_TRIGGERS.filter((t) => t.blocks).map((t) => [t, wordRegex(t.blocks!)]));
const STATE_BEFORE = wordRegex(STATE_SIDE);

/** The words of the clause before a trigger: after the last comma or "said"/"according to", so a source is not taken for the subject. */
function subjectBefore(text: string, from: number, to: number): string {
  const before = text.slice(from, to);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}
const CLAUSE_BREAK = /[,;:]|\b(?:said|says|that|according to)\b/gi;

/** Event mentions in text[from, to) for one sentence; the title is sentence -1 and gets no cues. */
export function eventsIn(text: string, from: number, to: number, sentence: number): EventMention[] {
  const out: EventMention[] = [];
  let sentenceText: string | null = null;
  const inContext = (t: EventTrigger | CueTrigger, start: number, end: number): boolean => {
    const needs = NEEDS.get(t);
    const blocks = 'code' in t ? BLOCKS.get(t) : undefined;
    if (needs || blocks) sentenceText ??= text.slice(from, to);
    if (needs && !needs.test(sentenceText!)) return false;
    if (blocks && blocks.test(sentenceText!)) return false;
    const before = text.slice(Math.max(from, start - 40), start);
    if (NOT_AN_EVENT.test(before) || YEAR_BEFORE.test(before)) return false;
    const grievance = GRIEVANCE.exec(before);
    return !grievance || (NEW_CLAUSE.test(grievance[1]) && /^[\p{L}-]+ed(?![\p{L}])/iu.test(text.slice(start, end)));
  };
  for (const m of matches(TRIGGERS, text, from, to)) {
    const t = m.entry;
    if (!inContext(t, m.start, m.end)) continue;
    let code = t.code;
    let stateSubject = false;
    if (t.byState && STATE_BEFORE.test(subjectBefore(text, Math.max(from, m.start - 80), m.start))) {
      code = t.byState;
      stateSubject = true;
    }
    out.push({
      code,
      span: { start: m.start, end: m.end },
      sentence,
      weight: t.alone === false ? 0 : STANDALONE_WEIGHT,
      rank: t.weight,
      ...(t.cue ? { cue: t.cue } : {}),
      ...(stateSubject ? { stateSubject } : {}),
    });
  }
  if (sentence < 0) return out;
  for (const m of matches(CUES, text, from, to)) {
    if (!inContext(m.entry, m.start, m.end)) continue;
    out.push({ code: 'other', span: { start: m.start, end: m.end }, sentence, weight: 0, rank: 0, cue: m.entry.cue });
  }
  return out;
}

export function findEvents(a: Annotated): EventMention[] {
  return a.sentences.flatMap((s) => eventsIn(a.text, s.start, s.end, s.index));
}

/** The lead of a news story names its main event; its triggers outrank the same weight later on. */
const LEAD_BONUS = 10;

export interface IncidentEvidence {
  /** Event mentions in the incident's sentences. */
  events: EventMention[];
  /** Index of the incident's first eventful sentence. */
  lead: number;
  /** Event mentions in the article's title (only for the article's main incident). */
  titleEvents: EventMention[];
  claims: Claim[];
  actors: Actor[];
}

const COMBATANT_GROUPS = new Set(['soldiers', 'fighters', 'attackers']);
const CIVILIAN_GROUPS = new Set(['civilians', 'children', 'women', 'men', 'hostages']);
const STATE_ACTOR = /^(?:Military|Police) Forces of/;
const NOT_ARMED_GROUP = /^(?:Unidentified|Protesters|Rioters|Civilians)/;

/** What the incident shows besides its strongest trigger: the types and cues of all its mentions, and facts from its claims and actors. */
function signalsOf(mentions: readonly EventMention[], claims: readonly Claim[], actors: readonly Actor[]): Set<Signal> {
  const signals = new Set<Signal>();
  for (const e of mentions) {
    if (e.cue) signals.add(e.cue);
    else signals.add(e.code);
    if (e.stateSubject) signals.add('state_subject');
  }
  const groups = new Set(claims.map((c) => c.victimGroup).filter((g): g is string => !!g));
  if (groups.size > 0 && [...groups].every((g) => COMBATANT_GROUPS.has(g))) signals.add('combatant_victims');
  if (groups.size > 0 && [...groups].every((g) => CIVILIAN_GROUPS.has(g))) signals.add('civilian_victims');
  if (claims.some((c) => c.kind === 'killed' && Math.max(c.min, c.max ?? 0) > 0)) signals.add('killed');
  for (const a of actors) {
    if ((a.role === 'target' || a.role === 'victim') && !NOT_ARMED_GROUP.test(a.name)) signals.add('armed_victim');
    if (a.role !== 'perpetrator') continue;
    if (STATE_ACTOR.test(a.name)) signals.add('state_perpetrator');
    else if (!NOT_ARMED_GROUP.test(a.name)) signals.add('nonstate_perpetrator');
  }
  return signals;
}

/** The strongest mention (the lead's first on a tie), leaving out cues and, if given, one type. */
function strongest(mentions: readonly EventMention[], lead: number, except?: SubEventCode): EventMention | null {
  let best: EventMention | null = null;
  let bestRank = 0;
  for (const e of mentions) {
    if (e.rank <= 0 || e.code === except) continue;
    const rank = e.rank + (e.sentence === lead ? LEAD_BONUS : 0);
    if (!best || rank > bestRank) [best, bestRank] = [e, rank];
  }
  return best;
}

/**
 * The incident's ACLED sub-event type: the most specific trigger named (title and lead first on a tie), then the
 * codebook's priority rules (INCIDENT_RULES) on who acted, who was hit and what else the report says.
 */
export function classifyIncident({ events, lead, titleEvents, claims, actors }: IncidentEvidence): SubEventCode {
  const all = [...titleEvents, ...events];
  const best = strongest(all, lead);
  // No trigger but a toll: someone was killed or hurt, violence against civilians until a rule says otherwise.
  let code: SubEventCode = best?.code ?? 'attack';
  if (best?.cue === 'heading') return code;
  const signals = signalsOf(all, claims, actors);
  let sentenceSignals: Set<Signal> | null = null;
  for (const rule of INCIDENT_RULES) {
    if (!rule.from.includes(code)) continue;
    if (rule.all && !rule.all.every((s) => signals.has(s))) continue;
    if (rule.none && rule.none.some((s) => signals.has(s))) continue;
    if (rule.any) {
      const scope = rule.sameSentence ? (sentenceSignals ??= signalsOf(all.filter((e) => best && e.sentence === best.sentence && e !== best), [], [])) : signals;
      if (!rule.any.some((s) => scope.has(s))) continue;
    }
    code = rule.to === 'next' ? strongest(all, lead, code)?.code ?? code : rule.to;
  }
  return code;
}
