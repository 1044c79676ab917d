// Actors and their roles. Named groups come from the alias table (src/data/actors.ts); state forces are named
// after their country ("Syrian army" → "Military Forces of Syria", ACLED's naming), and bare "government
// forces" take the country the document is about. Roles come from the words around a mention: the subject of
// an attack verb or the agent after "by" is the perpetrator; the object of an attack is the target. An actor
// the text does not name stays unnamed: "gunmen" become an unidentified armed group, never a guessed group.
import type { ActorRole, Span } from '../core/types.js';
import { ACTOR_ALIASES, GOVERNMENT_FORCE_WORDS, STATE_FORCE_WORDS, type ActorKind } from '../data/actors.js';
import { COUNTRIES } from '../data/countries.js';
import { compileLexicon } from './lexicon.js';

export interface ActorMention {
  name: string;
  kind: ActorKind | 'state';
  role: ActorRole;
  span: Span;
  sentence: number;
  /** How sure the role is: responsibility claims beat word order. */
  strength: number;
}

const NAMED = compileLexicon(ACTOR_ALIASES);

// "Syrian army", "Russia's warplanes", "US-led coalition jets": a country word, then a word for armed forces.
const COUNTRY_OF_WORD = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const w of [c.name, ...c.aliases, ...c.demonyms]) if (w.length >= 3) COUNTRY_OF_WORD.set(w.toLowerCase(), c.code);
}
for (const w of ['us', 'u.s.', 'american', 'washington']) COUNTRY_OF_WORD.set(w, 'US');
const COUNTRY_NAME = new Map(COUNTRIES.map((c) => [c.code, c.name]));
const countryAlternation = [...COUNTRY_OF_WORD.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
const STATE_FORCE = compileLexicon([
  { pattern: `(?:${countryAlternation})(?:'s|’s)?(?:-led|-backed)? ${STATE_FORCE_WORDS}` },
]);
const STATE_FORCE_SPLIT = new RegExp(`^(${countryAlternation})(?:'s|’s)?(?:-led|-backed)? `, 'i');
const GOVERNMENT = compileLexicon([{ pattern: GOVERNMENT_FORCE_WORDS }]);
const POLICE_WORD = /police|policemen|gendarm/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Role cues, read in the text next to a mention.
const ATTACK_VERBS = 'shelled|struck|bombed|attacked|fired|launched|carried out|targeted|raided|stormed|ambushed|killed|abducted|kidnapped|arrested|detained|shot|opened fire|detonated|seized|captured|took control|overran|executed|hit|pounded|conducted|dropped|used|set fire|torched|looted|clashed|blew up|planted|fought|massacred|beheaded|bombarded|pummel(?:l)?ed|destroyed|burned|burnt|assassinated|gunned down|stabbed|besieged|advanced|attempted|tried|shells|strikes|bombs|attacks|fires|launches|targets|kills|raids|pounds';
// Subject of an active attack verb: "Russian warplanes (also) struck", "Iraqi army artillery and air strikes pounded".
// A passive ("soldiers were killed") is not this: no auxiliary may stand between.
const PERP_AFTER = new RegExp(`^(?:'s)?\\s*(?:(?!(?:were|was|been|being|are|is)\\b)[\\p{L}-]+\\s+){0,4}?(?:reportedly\\s+|allegedly\\s+|also\\s+|later\\s+|then\\s+)?(?:${ATTACK_VERBS})\\b`, 'iu');
const CLAIMED = /^(?:'s)?\s*(?:[\p{L}-]+\s+){0,2}?(?:claimed|has claimed|have claimed|later claimed)\s+(?:responsibility|the attack|credit)|^\s*(?:was|were|is|are)\s+(?:suspected|blamed|believed to be behind|responsible)/iu;
const PERP_BEFORE = /(?:\bby|claimed by|carried out by|attributed (?:\w+ ){0,3}to|blamed (?:\w+ ){0,3}on|launched by|conducted by|belonged to|belongs to|belonging to the|fired by|operated by)\s+(?:the\s+|a\s+|an\s+|suspected\s+)?$|\bsuspected\s+$/iu;
// An ally in a joint operation acts with the perpetrator: "in coordination with the coalition".
const ALLY_BEFORE = /(?:in coordination with|in cooperation with|jointly with|alongside|backed by|supported by|with the support of|with support from|with help from|allied with|together with)\s+(?:the\s+)?$/iu;
const TARGET_BEFORE = /(?:against|targeting|targeted|on|at|attacked|ambushed|struck|hit|killing|wounding|abducted|kidnapped|arrested|detained|positions of|attack on|attacks on|strikes? on|raid on|ambush on|shelling of|clashed with|clashes with|fighting with|battle with|battles with|members of|suspected of belonging to|affiliated with|linked to)\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+)?(?:[\p{L}-]+\s+)?$/iu;
const TARGET_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?(?:killed|wounded|injured|attacked|targeted|ambushed|abducted|kidnapped|hit|struck|arrested|detained)/iu;
const NO_CLAIM = /no (?:group|one|organi[sz]ation) (?:has |had )?(?:claimed|took|taken)/i;

function roleOf(text: string, span: Span, sentenceStart: number, sentenceEnd: number): { role: ActorRole; strength: number } {
  const after = text.slice(span.end, Math.min(sentenceEnd, span.end + 60));
  const before = text.slice(Math.max(sentenceStart, span.start - 40), span.start);
  if (CLAIMED.test(after)) return { role: 'perpetrator', strength: 3 };
  if (PERP_BEFORE.test(before)) return { role: 'perpetrator', strength: 2 };
  if (ALLY_BEFORE.test(before)) return { role: 'perpetrator', strength: 1 };
  if (TARGET_BEFORE.test(before)) return { role: 'target', strength: 1 };
  if (TARGET_AFTER.test(after)) return { role: 'target', strength: 1 };
  if (PERP_AFTER.test(after)) return { role: 'perpetrator', strength: 2 };
  return { role: 'other', strength: 0 };
}

export interface ActorContext {
  text: string;
  sentences: readonly Span[];
  /** ISO2 code of the country the document is about, for "government forces" and "gunmen". */
  country: string | null;
}

export function findActors(ctx: ActorContext): ActorMention[] {
  const { text, sentences, country } = ctx;
  const out: ActorMention[] = [];
  sentences.forEach((s, index) => {
    const taken: Span[] = [];
    const push = (name: string, kind: ActorMention['kind'], match: Span) => {
      const span = { start: match.start, end: match.end };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) return;
      taken.push(span);
      const { role, strength } = roleOf(text, span, s.start, s.end);
      out.push({ name, kind, role, span, sentence: index, strength });
    };
    for (const m of STATE_FORCE.matchAll(text, s.start, s.end)) {
      const code = COUNTRY_OF_WORD.get(STATE_FORCE_SPLIT.exec(m.text)?.[1].toLowerCase() ?? '');
      if (!code) continue;
      push(`${POLICE_WORD.test(m.text) ? 'Police' : 'Military'} Forces of ${COUNTRY_NAME.get(code) ?? code}`, 'state', { start: m.start, end: m.end });
    }
    for (const m of NAMED.matchAll(text, s.start, s.end)) {
      if (m.entry.kind === 'unidentified') {
        if (NO_CLAIM.test(text.slice(Math.max(s.start, m.start - 30), m.end))) continue;
        push(country ? `Unidentified Armed Group (${COUNTRY_NAME.get(country) ?? country})` : 'Unidentified Armed Group', 'unidentified', m);
      } else if (m.entry.kind === 'protesters' || m.entry.kind === 'rioters') {
        const base = m.entry.kind === 'protesters' ? 'Protesters' : 'Rioters';
        push(country ? `${base} (${COUNTRY_NAME.get(country) ?? country})` : base, m.entry.kind, m);
      } else {
        push(m.entry.name, m.entry.kind, m);
      }
    }
    if (country) {
      for (const m of GOVERNMENT.matchAll(text, s.start, s.end)) {
        push(`${POLICE_WORD.test(m.text) ? 'Police' : 'Military'} Forces of ${COUNTRY_NAME.get(country) ?? country}`, 'state', { start: m.start, end: m.end });
      }
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}
