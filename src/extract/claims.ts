// Where a casualty claim is born: a count ("at least 16", "a civilian", "dozens") tied to a casualty trigger
// ("were killed", "wounding", "the death toll rose to") within one sentence. Counts come from the annotate
// stage; this module only decides which counts are tolls, of what kind, of whom, and how they relate (lists add
// up, "including 6 children" is a part). Sources are attached later (sources.ts).
import type { Annotated, NumberMention, Sentence } from '../annotate/types.js';
import type { CasualtyKind, Qualifier, Span } from '../core/types.js';
import {
  CASUALTY_TRIGGERS,
  FILLER_AFTER_TRIGGER,
  FILLER_BEFORE_TRIGGER,
  NO_CASUALTY_PATTERNS,
  VICTIM_NOUNS,
  type VictimNoun,
} from '../data/casualty-words.js';
import { compileLexicon, wordRegex, type LexiconMatch } from './lexicon.js';

/** A claim before attribution and incident assignment. */
export interface RawClaim {
  kind: CasualtyKind;
  min: number;
  max: number | null;
  qualifier: Qualifier;
  conventional: number | null;
  victims: string | null;
  victimGroup: string | null;
  quote: Span;
  /** The count itself, for ordering and for finding the claim's sentence. */
  count: Span;
  sentence: number;
  additive: boolean;
  /** The whole this claim is a part of ("16 people, including 6 children" → the 16). */
  parent: RawClaim | null;
}

interface Count {
  span: Span;
  min: number;
  max: number | null;
  qualifier: Qualifier;
  conventional: number | null;
  additive: boolean;
  /** A stand-in for "an unknown number of": joins lists but gives no claim. */
  unknown: boolean;
  victim: VictimNoun | null;
  victimText: string | null;
  /** End of the count's noun phrase ("16 people" ends after "people"). */
  npEnd: number;
  subgroup: boolean;
}

const AFTER = compileLexicon(CASUALTY_TRIGGERS.filter((t) => t.count !== 'before'));
const BEFORE = compileLexicon(CASUALTY_TRIGGERS.filter((t) => t.count !== 'after'));
const VICTIMS = compileLexicon(VICTIM_NOUNS);
const NONE = compileLexicon(NO_CASUALTY_PATTERNS);

const FILL_BEFORE = new RegExp(`^(?:[\\s,]+|(?:${FILLER_BEFORE_TRIGGER})(?![\\p{L}]))*$`, 'iu');
const FILL_AFTER = new RegExp(`^(?:[\\s,:]+|(?:${FILLER_AFTER_TRIGGER})(?![\\p{L}]))*$`, 'iu');
/** Words that can join the members of a list of counts: "12 soldiers and 5 civilians", "3 men, 2 women". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|as well as\s+|plus\s+)?|and\s+|as well as\s+|plus\s+|along with\s+)$/i;
/** A part of a whole named before it: "killed 16 people, including 6 children". */
const PART_CUE = /(?:including|includes|included|among them|among whom|amongst them|of whom|of them|mostly|mainly|most of them|many of them|the majority of them|among (?:the|those) (?:dead|killed|victims|injured|wounded|casualties)(?: (?:were|was|are))?)[\s,:]*$/i;
/** A part of a whole named after it: "two women and two children were among eight people killed". */
const PART_BEFORE_WHOLE = /^[\s,]*(?:were|was|are|is)\s+(?:also\s+)?among\b/i;
/** "killed or wounded", "dead and injured": one count for two kinds cannot be split. */
const MIXED_KINDS = /^\s*(?:and|or|and\/or)\s+(?:injured|wounded|hurt|killed|dead)/i;
const MIXED_KINDS_BEFORE = /(?:killed|dead|injured|wounded)\s+(?:and|or)\s+$/i;
const UNKNOWN_NUMBER = /\b(?:an?\s+)?(?:unknown|undetermined|unspecified|unconfirmed)\s+number\s+of\b/giu;
/** Determiners that make a singular victim noun a count of one ("a civilian", "the driver"), or of two ("both"). */
const DETERMINER = /(?:^|[^\p{L}])(a|an|one|another|the|this|that|both)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const SINGULAR_AUX = /(?:^|[^\p{L}])(?:was|has been|had been|is)\s+(?:(?:reportedly|also|later|subsequently|allegedly)\s+)?$/iu;
const PRONOUN_ONE = wordRegex('him|her|himself|herself');
const NEGATED_SUBJECT = /(?:no one|no-one|nobody|none|no)\s+(?:[\p{L}]+\s+){0,2}$/iu;
/** Words that cannot stand inside a noun phrase between a count and its noun. */
const NP_BREAK = wordRegex('were|was|is|are|have|has|had|in|on|at|by|and|or|from|to|of|with|after|when|while|who|which|that|killed|wounded|injured|dead|died|said|including|among');

/** Nouns that look plural but name one person, or singular-looking plurals. */
const PLURAL_NOUNS = new Set(['people', 'police', 'men', 'women', 'children', 'personnel', 'staff', 'militiamen', 'policemen', 'servicemen', 'gunmen', 'cameramen', 'troops', 'kids', 'fishermen', 'guardsmen', 'mujahideen', 'taliban', 'houthis', 'others', 'lives', 'souls', 'forces', 'army', 'security forces']);
const isSingular = (noun: string): boolean => {
  const n = noun.toLowerCase();
  return !PLURAL_NOUNS.has(n) && !n.endsWith('s');
};

export function findClaims(a: Annotated): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const s of a.sentences) claims.push(...claimsInSentence(a, s));
  return claims;
}

function claimsInSentence(a: Annotated, s: Sentence): RawClaim[] {
  const { text } = a;
  const after = AFTER.matchAll(text, s.start, s.end);
  const before = BEFORE.matchAll(text, s.start, s.end);
  const out: RawClaim[] = [];
  for (const none of NONE.matchAll(text, s.start, s.end)) {
    for (const kind of none.entry.kinds) {
      out.push({ kind, min: 0, max: 0, qualifier: 'exact', conventional: 0, victims: null, victimGroup: null, quote: { start: none.start, end: none.end }, count: { start: none.start, end: none.end }, sentence: s.index, additive: false, parent: null });
    }
  }
  if (after.length === 0 && before.length === 0) return out;

  const counts = findCounts(a, s, after);
  const lists = groupLists(text, counts);
  const used = new Set<LexiconMatch<unknown>>();

  for (const list of lists) {
    const first = list[0];
    const last = list[list.length - 1];
    const trigger = triggerFor(text, first, last, after, before);
    if (!trigger && !first.subgroup && !(PART_BEFORE_WHOLE.test(text.slice(last.npEnd, last.npEnd + 30)))) continue;
    if (trigger) used.add(trigger.match);
    const partsOfNext = PART_BEFORE_WHOLE.test(text.slice(last.npEnd, last.npEnd + 30));
    list.forEach((c, i) => {
      if (c.unknown) return;
      const kind = trigger?.kind ?? kindFromCue(text, c) ?? null;
      const quote = trigger
        ? { start: Math.min(first.span.start, trigger.match.start), end: Math.max(last.npEnd, trigger.match.end) }
        : { start: c.span.start, end: c.npEnd };
      const claim: RawClaim = {
        kind: kind ?? 'killed',
        min: c.min,
        max: c.max,
        qualifier: c.qualifier,
        conventional: c.conventional,
        victims: c.victim && c.victim.class !== 'total' ? c.victimText!.toLowerCase() : null,
        victimGroup: c.victim?.group ?? null,
        quote: list.length > 1 && trigger ? quote : trigger ? quote : { start: c.span.start, end: c.npEnd },
        count: c.span,
        sentence: s.index,
        additive: c.additive || (i > 0 && !c.subgroup) || isOthers(c),
        parent: null,
      };
      // A part without a trigger of its own takes the kind of its whole (resolved below).
      (claim as RawClaim & { pendingKind?: boolean }).pendingKind = kind === null;
      (claim as RawClaim & { partOfNext?: boolean }).partOfNext = partsOfNext;
      (claim as RawClaim & { subgroup?: boolean }).subgroup = c.subgroup || partsOfNext;
      out.push(claim);
    });
  }

  // One victim named without a count but with a singular verb: "Sabour, a contractor, was killed".
  for (const t of before) {
    if (used.has(t) || out.some((c) => c.quote.start <= t.start && t.end <= c.quote.end)) continue;
    const head = text.slice(Math.max(s.start, t.start - 40), t.start);
    if (!SINGULAR_AUX.test(head) || MIXED_KINDS.test(text.slice(t.end, t.end + 20))) continue;
    const clauseStart = Math.max(s.start, text.lastIndexOf(',', t.start - 1) + 1, text.lastIndexOf(';', t.start - 1) + 1);
    if (NEGATED_SUBJECT.test(text.slice(clauseStart, t.start).replace(SINGULAR_AUX, ''))) continue;
    const kind = t.entry.kind;
    const start = Math.max(s.start, t.start - head.length + head.search(/\S/));
    out.push({ kind, min: 1, max: 1, qualifier: 'exact', conventional: 1, victims: null, victimGroup: null, quote: { start: trimStart(text, start), end: t.end }, count: { start: t.start, end: t.end }, sentence: s.index, additive: false, parent: null });
  }
  // "killing him", "shot and killed Naimatullah": an active trigger whose object is one person.
  for (const t of after) {
    if (used.has(t) || t.entry.kind !== 'killed' || !/^(?:kill|shot dead|gunned down|assassinat|execut|behead|murder)/i.test(t.text)) continue;
    const next = text.slice(t.end, Math.min(s.end, t.end + 40));
    const pronoun = /^\s+(him|her)\b/i.exec(next);
    const name = /^\s+(?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z][\p{L}'’-]+|al-|bin|ibn|abu)){0,3}/u.exec(next);
    const hit = pronoun ?? (name && !VICTIMS.test(name[0]) ? name : null);
    if (!hit || (pronoun && !PRONOUN_ONE.test(pronoun[1]))) continue;
    if (out.some((c) => c.count.start >= t.end && c.count.start <= t.end + hit[0].length)) continue;
    out.push({ kind: 'killed', min: 1, max: 1, qualifier: 'exact', conventional: 1, victims: null, victimGroup: null, quote: { start: t.start, end: t.end + hit[0].length }, count: { start: t.end, end: t.end + hit[0].length }, sentence: s.index, additive: false, parent: null });
  }

  linkParts(out);
  return out.sort((x, y) => x.count.start - y.count.start);
}

const trimStart = (text: string, i: number): number => {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
};

function isOthers(c: Count): boolean {
  return c.victimText !== null && /^others$|^more$/i.test(c.victimText);
}

function kindFromCue(text: string, c: Count): CasualtyKind | null {
  const head = text.slice(Math.max(0, c.span.start - 40), c.span.start);
  if (/(?:dead|killed|deaths|fatalities)\b[^.]*$/i.test(head) && PART_CUE.test(head)) return 'killed';
  if (/(?:injured|wounded|casualties)\b[^.]*$/i.test(head) && PART_CUE.test(head)) return 'injured';
  return null;
}

/** Parts ("including 6 children") point at the nearest whole of the same kind before them, or after them. */
function linkParts(claims: RawClaim[]): void {
  type Flagged = RawClaim & { pendingKind?: boolean; subgroup?: boolean; partOfNext?: boolean };
  const all = claims as Flagged[];
  for (const c of all) {
    if (!c.subgroup) continue;
    const wholes = all.filter((w) => !w.subgroup && w !== c);
    const prior = c.partOfNext ? undefined : [...wholes].reverse().find((w) => w.count.start < c.count.start && (c.pendingKind || w.kind === c.kind));
    const next = wholes.find((w) => w.count.start > c.count.start && (c.pendingKind || w.kind === c.kind));
    const whole = prior ?? next ?? null;
    if (whole) {
      c.parent = whole;
      if (c.pendingKind) c.kind = whole.kind;
      c.additive = false;
    }
  }
  // A count with neither trigger nor whole is not a casualty claim.
  for (let i = all.length - 1; i >= 0; i--) {
    const c = all[i];
    if (c.pendingKind && !c.parent) all.splice(i, 1);
    delete c.pendingKind;
    delete c.subgroup;
    delete c.partOfNext;
  }
}

function findCounts(a: Annotated, s: Sentence, after: LexiconMatch<unknown>[]): Count[] {
  const { text } = a;
  const counts: Count[] = [];
  const victims = VICTIMS.matchAll(text, s.start, s.end);
  for (const n of a.numbers) {
    if (n.span.start < s.start || n.span.end > s.end || (n as NumberMention & { unit?: string | null }).unit) continue;
    counts.push(withNounPhrase(text, fromNumber(n), victims));
  }
  // "a civilian", "the driver", "both attackers": a determiner before a victim noun is a count.
  for (const v of victims) {
    if (counts.some((c) => c.span.start <= v.start && v.start < c.npEnd)) continue;
    const head = text.slice(Math.max(s.start, v.start - 40), v.start);
    const det = DETERMINER.exec(head);
    if (!det) continue;
    const word = det[1].toLowerCase();
    const two = word === 'both';
    if (!two && !isSingular(v.text)) continue;
    if (two && isSingular(v.text)) continue;
    const start = v.start - head.length + det.index + det[0].indexOf(det[1]);
    counts.push({ span: { start, end: start + det[1].length }, min: two ? 2 : 1, max: two ? 2 : 1, qualifier: 'exact', conventional: two ? 2 : 1, additive: word === 'another', unknown: false, victim: v.entry, victimText: v.text, npEnd: v.end, subgroup: false });
  }
  UNKNOWN_NUMBER.lastIndex = s.start;
  const sentenceText = text.slice(0, s.end);
  let m: RegExpExecArray | null;
  while ((m = UNKNOWN_NUMBER.exec(sentenceText)) !== null) {
    const c: Count = { span: { start: m.index, end: m.index + m[0].length }, min: 0, max: null, qualifier: 'vague', conventional: 0, additive: false, unknown: true, victim: null, victimText: null, npEnd: m.index + m[0].length, subgroup: false };
    counts.push(withNounPhrase(text, c, victims));
  }
  counts.sort((x, y) => x.span.start - y.span.start);
  for (const c of counts) c.subgroup = PART_CUE.test(text.slice(Math.max(s.start, c.span.start - 45), c.span.start));
  void after;
  return counts;
}

function fromNumber(n: NumberMention): Count {
  const conventional = (n as NumberMention & { conventional?: number | null }).conventional ?? null;
  return { span: n.span, min: n.min, max: n.max, qualifier: n.qualifier, conventional: n.vague ? conventional : n.min, additive: n.additive, unknown: false, victim: null, victimText: null, npEnd: n.span.end, subgroup: false };
}

/** Extends a count over its noun phrase: "16 (Syrian) soldiers", "four police officers", "5 of them". */
function withNounPhrase(text: string, c: Count, victims: LexiconMatch<VictimNoun>[]): Count {
  const v = victims.find((m) => m.start >= c.span.end && m.start - c.span.end <= 40);
  if (v) {
    const between = text.slice(c.span.end, v.start);
    const words = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
    if (/^\s+$|^\s+\S/.test(between) && words <= 3 && !/[.,;:()"“”]/.test(between) && !NP_BREAK.test(between)) {
      return { ...c, victim: v.entry, victimText: v.text, npEnd: v.end };
    }
  }
  const ofThem = /^\s+of\s+(?:them|those|whom)\b/i.exec(text.slice(c.span.end, c.span.end + 20));
  if (ofThem) return { ...c, npEnd: c.span.end + ofThem[0].length };
  return c;
}

/** Counts joined by "and" / commas form one list sharing one trigger. */
function groupLists(text: string, counts: Count[]): Count[][] {
  const lists: Count[][] = [];
  for (const c of counts) {
    const prev = lists[lists.length - 1];
    const last = prev?.[prev.length - 1];
    if (last && c.span.start >= last.npEnd && LIST_JOIN.test(text.slice(last.npEnd, c.span.start)) && c.subgroup === last.subgroup) prev.push(c);
    else lists.push([c]);
  }
  return lists;
}

interface TriggerHit {
  kind: CasualtyKind;
  match: LexiconMatch<{ kind: CasualtyKind }>;
  distance: number;
}

/** The trigger a list of counts belongs to: the nearest one joined to it by filler words only. */
function triggerFor(
  text: string,
  first: Count,
  last: Count,
  after: LexiconMatch<{ kind: CasualtyKind }>[],
  before: LexiconMatch<{ kind: CasualtyKind }>[],
): TriggerHit | null {
  let best: TriggerHit | null = null;
  for (const t of before) {
    if (t.start < last.npEnd) continue;
    const gap = text.slice(last.npEnd, t.start);
    if (gap.length > 60) break;
    const cleaned = gap.replace(/,\s*(?:including|among them|of whom|mostly|mainly)[^,]*,/gi, ' ').replace(/\([^)]*\)/g, ' ');
    if (FILL_BEFORE.test(cleaned) && !MIXED_KINDS.test(text.slice(t.end, t.end + 20))) {
      best = { kind: t.entry.kind, match: t, distance: gap.length };
    }
    break;
  }
  for (let i = after.length - 1; i >= 0; i--) {
    const t = after[i];
    if (t.end > first.span.start) continue;
    const gap = text.slice(t.end, first.span.start);
    if (gap.length > 45) break;
    if (FILL_AFTER.test(gap) && !MIXED_KINDS_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !MIXED_KINDS.test(text.slice(t.end, t.end + 20))) {
      if (!best || gap.length < best.distance) best = { kind: t.entry.kind, match: t, distance: gap.length };
    }
    break;
  }
  return best;
}
