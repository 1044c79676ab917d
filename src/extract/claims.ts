// Where a casualty claim is born: a count ("at least 16", "a civilian", "dozens") tied to a casualty trigger
// ("were killed", "wounding", "the death toll rose to") within one sentence. Counts come from the annotate
// stage; this module only decides which counts are tolls, of what kind, of whom, and how they relate (lists add
// up, "including 6 children" is a part). Sources are attached later (sources.ts).
//
// Shaped like chrono: a few small readers each propose claims for one sentence (counted, none, singular
// victim, named victim), then one refiner links parts to their wholes and drops what is left unresolved.
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
import { MERGE_RULES } from '../data/merge-rules.js';
import { CARDINALS } from '../data/number-words.js';
import { compileLexicon, wordRegex, type LexiconMatch } from './lexicon.js';

export type VagueCodes = NonNullable<NumberMention['vagueCodes']>;

/** A claim before attribution and incident assignment. */
export interface RawClaim {
  kind: CasualtyKind;
  min: number;
  max: number | null;
  qualifier: Qualifier;
  /** For a vague word: the figures ACLED's and Airwars' conventions code it as. */
  vagueCodes: VagueCodes | null;
  victims: string | null;
  victimGroup: string | null;
  quote: Span;
  /** The count itself, for ordering. */
  count: Span;
  sentence: number;
  additive: boolean;
  /** The whole this claim is a part of ("16 people, including 6 children" → the 16). */
  parent: RawClaim | null;
  /** Names one victim ("Sabour was killed") rather than giving a toll. */
  partial: boolean;
  /** A data coder's decision written into the text ("Fatalities coded as 3"), not a report. */
  coded?: boolean;
  /** Updates an earlier toll: "the death toll has risen to 20", "three more died in hospital". */
  update?: boolean;
  /** The figure is a total over this many attacks ("across the four attacks"); see Claim.sharedBy. */
  sharedBy?: number;
}

/**
 * A proposed claim: `part` says it is a part of a whole named before or after it; `kindKnown` is false for a
 * part with no trigger of its own; `others` marks "25 others", which adds only to an earlier count of its kind.
 */
interface Proposal extends RawClaim {
  part: 'of-previous' | 'of-next' | null;
  kindKnown: boolean;
  others?: boolean;
  /** "In addition to the bomber": the claim after it adds to it. */
  besides?: boolean;
  /** The text of the claim's sentence, for refiners that read the whole sentence. */
  sentenceText?: string;
}

interface Count {
  span: Span;
  min: number;
  max: number | null;
  qualifier: Qualifier;
  vagueCodes: VagueCodes | null;
  additive: boolean;
  /** A stand-in for "an unknown number of": joins lists but gives no claim. */
  unknown: boolean;
  victim: VictimNoun | null;
  victimText: string | null;
  /** End of the count's noun phrase ("16 people" ends after "people"). */
  npEnd: number;
  part: boolean;
}

type Trigger = LexiconMatch<{ kind: CasualtyKind }>;

interface SentenceContext {
  text: string;
  s: Sentence;
  numbers: NumberMention[];
  after: Trigger[];
  before: Trigger[];
  /** Spans another reader has claimed; counts inside them are not read again. */
  excluded?: Span[];
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
/** A part of a whole named after it: "a nurse and three children were among eleven people killed". */
const PART_BEFORE_WHOLE = /^[\s,]*(?:were|was|are|is)\s+(?:also\s+)?among\b/i;
/** ", including two gunmen, seven guards and a driver," — an aside listing parts, up to the verb. */
const PART_ASIDE = /,\s*(?:including|among them|of whom)\b[^.;]*?,(?=\s*(?:were|was|have|has|had|are|is)\b)/gi;
/** A parenthesis or an "including ..." aside between a count and its trigger. */
const ASIDE = /,\s*(?:including|among them|of whom|mostly|mainly)\b[^.;]*?,(?=\s*(?:were|was|have|has|had|are|is)\b)|,\s*(?:including|among them|of whom|mostly|mainly)[^,]*,|\([^)]*\)|,[^,.;\d]{2,70},(?=\s*(?:was|were)\b)|\s(?:including|among them|among whom|mostly|mainly)\s[^.;,]*?(?=\s(?:were|was|have|has|had|are|is)\b)/gi;
/**
 * A toll noun whose verb comes later: "the death toll from Wednesday's attack on a post in Boni has risen to", "the
 * number of people killed in Tuesday's bombing has risen to", "the number wounded rose to". The phrase between may hold anything but a full stop
 * or another figure. ("The number of casualties" or "of victims" is left out: it may count the wounded too.)
 */
const TOLL_RISEN = /\b(?:(?:(death|casualty|civilian|fatality|final|overall|total|injury)\s+)?toll|number\s+(?:of\s+(?:[\p{L}-]+\s+){0,2}?)?(killed|dead|deaths|fatalities|wounded|injured))\b[^.;!?\d]{0,120}?\b(?:rose|has risen|had risen|risen|rising|climbed|has climbed|reached|has reached|increased|has increased|jumped|stood|stands|now stands|is now|was now|went up|has gone up)\s+(?:to\s+|at\s+)?(?:a\s+total\s+of\s+)?$/iu;
/** After a verb: its object is a count ("killed at least 22 people", "wounding a child"). */
const ACTIVE_OBJECT = /^\s+(?:at least |more than |over |about |around |some |nearly |almost |up to |as many as |another |a further |a total of |an estimated )?(?:\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |dozens|scores|hundreds|several|many|both)/iu;
const VERB_AND = /\b(?:shot|stabbed|beat|attacked|ambushed|abducted|kidnapped|tortured|captured)\s+and\s*$/i;
const PASSIVE_AUX = /\b(?:were|was|been|being|are|is|got|get)\b/i;
const PASSIVE_BEFORE = /\b(?:were|was|been|being|are|is|got|get)\s+(?:(?:also|reportedly|allegedly|later|all|both|critically|seriously|fatally)\s+)?$/i;
/** "killed or wounded", "dead and injured": one count for two kinds cannot be split. */
const MIXED_KINDS = /^\s*(?:,\s*(?:injured|wounded|hurt|captured|arrested|detained|abducted)\s*)?,?\s*(?:and|or|and\/or)\s+(?:injured|wounded|hurt|killed|dead|captured|arrested|detained|abducted|missing)/i;
const MIXED_KINDS_BEFORE = /(?:killed|dead|injured|wounded)\s+(?:and|or)\s+$/i;
const UNKNOWN_NUMBER = /\b(?:an?\s+)?(?:unknown|undetermined|unspecified|unconfirmed)\s+number\s+of\b/giu;
/** Determiners that make a singular victim noun a count of one ("a civilian", "the driver"), or of two ("both"). */
const DETERMINER = /(?:^|[^\p{L}])(a|an|one|another|the|this|that|both)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const SINGULAR_AUX = /(?:^|[^\p{L}])(?:was|has been|had been|is)\s+(?:(?:reportedly|also|later|subsequently|allegedly|then|critically|seriously|fatally|publicly|brutally|eventually)\s+)?(?:(?:shot|stabbed|beaten|tortured|abducted|kidnapped|attacked|ambushed|captured|taken|dragged|hit|run over)\s+and\s+)?$/iu;
const NEGATED_SUBJECT = /(?:no one|no-one|nobody|none|no)\s+(?:[\p{L}]+\s+){0,2}$/iu;
const CODING_NOTE = /\b(?:(?:unknown|unclear|several|many|multiple|reported|the)\s+)?(?:number\s+of\s+)?fatalities\s+(?:are\s+|were\s+|have\s+been\s+)?(?:coded|recorded|split|spread|distributed|divided)\s+(?:as\s+|at\s+|across\s+\d+\s+\w+\s+\(|between\s+\d+\s+\w+\s+\()(\d+)\)?|\b(?:rounded|coded)\s+(?:down|up)?\s*(?:to|as)\s+(\d+)/i;
/** A sentence that is nothing but a coder's total: "2 fatalities." (ACLED notes may end this way). */
const TOTAL_NOTE = /^\s*(\d+) fatalit(?:y|ies)\.?\s*$/i;
/** Right after a coded figure: over how many events or places the coders spread it. */
const CODING_SPREAD = /^(?:\s*\([^)]{1,40}\))?,?\s+(?:and\s+)?(?:(?:evenly\s+|equally\s+)?(?:spread|split|distributed|divided))(?:\s+up)?\s+(?:between|across|among|over)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:locations|events|places|fronts|districts|villages)/i;
/**
 * A coder's note that the text's toll is shared by several coded events, with no figure of its own: "Fatalities
 * split between two events", "[1 fatality split among 12 events]", "Fatalities coded across 2 events".
 */
const SPLIT_NOTE = /\b(?:fatalit(?:y|ies)|deaths)\s+(?:are\s+|were\s+|have\s+been\s+)?(?:coded\s+)?(?:(?:(?:evenly|equally)\s+)?(?:split|spread|distributed|divided)(?:\s+up)?(?:\s+(?:evenly|equally))?\s+)?(?:between|across|among|over)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:coded\s+)?(?:events|locations|places|days)\b/i;
/** The subject of a plural passive: a name or "the <title>", then "and" and a companion (his son, one other person, three of his guards). */
/** The longest text NAMED_PAIR can span (a name of four words, an aside of 80 characters, a companion): it reads no further back. */
const NAMED_PAIR_REACH = 320;
const NAMED_PAIR = /(?:^|[.;:]\s+|,\s+|\b(?:but|while|and then)\s+)((?:[Tt]he\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})(?:,[^,]{3,80},)?\s+and\s+(?:his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?:(?!\b(?:were|was|and|killed|wounded|injured|died)\b)[^.;,]){0,40}?)\s+(?:were|was|had been|have been)\s+(?:(?:also|later|reportedly)\s+)?(?:(?:shot|stabbed|abducted)\s+and\s+)?$/u;
const TOLL_UPDATE = new RegExp(`\\b(?:${MERGE_RULES.tollUpdateWording.join('|')})`, 'i');
const CAPTIVES_KILLED = /\b(?:the|all(?: of)?(?: the)?|both)\s+(hostages|captives|abductees|kidnapped|victims|officers|soldiers|civilians|workers|men|policemen|police officers|passengers|judges|engineers|teachers)\s+(?:were|had been|have been)\s+(?:(?:later|subsequently|then|all)\s+)?(?:(?:shot|abducted|tortured)\s+and\s+)?(?:killed|executed|beheaded|shot dead|murdered|found dead)\b/i;
const TAKING = /\b(?:abducted|kidnapped|took hostage|taken hostage|seized|captured)\b/gi;
const BESIDES_ATTACKERS = /\b(?:in addition to|besides|apart from|other than|excluding|not including)\s+(?:the\s+deaths?\s+of\s+)?(?:the\s+)?(?:(\w+)\s+)?(?:suicide\s+)?(bombers?|assailants?|attackers?|perpetrators?|gunm[ae]n)\b/gi;
const DEATH_CONTEXT = /\b(?:killed|dead|died|deaths?|casualties|casualty|fatalities)\b/i;
/** "The assailant was the only casualty", "the bombers were the only reported casualties". */
const ONLY_CASUALTY = /\b(?:the\s+)?(?:suicide\s+)?(bombers?|assailants?|attackers?|perpetrators?|gunm[ae]n)\s+(?:was|were)\s+the\s+only\s+(?:reported\s+|confirmed\s+)?(?:casualty|casualties|fatality|fatalities|deaths?|ones?\s+killed|people\s+killed|person\s+killed)/i;
const ATTACKER_NOUN = /^\s+(?:suicide\s+)?(?:bombers|assailants|attackers|gunmen|militants)\b/i;
/** Active triggers whose object can be one named person ("shot and killed Naimatullah", "killing him"). */
const ONE_VICTIM_VERB = /^(?:kill|shot dead|gunned down|assassinat|execut|behead|murder)/i;
const PERSON_NAME = /^\s+(?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z][\p{L}'’-]+|al-|bin|ibn|abu)){0,3}/u;
const PRONOUN_ONE = /^\s+(?:him|her)\b/i;
/** "killed a prayer leader", "killed a council leader and a clerk": objects introduced by an article. */
const ARTICLE_OBJECTS = /^\s+(?:an?|one|his|her)\s+(?!(?:total|number|further|few|dozen|handful|couple|score|hundred|thousand|lot)\b)[^,.;:]*?(?=\s+(?:in|on|at|near|while|after|during|as|inside|outside|from|who|which|when|before|and (?:wounded|injured)|but)\b|[,.;:]|$)/i;
/** Capitalised words after "killed" that are not its victim: days, months, places' and groups' usual words. */
const NOT_A_PERSON = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Last|Earlier|On|In|At|During|Since|After|Before|When|While|The|A|An|This|That|These|Those|Some|All|Many|Several|Most|More|At least|About|Around|Nearly|Both|Each|Every|Other|Others|Another|Syrian|Iraqi|Afghan|US|U\.S\.)\b/;
/** Words that cannot stand inside a noun phrase between a count and its noun (case-sensitive: "2 IS militants"). */
const NP_BREAK = wordRegex('were|was|is|are|have|has|had|in|on|at|by|and|or|from|to|of|with|after|when|while|who|which|that|killed|wounded|injured|dead|died|said|including|among', 'u');
const OF_PHRASE = /^\s+(?:of|from|belonging to|working for|affiliated with|with)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?=\s+(?:were|was|had|have|has|are)\b|\s*,[^,.;]{2,60},\s*(?:were|was)\b)/u;
const MIXED_GROUP: VictimNoun = { pattern: '', group: 'people', class: 'total' };
/** One or two words, then a passive casualty verb: "Two Americans were killed". */
const UNKNOWN_NOUN = /^\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)(?=\s+(?:were|have been|had been|are)\s+(?:\w+\s+)?(?:killed|wounded|injured|dead|hurt|executed|murdered|slain))/iu;
/** "(ANA)" inside a noun phrase: "one Afghan National Army (ANA) soldier". */
const ACRONYM = /\s\([\p{Lu}\d&.-]{2,10}\)(?=\s)/gu;
/** "Nepalese and Indian security guards": "and" between modifiers of one noun. */
const MODIFIER_AND = /(?<=\p{L})\s+and\s+(?=\p{Lu})/gu;
/** "soldiers and civilians": a second victim noun joined to the first makes the group mixed. */
const SECOND_NOUN = /^\s+(?:and|or)\s+(?:(?!(?:a|an|one|the|another|two|three|four|five|six|seven|eight|nine|ten)\s)[\p{L}-]+\s+)?/iu;

/** Nouns that do not end in -s but are plural, and words that name a group, not one person. */
const PLURAL_NOUNS = new Set(['people', 'police', 'men', 'women', 'children', 'personnel', 'staff', 'militiamen', 'policemen', 'servicemen', 'gunmen', 'cameramen', 'troops', 'fishermen', 'guardsmen', 'mujahideen', 'taliban', 'others', 'forces', 'army', 'security forces']);
const isSingular = (noun: string): boolean => {
  const n = noun.toLowerCase();
  return !PLURAL_NOUNS.has(n) && !n.endsWith('s');
};

export function findClaims(a: Annotated): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const s of a.sentences) {
    const found = claimsInSentence(a, s);
    claims.push(...(found.length > 0 ? found : captiveDeathClaims(a, s)));
  }
  markShared(a, claims);
  return claims;
}

/**
 * A toll given "across the three raids" or "across both attacks" counts more than this report's attack. The
 * number of attacks comes from the phrase itself or from the report calling itself "one of four related
 * attacks"; without one, nothing is marked.
 */
function markShared(a: Annotated, claims: RawClaim[]): void {
  if (claims.length === 0) return;
  // A coder's note that the toll is split between several coded events shares every death the text reports,
  // unless the note gives its own figure (then that coded claim carries its share).
  const note = SPLIT_NOTE.exec(a.text);
  const noteParts = note ? countWord(note[1]) : null;
  if (note && noteParts !== null && noteParts > 1) {
    const noteSentence = a.sentences.find((s) => s.start <= note.index && note.index < s.end)?.index;
    if (!claims.some((c) => c.coded && c.sentence === noteSentence)) {
      for (const c of claims) if (c.kind === 'killed' && !c.coded) c.sharedBy = noteParts;
      return;
    }
  }
  if (!ACROSS.test(a.text)) return;
  const whole = ONE_OF.exec(a.text);
  const ofWhole = whole ? countWord(whole[1]) : null;
  for (const s of a.sentences) {
    const m = ACROSS.exec(a.text.slice(s.start, s.end));
    if (!m) continue;
    const n = m[1] ? 2 : m[2] ? countWord(m[2]) : ofWhole;
    if (n === null || n < 2) continue;
    for (const c of claims) if (c.sentence === s.index && !c.coded) c.sharedBy = n;
  }
}

/** "across both attacks", "across the three raids", "across all four events", "across the ensuing clashes". */
const ACROSS = /\bacross (?:(both|this (?:assault|attack) and (?:a|another|the) (?:later |second |related )?(?:attack|assault))|(?:the |all |these |those )?(two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*(?:(?:related|coordinated|separate|ensuing) )?(?:attacks|assaults|raids|events|incidents|clashes|ambushes|blasts|explosions|bombings|operations))\b/i;
/** A report that says it is one of several: "This was one of three related attacks". */
const ONE_OF = /\bone of (?:at least )?(two|three|four|five|six|seven|eight|nine|ten|\d+) (?:\w+ ){0,2}(?:attacks|assaults|raids|events|incidents|bombings|explosions|ambushes)\b/i;

function countWord(word: string): number | null {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n === undefined || !Number.isFinite(n) ? null : n;
}

/**
 * "Assailants abducted four civilians ... The hostages were killed on August 17": a definite plural that points
 * back at people counted when they were taken. The count is the one written after the taking verb.
 */
function captiveDeathClaims(a: Annotated, s: Sentence): RawClaim[] {
  const { text } = a;
  const m = CAPTIVES_KILLED.exec(text.slice(s.start, s.end));
  if (!m) return [];
  const start = s.start + m.index;
  const end = start + m[0].length;
  const earlier = text.slice(Math.max(0, start - 600), start);
  const taking = [...earlier.matchAll(TAKING)].pop();
  if (!taking) return [];
  const from = start - earlier.length + taking.index! + taking[0].length;
  const object = text.slice(from, Math.min(start, from + 70)).split(/[.;]|\s(?:in|from|at|on|near|during|after)\s/)[0];
  const counted = a.numbers.filter((n) => n.span.start >= from && n.span.end <= from + object.length && !n.unit);
  const n = counted.reduce((sum, x) => sum + x.min, 0) + (object.match(/(?:^|\band\s+)(?:an?|one)\s/gi)?.length ?? 0);
  if (n === 0) return [];
  return [propose({ kind: 'killed', min: n, max: n, victims: m[1].toLowerCase(), quote: { start, end }, count: { start, end }, sentence: s.index })];
}

function claimsInSentence(a: Annotated, s: Sentence): RawClaim[] {
  const ctx: SentenceContext = {
    text: a.text,
    s,
    numbers: a.numbers,
    after: AFTER.matchAll(a.text, s.start, s.end),
    before: BEFORE.matchAll(a.text, s.start, s.end),
  };
  const proposals = [...noCasualtyClaims(ctx), ...codingNoteClaims(ctx)];
  const attackers = attackerDeathClaims(ctx);
  const pairs = namedPairClaims(ctx);
  // "In addition to the gunman, three porters were hurt": the attackers are no member of the list after them;
  // "Orya and one other person were killed": the pair is counted whole, not its second half alone.
  ctx.excluded = [...attackers, ...pairs].map((x) => x.quote);
  proposals.push(...pairs);
  if (ctx.after.length > 0 || ctx.before.length > 0) {
    const used = new Set<Trigger>();
    proposals.push(...countedClaims(ctx, used));
    proposals.push(...singularVictimClaims(ctx, used, proposals));
    proposals.push(...namedVictimClaims(ctx, used, proposals));
  }
  const sentenceText = a.text.slice(s.start, s.end);
  for (const p of [...proposals, ...attackers]) p.sentenceText = sentenceText;
  return linkParts([...proposals, ...attackers]).sort((x, y) => x.count.start - y.count.start);
}

/**
 * A named person and company: "Rashid and his son were killed", "Orya and one other person was killed",
 * "Farouk and three of his guards were killed", "the commander and his cousin were killed". One for the
 * named person, and the companions' count (one unless a number says otherwise).
 */
function namedPairClaims({ text, s, numbers, before }: SentenceContext): Proposal[] {
  const out: Proposal[] = [];
  for (const t of before) {
    const reach = Math.max(s.start, t.start - NAMED_PAIR_REACH);
    const clauseStart = Math.max(reach, text.slice(reach, t.start).lastIndexOf(';') + 1 + reach);
    const clause = text.slice(clauseStart, t.start);
    const m = NAMED_PAIR.exec(clause);
    if (!m) continue;
    // A window cut inside a long clause has no real start: the pair must open at a boundary the pattern names.
    if (m.index === 0 && clauseStart === reach && reach > s.start && !/^[.;:,]|^\s*(?:but|while|and then)\b/.test(m[0])) continue;
    const start = clauseStart + m.index + m[0].length - m[0].trimStart().length;
    const companions = numbers.find((n) => n.span.start >= clauseStart + m.index && n.span.end <= t.start && !n.unit);
    const n = 1 + (companions?.min ?? 1);
    out.push(propose({ kind: t.entry.kind, min: n, max: n, quote: { start, end: t.end }, count: { start, end: t.end }, sentence: s.index }));
  }
  return out;
}

/**
 * "In addition to the bomber, 9 cadets were killed", "no casualties other than the assailant": the
 * attackers died as well, and GTD, UCDP and ACLED count them among the dead (CONTRACT.md).
 */
function attackerDeathClaims({ text, s, numbers }: SentenceContext): Proposal[] {
  const out: Proposal[] = [];
  const sentence = text.slice(s.start, s.end);
  if (!DEATH_CONTEXT.test(sentence)) return out;
  const only = ONLY_CASUALTY.exec(sentence);
  if (only) {
    const start = s.start + only.index;
    const plural = /s$|men$/i.test(only[1]);
    const n = plural ? countedEarlier(text, s.start, numbers) : 1;
    if (n !== null) out.push(propose({ kind: 'killed', min: n, max: n, victims: only[1].toLowerCase(), victimGroup: 'attackers', quote: { start, end: start + only[0].length }, count: { start, end: start + only[0].length }, sentence: s.index }));
  }
  BESIDES_ATTACKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BESIDES_ATTACKERS.exec(sentence)) !== null) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const written = numbers.find((n) => n.span.start >= start && n.span.end <= end && !n.unit);
    const plural = /s$|men$/i.test(m[2]);
    const n = written?.min ?? (plural ? countedEarlier(text, s.start, numbers) : 1);
    if (n === null) continue;
    out.push(propose({ kind: 'killed', min: n, max: n, victims: m[2].toLowerCase(), victimGroup: 'attackers', quote: { start, end }, count: { start, end }, sentence: s.index, besides: true }));
  }
  return out;
}

/** "Three suicide bombers attacked ... In addition to the assailants, ...": how many attackers the text counted. */
function countedEarlier(text: string, before: number, numbers: NumberMention[]): number | null {
  for (let i = numbers.length - 1; i >= 0; i--) {
    const n = numbers[i];
    if (n.span.end > before || n.unit || n.max === null) continue;
    if (ATTACKER_NOUN.test(text.slice(n.span.end, n.span.end + 30))) return n.min;
  }
  return null;
}

function propose(fields: Partial<Proposal> & Pick<Proposal, 'kind' | 'min' | 'max' | 'quote' | 'count' | 'sentence'>): Proposal {
  return { qualifier: 'exact', vagueCodes: null, victims: null, victimGroup: null, additive: false, parent: null, partial: false, part: null, kindKnown: true, ...fields };
}

/**
 * A data coder's note inside the text: "Fatalities coded as 0 (VoJ reported 1)", "Unknown fatalities coded as
 * 10", "Fatalities are split across 2 events (4)", "rounded down to 3". Event datasets such as ACLED end their
 * notes this way; the figure is the coder's own decision about this event, so it is a claim of its own.
 */
function codingNoteClaims({ text, s }: SentenceContext): Proposal[] {
  const sentence = text.slice(s.start, s.end);
  const m = CODING_NOTE.exec(sentence) ?? TOTAL_NOTE.exec(sentence);
  if (!m) return [];
  const start = s.start + m.index;
  let end = start + m[0].length;
  // The figure is the one the pattern captured ("split across 4 events (2)" is 2, not 4).
  const total = Number(m[1] ?? m[2]);
  if (!Number.isFinite(total)) return [];
  // "coded as 10 and spread between 3 locations": ACLED splits a toll evenly over the events it codes, the
  // remainder going to the first, so the first event (the one told first) gets the rounded-up share.
  const spread = CODING_SPREAD.exec(sentence.slice(end - s.start));
  let figure = total;
  const parts = spread && spread.index === 0 ? countWord(spread[1]) : null;
  if (spread && parts !== null && parts > 1) {
    figure = Math.ceil(total / parts);
    end += spread[0].length;
  }
  return [propose({ kind: 'killed', min: figure, max: figure, quote: { start, end }, count: { start, end }, sentence: s.index, coded: true })];
}

/** "There were no casualties", "nobody was hurt": zero for the kinds the phrase covers. */
function noCasualtyClaims({ text, s }: SentenceContext): Proposal[] {
  return NONE.matchAll(text, s.start, s.end).flatMap((m) =>
    m.entry.kinds.map((kind) => propose({ kind, min: 0, max: 0, quote: { start: m.start, end: m.end }, count: { start: m.start, end: m.end }, sentence: s.index })),
  );
}

/** Counts tied to a trigger: "16 people were killed", "killing 12 soldiers and 5 civilians", "including 6 children". */
function countedClaims(ctx: SentenceContext, used: Set<Trigger>): Proposal[] {
  const { text, s } = ctx;
  const out: Proposal[] = [];
  for (const list of groupLists(text, findCounts(ctx))) {
    const first = list[0];
    const last = list[list.length - 1];
    const trigger = triggerFor(ctx, first, last);
    const partOfNext = PART_BEFORE_WHOLE.test(text.slice(last.npEnd, last.npEnd + 30));
    if (!trigger && !first.part && !partOfNext) continue;
    if (trigger) used.add(trigger);
    list.forEach((c, i) => {
      if (c.unknown) return;
      const kind = trigger?.entry.kind ?? kindFromCue(text, c);
      const quote = trigger ? { start: Math.min(first.span.start, trigger.start), end: Math.max(last.npEnd, trigger.end) } : { start: c.span.start, end: c.npEnd };
      out.push(propose({
        kind: kind ?? 'killed',
        kindKnown: kind !== null,
        min: c.min,
        max: c.max,
        qualifier: c.qualifier,
        vagueCodes: c.vagueCodes,
        victims: c.victimText && !c.victim?.generic ? c.victimText.toLowerCase() : null,
        victimGroup: c.victim?.group ?? null,
        quote,
        count: c.span,
        sentence: s.index,
        additive: c.additive || (i > 0 && !c.part),
        others: /^(?:others|more)$/i.test(c.victimText ?? ''),
        part: c.part ? 'of-previous' : partOfNext ? 'of-next' : null,
      }));
    });
  }
  return out;
}

/** One victim named without a count but with a singular verb: "Sabour, a contractor, was killed". */
function singularVictimClaims({ text, s, before }: SentenceContext, used: Set<Trigger>, found: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const t of before) {
    if (used.has(t) || found.some((c) => c.quote.start <= t.start && t.end <= c.quote.end)) continue;
    const head = text.slice(Math.max(s.start, t.start - 40), t.start);
    if (!SINGULAR_AUX.test(head) || MIXED_KINDS.test(text.slice(t.end, t.end + 40))) continue;
    const clauseStart = Math.max(s.start, text.lastIndexOf(',', t.start - 1) + 1, text.lastIndexOf(';', t.start - 1) + 1);
    if (NEGATED_SUBJECT.test(text.slice(clauseStart, t.start).replace(SINGULAR_AUX, ''))) continue;
    const start = skipSpaces(text, Math.max(s.start, clauseStart));
    out.push(propose({ kind: t.entry.kind, min: 1, max: 1, quote: { start, end: t.end }, count: { start: t.start, end: t.end }, sentence: s.index, partial: true }));
  }
  return out;
}

/** "killing him", "shot and killed Naimatullah": an active trigger whose object is one person. */
function namedVictimClaims({ text, s, after }: SentenceContext, used: Set<Trigger>, found: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const t of after) {
    if (used.has(t) || t.entry.kind !== 'killed' || !ONE_VICTIM_VERB.test(t.text)) continue;
    const next = text.slice(t.end, Math.min(s.end, t.end + 90));
    const name = PERSON_NAME.exec(next);
    const isName = name && !VICTIMS.test(name[0]) && !NOT_A_PERSON.test(name[0]);
    const objects = ARTICLE_OBJECTS.exec(next);
    const hit = PRONOUN_ONE.exec(next) ?? (isName ? name : null) ?? objects;
    if (!hit) continue;
    const end = t.end + hit[0].length;
    if (found.some((c) => c.count.start >= t.end && c.count.start <= end)) continue;
    // "a village elder and a water engineer": one victim per article.
    const n = hit === objects ? 1 + (hit[0].match(/\band\s+(?:an?|one)\s/gi)?.length ?? 0) : 1;
    out.push(propose({ kind: 'killed', min: n, max: n, quote: { start: t.start, end }, count: { start: t.end, end }, sentence: s.index, partial: true }));
  }
  return out;
}

const skipSpaces = (text: string, i: number): number => {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
};

function kindFromCue(text: string, c: Count): CasualtyKind | null {
  const head = text.slice(Math.max(0, c.span.start - 40), c.span.start);
  if (!PART_CUE.test(head)) return null;
  if (/(?:dead|killed|deaths|fatalities)\b[^.]*$/i.test(head)) return 'killed';
  if (/(?:injured|wounded|casualties)\b[^.]*$/i.test(head)) return 'injured';
  return null;
}

/** Parts point at the nearest whole before them (or after, for "were among"); parts with no whole and no kind are dropped. */
function linkParts(proposals: Proposal[]): RawClaim[] {
  for (const c of proposals) {
    if (!c.part) continue;
    const fits = (w: Proposal) => !w.part && (!c.kindKnown || w.kind === c.kind);
    const prior = c.part === 'of-previous' ? proposals.filter((w) => fits(w) && w.count.start < c.count.start).pop() : undefined;
    const whole = prior ?? proposals.find((w) => fits(w) && w.count.start > c.count.start) ?? null;
    if (!whole) continue;
    c.parent = whole;
    c.kind = c.kindKnown ? c.kind : whole.kind;
    c.kindKnown = true;
    c.additive = false;
  }
  // "In addition to the bomber, five guests were killed": the count after the attackers adds to them.
  for (const x of proposals) {
    if (!x.besides) continue;
    const next = proposals.filter((c) => c !== x && c.kind === 'killed' && !c.part && c.count.start > x.count.start).sort((p, q) => p.count.start - q.count.start)[0];
    if (next) next.additive = true;
  }
  // "killing 5 and injuring 25 others": "others" is relative to the dead, and adds to no injured count.
  for (const c of proposals) {
    if (c.others && !c.additive) c.additive = proposals.some((w) => w !== c && w.kind === c.kind && !w.part && w.count.start < c.count.start);
  }
  // "The toll has risen to 20": the figure supersedes earlier ones (same wording the ledger's merge reads).
  for (const c of proposals) if (c.kind === 'killed' && !c.part && TOLL_UPDATE.test(c.sentenceText ?? '')) c.update = true;
  // Parents are referenced by identity, so the proposals themselves become the claims.
  const kept = proposals.filter((c) => c.kindKnown);
  for (const c of kept as Partial<Proposal>[]) {
    delete c.part;
    delete c.kindKnown;
    delete c.others;
    delete c.besides;
    delete c.sentenceText;
  }
  return kept;
}

function findCounts({ text, s, numbers, excluded = [] }: SentenceContext): Count[] {
  const counts: Count[] = [];
  const inExcluded = (at: number) => excluded.some((x) => x.start <= at && at < x.end);
  const victims = VICTIMS.matchAll(text, s.start, s.end).filter((v) => !inExcluded(v.start));
  for (const n of numbers) {
    if (n.span.start < s.start || n.span.end > s.end || n.unit || inExcluded(n.span.start)) continue;
    counts.push(withNounPhrase(text, fromNumber(n), victims, numbers));
  }
  // "a civilian", "the driver", "both attackers": a determiner before a victim noun is a count.
  for (const v of victims) {
    if (counts.some((c) => c.span.start <= v.start && v.start < c.npEnd)) continue;
    const head = text.slice(Math.max(s.start, v.start - 40), v.start);
    const det = DETERMINER.exec(head);
    if (!det) continue;
    const word = det[1].toLowerCase();
    const n = word === 'both' ? 2 : 1;
    if ((n === 2) === isSingular(v.text)) continue;
    const start = v.start - head.length + det.index + det[0].indexOf(det[1]);
    counts.push({ span: { start, end: start + det[1].length }, min: n, max: n, qualifier: 'exact', vagueCodes: null, additive: word === 'another', unknown: false, victim: v.entry, victimText: v.text, npEnd: v.end, part: false });
  }
  const sentence = text.slice(0, s.end);
  UNKNOWN_NUMBER.lastIndex = s.start;
  let m: RegExpExecArray | null;
  while ((m = UNKNOWN_NUMBER.exec(sentence)) !== null) {
    const span = { start: m.index, end: m.index + m[0].length };
    counts.push(withNounPhrase(text, { span, min: 0, max: null, qualifier: 'vague', vagueCodes: null, additive: false, unknown: true, victim: null, victimText: null, npEnd: span.end, part: false }, victims, numbers));
  }
  counts.sort((x, y) => x.span.start - y.span.start);
  // Everything inside ", including ..., were killed" is a part of the count before it.
  const asides = [...text.slice(s.start, s.end).matchAll(PART_ASIDE)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
  for (const c of counts) {
    c.part = PART_CUE.test(text.slice(Math.max(s.start, c.span.start - 45), c.span.start)) || asides.some((x) => x.start < c.span.start && c.span.end <= x.end);
  }
  return counts;
}

function fromNumber(n: NumberMention): Count {
  return { span: n.span, min: n.min, max: n.max, qualifier: n.qualifier, vagueCodes: n.vague ? (n.vagueCodes ?? null) : null, additive: n.additive, unknown: false, victim: null, victimText: null, npEnd: n.span.end, part: false };
}

/** Extends a count over its noun phrase: "16 (Syrian) soldiers", "four police officers", "5 of them", "30 soldiers and civilians". */
function withNounPhrase(text: string, c: Count, victims: LexiconMatch<VictimNoun>[], numbers: NumberMention[]): Count {
  const i = victims.findIndex((m) => m.start >= c.span.end && m.start - c.span.end <= 40);
  if (i >= 0) {
    const v = victims[i];
    const between = text.slice(c.span.end, v.start).replace(ACRONYM, ' ');
    const words = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
    const modifiers = between.replace(MODIFIER_AND, ' ');
    if (/^\s+/.test(between) && words <= 5 && !/[.,;:()"“”]/.test(between) && !NP_BREAK.test(modifiers) && !numbers.some((n) => n.span.start > c.span.end && n.span.start < v.start)) {
      const next = victims[i + 1];
      const joined = next && SECOND_NOUN.exec(text.slice(v.end, next.start));
      const counted = joined && numbers.some((n) => n.span.start >= v.end && n.span.start < next.start);
      if (joined && !counted && joined[0].length === next.start - v.end && next.entry.group !== v.entry.group) {
        // Two groups under one count ("30 soldiers and civilians") cannot be split: the count is of people.
        return { ...c, victim: MIXED_GROUP, victimText: text.slice(v.start, next.end), npEnd: next.end };
      }
      // "7 Taliban militants", "2 civilian men": the last of adjacent nouns heads the phrase.
      let head = i;
      while (victims[head + 1] && /^\s+$/.test(text.slice(victims[head].end, victims[head + 1].start))) head++;
      const last = victims[head];
      // "two children of a Taliban member", "five members of his family": the phrase after "of" belongs to the noun.
      const of = OF_PHRASE.exec(text.slice(last.end, last.end + 140));
      return { ...c, victim: last.entry, victimText: text.slice(v.start, last.end), npEnd: last.end + (of ? of[0].length : 0) };
    }
  }
  const ofThem = /^\s+of\s+(?:them|those|whom)\b/i.exec(text.slice(c.span.end, c.span.end + 20));
  if (ofThem) return { ...c, npEnd: c.span.end + ofThem[0].length };
  // "eight of the soldiers": a count of some of a group named after it.
  const ofThe = /^\s+of\s+(?:the|these|those|its|their|his|her|[\p{Lu}][\p{L}-]+['’]s)\s+(?:[\p{L}-]+['’]s\s+)?/iu.exec(text.slice(c.span.end, c.span.end + 40));
  const v2 = ofThe && victims.find((m) => m.start >= c.span.end + ofThe[0].length && m.start - (c.span.end + ofThe[0].length) <= 25);
  if (ofThe && v2 && !/[.,;]/.test(text.slice(c.span.end, v2.start))) return { ...c, victim: v2.entry, victimText: v2.text, npEnd: v2.end };
  // "Two Americans were killed": an unknown noun right before the verb is still the victims' noun.
  const noun = UNKNOWN_NOUN.exec(text.slice(c.span.end, c.span.end + 40));
  if (noun && !NP_BREAK.test(noun[1])) return { ...c, victimText: noun[1], npEnd: c.span.end + noun[0].length };
  return c;
}

/** Counts joined by "and" / commas form one list sharing one trigger; members follow the head's part-of status. */
function groupLists(text: string, counts: Count[]): Count[][] {
  const lists: Count[][] = [];
  for (const c of counts) {
    const prev = lists[lists.length - 1];
    const last = prev?.[prev.length - 1];
    const joiner = last ? text.slice(last.npEnd, c.span.start) : '';
    // "including five children and two women": the second member is a part too; but in "including five
    // children, and 25 others were injured" the comma and "others" start a new count.
    const joinsParts = !c.part && /^\s*(?:,\s*)?(?:and\s+)?$/i.test(joiner) && !/^(?:others|more)$/i.test(c.victimText ?? '');
    if (last && c.span.start >= last.npEnd && LIST_JOIN.test(joiner) && (c.part === last.part || joinsParts)) {
      c.part = prev[0].part;
      prev.push(c);
    } else lists.push([c]);
  }
  return lists;
}

/** The trigger a list of counts belongs to: the nearest one joined to it by filler words only. */
/**
 * Index of the first trigger for which past(trigger) holds, or the length when none does. Lexicon matches are
 * disjoint and in text order, so both their starts and ends are sorted: a binary search keeps a long sentence
 * of counts linear rather than quadratic.
 */
function firstWhere(list: readonly Trigger[], past: (t: Trigger) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function triggerFor({ text, after, before }: SentenceContext, first: Count, last: Count): Trigger | null {
  let best: { trigger: Trigger; distance: number } | null = null;
  const next = before[firstWhere(before, (t) => t.start >= last.npEnd)];
  if (next) {
    const gap = text.slice(last.npEnd, next.start);
    const bare = gap.replace(ASIDE, ' ');
    // "A suicide bomber killed at least 17 people": a verb with its own object is active, and the count
    // before it is its subject, not its victims; only a passive ("were killed") links it.
    const after = text.slice(next.end, next.end + 30);
    // "Two assailants shot and killed a teacher": a verb pair with no auxiliary is active too.
    const active = (ACTIVE_OBJECT.test(after) || VERB_AND.test(gap)) && !PASSIVE_AUX.test(gap);
    if (!active && bare.length <= 60 && FILL_BEFORE.test(bare) && !MIXED_KINDS.test(text.slice(next.end, next.end + 40))) {
      best = { trigger: next, distance: gap.length };
    }
  }
  // The last trigger ending at or before the count.
  const prev = after[firstWhere(after, (t) => t.end > first.span.start) - 1];
  if (prev) {
    const gap = text.slice(prev.end, first.span.start);
    const mixed = MIXED_KINDS_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start)) || MIXED_KINDS.test(text.slice(prev.end, prev.end + 40));
    // "one person was killed, 13 others were injured": a passive verb has no object to count.
    const passive = PASSIVE_BEFORE.test(text.slice(Math.max(0, prev.start - 25), prev.start)) && !/\b(?:toll|number)\b/i.test(prev.text);
    if (gap.length <= 45 && FILL_AFTER.test(gap) && !mixed && !passive && (!best || gap.length < best.distance)) best = { trigger: prev, distance: gap.length };
  }
  if (best) return best.trigger;
  const head = text.slice(Math.max(0, first.span.start - 160), first.span.start);
  const m = TOLL_RISEN.exec(head);
  if (!m) return null;
  const start = first.span.start - head.length + m.index;
  const kind: CasualtyKind = m[1]?.toLowerCase() === 'injury' || /^(?:wounded|injured)$/i.test(m[2] ?? '') ? 'injured' : 'killed';
  return { start, end: first.span.start, text: m[0], entry: { kind } };
}
