// Event mentions: where the text names a form of violence or a strategic development, classified into ACLED
// sub-event types by the trigger table (src/data/event-triggers.ts).
import type { Annotated } from '../annotate/types.js';
import type { Span } from '../core/types.js';
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

export function findEvents(a: Annotated): EventMention[] {
  return a.sentences.flatMap((s) => eventsIn(a.text, s.start, s.end, s.index));
}
