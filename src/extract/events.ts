// Event mentions: where the text names a form of violence or a strategic development, classified into ACLED
// sub-event types by the trigger table (src/data/event-triggers.ts).
import type { Annotated } from '../annotate/types.js';
import type { Actor, Claim, Span } from '../core/types.js';
import type { SubEventCode } from '../data/acled-taxonomy.js';
import { EVENT_TRIGGERS, type EventTrigger } from '../data/event-triggers.js';
import { compileLexicon, wordRegex } from './lexicon.js';

export interface EventMention {
  code: SubEventCode;
  span: Span;
  sentence: number;
  weight: number;
}

const TRIGGERS = compileLexicon(EVENT_TRIGGERS);
/**
 * Words before a trigger that make it no event of this report: talk of ending, fearing or planning violence
 * ("an end to the fighting", "fears of an offensive", "protest against the air strikes").
 */
const NOT_AN_EVENT = /(?:end to|end the|ending|stop|stopping|halt|halting|against|call(?:s|ed)? for|demand(?:s|ed|ing)?|condemn(?:s|ed|ing)?|prevent(?:ed|ing)?|avoid|fears? of|threat(?:s|ened)? (?:of|to)|risk of|possible|potential|planned|plans? (?:for|to)|would|could|may|might|will|warn(?:s|ed|ing)? of|ahead of|after (?:years|months|weeks) of|years of|since the|despite)\s+(?:the\s+|a\s+|an\s+|any\s+|further\s+|new\s+|more\s+)?(?:[\p{L}-]+\s+)?$/iu;
const NEEDS = new Map<EventTrigger, RegExp>(EVENT_TRIGGERS.filter((t) => t.needs).map((t) => [t, wordRegex(`\\w*${t.needs!}\\w*`)]));
const BLOCKS = new Map<EventTrigger, RegExp>(EVENT_TRIGGERS.filter((t) => t.blocks).map((t) => [t, wordRegex(t.blocks!)]));

/** Event mentions in text[from, to) for one sentence. */
export function eventsIn(text: string, from: number, to: number, sentence: number): EventMention[] {
  const out: EventMention[] = [];
  const matches = TRIGGERS.matchAll(text, from, to);
  if (matches.length === 0) return out;
  const sentenceText = text.slice(from, to);
  for (const m of matches) {
    const needs = NEEDS.get(m.entry);
    if (needs && !needs.test(sentenceText)) continue;
    const blocks = BLOCKS.get(m.entry);
    if (blocks && blocks.test(sentenceText)) continue;
    if (NOT_AN_EVENT.test(text.slice(Math.max(from, m.start - 40), m.start))) continue;
    out.push({ code: m.entry.code, span: { start: m.start, end: m.end }, sentence, weight: m.entry.weight });
  }
  return out;
}

/** Event triggers weaker than this ("attack" as a bare word) do not make an incident on their own. */
export const MIN_EVENT_WEIGHT = 40;
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

export function findEvents(a: Annotated): EventMention[] {
  return a.sentences.flatMap((s) => eventsIn(a.text, s.start, s.end, s.index));
}

const COMBATANT_GROUPS = new Set(['soldiers', 'fighters', 'attackers']);

/** The incident's ACLED sub-event type: the most specific form of violence named; generic attacks on combatants are clashes (ACLED codebook). */
export function classifyIncident({ events, lead, titleEvents, claims, actors }: IncidentEvidence): SubEventCode {
  let best: EventMention | null = null;
  for (const e of [...titleEvents, ...events]) {
    const weight = e.weight + (e.sentence === lead ? LEAD_BONUS : 0);
    if (!best || weight > best.weight) best = { ...e, weight };
  }
  let code: SubEventCode = best?.code ?? 'attack';
  const groups = new Set(claims.map((c) => c.victimGroup).filter((g): g is string => !!g));
  const onlyCombatants = groups.size > 0 && [...groups].every((g) => COMBATANT_GROUPS.has(g));
  if (code === 'attack' && onlyCombatants) code = 'armed_clash';
  if (code === 'gov_regains' || code === 'nsa_overtakes') {
    const perp = actors.find((x) => x.role === 'perpetrator');
    if (perp) code = /^(?:Military|Police) Forces of/.test(perp.name) ? 'gov_regains' : 'nsa_overtakes';
  }
  return code;
}

