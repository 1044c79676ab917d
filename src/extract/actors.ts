// Actors and their roles. Recognisers find positioned candidates: named groups from the alias table
// (src/data/actors.ts), state forces named after their country ("Syrian army" → "Military Forces of Syria",
// ACLED's naming), bare "government forces" or "police" of the country the document is about, ethnic militias,
// and crowds that protest or riot. Refiners then keep the longest of overlapping candidates, fold a generic
// word into the named group it belongs to ("Taliban militants"), and read each mention's role from the words
// around it: the subject of an attack verb, the agent after "by", "X claimed responsibility", "attributed to X"
// and "suspected X" make a perpetrator (an ally "in coordination with" one too); the object of an attack is the
// target; the people killed or hurt are victims; anything else ("X said") is other. Mentions joined by "and"
// share a role. An actor the text does not name stays unnamed: "gunmen" become an unidentified armed group,
// never a guessed group.
import type { ActorRole, Span } from '../core/types.js';
import {
  ACTOR_ALIASES, ALLY_BEFORE, ATTACK_NOUNS, ATTACK_VERBS, CLAUSE_BREAKS, CROWD_NOUNS, ETHNIC_GROUPS, ETHNIC_MILITIA_WORDS,
  FORCE_MODIFIERS, GOVERNMENT_FORCE_WORDS, GOVERNMENT_WORDS, TARGET_OBJECTS, MEANS_WORDS, PASSIVE_FOLLOWERS, PERPETRATOR_BEFORE, PROTEST_VERBS, RESPONDER_ACTS, RESPONDER_OBJECTS,
  RESPONDER_VERBS, RESPONSIBILITY_AFTER, RIOT_VERBS, STATE_FORCE_WORDS, TARGET_AFTER_VERBS, TARGET_BEFORE, VICTIM_AFTER_VERBS,
  VICTIM_BEFORE, type ActorEntry, type ActorKind,
} from '../data/actors.js';
import { COUNTRIES } from '../data/countries.js';
import { SitrepError } from '../core/errors.js';
import { compileLexicon, type LexiconMatch } from './lexicon.js';

export interface ActorMention {
  name: string;
  kind: ActorKind;
  role: ActorRole;
  span: Span;
  sentence: number;
  /** How sure the role is: 3 a responsibility claim or attribution, 2 an agent or subject of an attack, 1 a weaker cue, 0 none. */
  strength: number;
}

export interface ActorContext {
  text: string;
  sentences: readonly Span[];
  /** ISO2 code of the country the document is about, for "government forces", "police" and generic names. */
  country: string | null;
}

// ───────────────────────── Recognisers ─────────────────────────

const entriesWith = (key: 'pattern' | 'acronyms') =>
  ACTOR_ALIASES.filter((e) => e[key]).map((e) => ({ ...e, pattern: e[key] as string }));
const NAMED = compileLexicon(entriesWith('pattern'));
const ACRONYMS = compileLexicon(entriesWith('acronyms'), 'u');

const COUNTRY_OF_WORD = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const w of [c.name, ...c.aliases, ...c.demonyms]) if (w.length >= 3) COUNTRY_OF_WORD.set(w.toLowerCase(), c.code);
}
for (const w of ['us', 'u.s.', 'american', 'washington']) COUNTRY_OF_WORD.set(w, 'US');
const COUNTRY_NAME = new Map(COUNTRIES.map((c) => [c.code, c.name]));
// The country words as a trie-shaped alternation ("a(?:fghan(?:istan)?|...)"): a regex tries a few
// letters at each word instead of hundreds of whole words.
const countryAlternation = trieAlternation([...COUNTRY_OF_WORD.keys()]);

// One pass for every name built on a country word: "Syrian army", "Russia's warplanes", "Turkish air strikes";
// "the Syrian government" (the state as an authority); "Syrian and Russian warplanes" (a country whose force
// word is shared); "military forces of India".
type StateForm = 'force' | 'authority' | 'elliptic';
const STATE = compileLexicon([
  { pattern: `(?:${countryAlternation})(?:(?:'s|’s|-led)? (?:${FORCE_MODIFIERS} )?${STATE_FORCE_WORDS}|(?:'s|’s)? ${GOVERNMENT_WORDS}|(?:'s|’s)?(?= (?:and|or|&) (?:the )?(?:[\\p{L}-]+ ){0,2}${STATE_FORCE_WORDS}(?![\\p{L}])))` },
  { pattern: `(?:military|armed|security|police|naval|air|government) forces of (?:the )?(?:${countryAlternation})|the ${GOVERNMENT_WORDS}` },
]);
const AUTHORITY_END = new RegExp(`(?<![\\p{L}])${GOVERNMENT_WORDS}$`, 'iu');
const COUNTRY_IN = new RegExp(`(?<![\\p{L}])(${countryAlternation})(?![\\p{L}])`, 'iu');
const GOVERNMENT = compileLexicon([{ pattern: GOVERNMENT_FORCE_WORDS }]);
const POLICE_WORD = /police|policem[ae]n|gendarm/i;
// "Tiv militias", "Dinka youths"; "militiamen from the Leelkayse clan".
const ETHNIC = compileLexicon([
  { pattern: `(?:${ETHNIC_GROUPS}) ${ETHNIC_MILITIA_WORDS}` },
  { pattern: `(?:militias?|militiamen|militia members|armed (?:men|youths?)|youths?|gunmen) (?:from|of) the (?:\\p{Lu}[\\p{L}'-]+ ){1,2}(?:clan|sub-clan|community|tribe|ethnic group)` },
]);
const ETHNIC_NAME = new RegExp(`^(${ETHNIC_GROUPS})\\b`, 'u');
const CLAN_NAME = /\bthe ((?:\p{Lu}[\p{L}'-]+ ){1,2})(clan|sub-clan|community|tribe|ethnic group)$/u;
const PROTEST = new RegExp(`(?<![\\p{L}])(?:${PROTEST_VERBS})(?![\\p{L}])`, 'giu');
const RIOT = new RegExp(`(?<![\\p{L}])(?:${RIOT_VERBS})(?![\\p{L}])`, 'iu');
// A riot's subject is a crowd: "dozens of residents", "a group of youths", "locals" — a short phrase with a crowd noun.
const CROWD_PHRASE = new RegExp(`^(?:(?!(?:by|from|in|with|on|for|to|that|who|which)\\b|at\\b(?! least))[\\p{L}\\d'’-]+\\s+){0,5}?(?:${CROWD_NOUNS})(?![\\p{L}])(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:${CROWD_NOUNS})(?![\\p{L}]))?`, 'iu');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of `words` shaped as a trie, so shared beginnings are matched once. */
function trieAlternation(words: string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    // Longer continuations first, then the word ending here, as a regex alternation prefers the first branch.
    const branches = [...node.next].map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

// ───────────────────────── Refiners ─────────────────────────

/** "opposition-held", "Qaeda-linked", "anti-ISIS", "pro-Kurdish": the name describes something else. */
const MODIFIER_AFTER = /^-(?:held|controlled|run|dominated|besieged|occupied|linked|affiliated|allied|aligned|inspired|backed|sponsored|supported|friendly|leaning|style|era|related|type|majority|populated|administered)\b/i;
const MODIFIER_BEFORE = /(?:\b(?:anti|pro|ex|non|post)-|\bformer(?:ly)?\s+)$/i;
/** People named by the group they belong to: "fighters of the Nusra Front", "a member of the Taliban". */
const MEMBER_HEAD = /(?:\b(?:(?:a|an|the|two|three|several|some|\d+)\s+)?(?:members?|fighters?|militants?|elements|units?|soldiers|troops|gunm[ae]n|(?:suicide )?bombers?|commanders?|leaders?|cells?|terrorists|jihadists|insurgents|rebels|militiamen|loyalists|snipers?|operatives?|men|forces)\s+(?:of|from|belonging to|affiliated (?:with|to)|loyal to|linked to|allied to|allied with)\s+(?:the\s+|a\s+|an\s+)?)$/i;
/** A generic word right after a named group belongs to it: "Taliban militants", "NAF rebel forces". */
const GENERIC_KINDS = new Set<ActorKind>(['unidentified', 'protesters', 'rioters']);
const isGeneric = (c: Candidate): boolean => GENERIC_KINDS.has(c.kind) || c.name === 'Opposition rebels' || c.name === 'Unidentified Gang' || c.name === 'Muslim extremists';

// ───────────────────────── Role cues ─────────────────────────

const RESPONSIBILITY = new RegExp(`^(?:'s|’s)?\\s*,?\\s*(?:(?:[\\p{L}-]+|\\([^)]{1,40}\\)),?\\s+){0,3}?${RESPONSIBILITY_AFTER}|^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:\\w+\\s+)?responsible for`, 'iu');
const DENIAL = /^\s*(?:\([^)]{1,40}\)\s*)?(?:\w+\s+)?(?:denied|has denied|rejected|disowned)/i;
const PERPETRATOR = new RegExp(`\\b${PERPETRATOR_BEFORE}\\s+(?:the\\s+|a\\s+|an\\s+|suspected\\s+|alleged\\s+|presumed\\s+|either\\s+|possibly\\s+|both\\s+)*$`, 'iu');
const ATTRIBUTION = /\b(?:claimed|attributed|blam(?:ed|ing|es)|accus(?:ed|ing|es)|suspected|involvement|identified|confessed|assailants?|attackers?|bombers?|perpetrators?|gunm[ae]n|suspects?|kidnappers?|abductors?)\b/i;
/** "by" after these says who holds, runs or reports something, not who attacked. */
const NOT_AGENT = /\b(?:held|controlled|run|dominated|owned|governed|administered|surrounded|encircled|used|founded|formed|headed|commanded|denied|condemned|critici[sz]ed|rejected|reported|said|confirmed|announced|published|released|issued|cited|quoted|described|documented|recorded|verified|monitored|backed|supported|accompanied|joined|followed|replaced|deployed|sent|trained|armed|funded|financed|rescued|freed|welcomed|recogni[sz]ed|designated|listed|banned|protected|guarded|manned|visited|evacuated|treated|closed|opened|organi[sz]ed|called|demanded|brokered|mediated|signed|agreed|invited|hosted|praised|accepted|seen|caused|allowed|authori[sz]ed|ordered|threatened|inhabited|populated|abandoned|vacated)\s+by\s+(?:the\s+|a\s+|an\s+)?$/i;
/** "took control of the town from pro-Houthi forces": who lost the ground. */
const TAKEN_FROM = /\b(?:took|taken|seized|captured|recaptured|re-captured|regained|retook|wrested|liberated|cleared|gained)\b[^.;]{0,100}\bfrom\s+(?:the\s+)?$/i;
const ALLY = new RegExp(`\\b${ALLY_BEFORE}\\s+(?:the\\s+)?$`, 'iu');
const RESPONDER_AFTER = new RegExp(`^\\s*(?:(?!(?:were|was|been|being|are|is)\\b)[\\p{L}-]+\\s+){0,3}?(?:(?:${RESPONDER_VERBS})\\b[^.;]{0,40}?\\b(?:${RESPONDER_OBJECTS})\\b|(?:${RESPONDER_ACTS})\\b)`, 'iu');
const RESPONDER_BEFORE = new RegExp(`(?:\\b(?:${RESPONDER_OBJECTS})\\b[^.;]{0,60}?\\b(?:${RESPONDER_VERBS})\\s+by|\\b(?:rescued|freed|released|defused|foiled|thwarted|intercepted|neutrali[sz]ed) by)\\s+(?:the\\s+)?$`, 'iu');
/** A word between a cue and its mention that is no function word ("killing 25 [Syrian] troops", not "killed [when]"). */
const FILLER = `(?!(?:when|as|after|in|on|at|by|during|while|and|or|but|since|near|including|with|from|to|that|which|who|said|says|because|before|if|the)\\b)[\\p{L}\\d,-]+\\s+`;
const OPTIONAL_COUNT = '(?:(?:at least|more than|some|about|nearly|over|up to|around|dozens of|scores of|hundreds of|several|many|two|three|four|five|\\d[\\d,]*)\\s+)?';
const VICTIM_PRE = new RegExp(`\\b${VICTIM_BEFORE}\\s+(?:of\\s+)?(?:the\\s+|a\\s+|an\\s+)?${OPTIONAL_COUNT}(?:${FILLER}){0,2}$`, 'iu');
const TARGET_PRE = new RegExp(`\\b${TARGET_BEFORE}\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?${OPTIONAL_COUNT}(?:${FILLER})?$`, 'iu');
const PASSIVE_AUX = '(?:were|was|had been|have been|has been|are|is|being|got|get)';
const VICTIM_POST = new RegExp(`^(?:'s|’s)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[\\p{L}-]+\\s+){0,3}?(?:${PASSIVE_AUX}\\s+(?:\\w+\\s+){0,2}(?:${VICTIM_AFTER_VERBS})|(?:died|perished|lost (?:their|his|her) lives|suffered (?:heavy )?(?:losses|casualties)))\\b`, 'iu');
const TARGET_POST = new RegExp(`^(?:'s|’s)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[\\p{L}-]+\\s+){0,3}?${PASSIVE_AUX}\\s+(?:\\w+\\s+){0,2}(?:${TARGET_AFTER_VERBS})\\b`, 'iu');
// A headline's bare participle: "10 Syrian troops killed in clashes", "Five soldiers wounded".
// A chain of participles ("shot and killed") ends the headline passive only where no object follows it.
const PARTICIPLES = `(?:${VICTIM_AFTER_VERBS}|${TARGET_AFTER_VERBS})`;
const HEADLINE_PASSIVE = new RegExp(`^\\s+(${PARTICIPLES}(?:\\s+(?:and|or)\\s+${PARTICIPLES})*)(?:\\s+(?:${PASSIVE_FOLLOWERS})\\b|\\s*[,.;:]|\\s*$)`, 'iu');
const VICTIM_WORD = new RegExp(`(?<![\\p{L}])(?:${VICTIM_AFTER_VERBS})(?![\\p{L}])`, 'iu');
const ATTACK_NOUN_AFTER = new RegExp(`^(?:(?:'s|’s)?\\s+(?:[\\p{L}-]+\\s+)?|-(?:led|launched|staged)\\s+)${ATTACK_NOUNS}(?![\\p{L}])`, 'iu');
// "killed in clashes with IS": the other side of the fight that killed them.
const FOUGHT_BY = /\b(?:killed|dead|died|wounded|injured|lost|losses|casualties)\b[^.;]{0,80}\b(?:in|during|amid) (?:\w+ ){0,3}(?:clashes|fighting|battles?|combat|confrontations|firefights?|gun ?battles?|gunfights?|skirmish(?:es)?) (?:with|against)\s+(?:the\s+)?$/i;
const ACTIVE = new RegExp(`^(?:'s|’s)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:,[^,;]{1,60},\\s*)?(?:(?!(?:were|was|been|being|are|is|${CLAUSE_BREAKS})\\b)[\\p{L}'’-]+\\s+){0,6}?(?:(?:reportedly|allegedly|also|later|then|had|have|has|again|jointly|repeatedly|indiscriminately|heavily|on \\w+)\\s+)*(?:${ATTACK_VERBS})(?![\\p{L}])`, 'iu');
const OWNED_TARGET = new RegExp(`^(?:'s|’s)?\\s+(?:[\\p{L}-]+\\s+)?${TARGET_OBJECTS}(?![\\p{L}])`, 'iu');
const MEANS = new RegExp(`\\b(?:${MEANS_WORDS})$`, 'iu');
const NO_CLAIM = /\bno (?:group|one|organi[sz]ation|party)\b/i;
/** Between two mentions that act together: "the Taliban and the Khorasan Chapter", "Syrian regime or Russian jets". */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|&|as well as|along with|and its allies?,?|and allied)\s+(?:the\s+|its\s+)?(?:either\s+)?$|^\s*,\s*(?:the\s+)?$/i;

interface Candidate {
  name: string;
  kind: ActorKind;
  start: number;
  end: number;
  /** Breaks ties between overlapping candidates of the same length: named groups before generic words. */
  rank: number;
}

interface Role {
  role: ActorRole;
  strength: number;
}

function roleOf(text: string, c: Candidate, s: Span): Role {
  const mentionText = text.slice(c.start, c.end);
  const after = text.slice(c.end, Math.min(s.end, c.end + 140));
  let before = text.slice(Math.max(s.start, c.start - 140), c.start);
  // "fighters of the Nusra Front stormed": the group takes the role of the people who belong to it.
  const head = MEMBER_HEAD.exec(before);
  if (head) before = before.slice(0, head.index);
  if (RESPONSIBILITY.test(after) && !DENIAL.test(after)) return { role: 'perpetrator', strength: 3 };
  if (c.kind === 'state' && (RESPONDER_AFTER.test(after) || RESPONDER_BEFORE.test(before))) return { role: 'other', strength: 2 };
  const agent = PERPETRATOR.exec(before);
  if (agent && !NOT_AGENT.test(before)) return { role: 'perpetrator', strength: ATTRIBUTION.test(agent[0]) ? 3 : 2 };
  if (ALLY.test(before)) return { role: 'perpetrator', strength: 1 };
  if (FOUGHT_BY.test(before)) return { role: 'perpetrator', strength: 1 };
  if (TAKEN_FROM.test(before)) return { role: 'target', strength: 1 };
  if (VICTIM_POST.test(after)) return { role: 'victim', strength: 1 };
  if (TARGET_POST.test(after)) return { role: 'target', strength: 1 };
  const headline = HEADLINE_PASSIVE.exec(after);
  if (headline) return { role: VICTIM_WORD.test(headline[1]) ? 'victim' : 'target', strength: 1 };
  if (VICTIM_PRE.test(before)) return { role: 'victim', strength: 1 };
  if (TARGET_PRE.test(before)) return { role: 'target', strength: 1 };
  // "an Afghan police vehicle detonated": the verb is the device's, and the owner of the vehicle was hit.
  if (OWNED_TARGET.test(after) && !MEANS.test(mentionText)) return { role: 'target', strength: 1 };
  if (ATTACK_NOUN_AFTER.test(after)) return { role: 'perpetrator', strength: 2 };
  if (ACTIVE.test(after)) return { role: 'perpetrator', strength: 2 };
  if (MEANS.test(mentionText)) return { role: 'perpetrator', strength: 1 };
  return { role: 'other', strength: 0 };
}

// ───────────────────────── Naming ─────────────────────────

function countryName(code: string | null): string | null {
  return code ? COUNTRY_NAME.get(code) ?? code : null;
}

/** "Protesters (India)": ACLED's generic names carry the country they act in. */
function generic(base: string, country: string | null): string {
  const name = countryName(country);
  return name ? `${base} (${name})` : base;
}

function stateName(matchText: string, code: string): string {
  return `${POLICE_WORD.test(matchText) ? 'Police' : 'Military'} Forces of ${countryName(code)}`;
}

function named(m: LexiconMatch<ActorEntry>, country: string | null): Candidate {
  const e = m.entry;
  const name = e.inCountry ? generic(e.name, e.country ?? country) : e.name;
  return { name, kind: e.kind, start: m.start, end: m.end, rank: e.inCountry ? 1 : 3 };
}

// ───────────────────────── Crowds ─────────────────────────

/** A clause's subject: the words before the verb back to the sentence start, a comma or a semicolon. */
function subjectBefore(text: string, s: Span, at: number): Span | null {
  let from = at;
  while (from > s.start && !/[,;:(]/.test(text[from - 1])) from--;
  let start = from;
  while (start < at && /\s/.test(text[start])) start++;
  let end = at;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start > 120) return null;
  // "The protest was held": no subject but the protest itself.
  if (/^(?:(?:the|a|an|this|that|another|several|many)\b\s*)?$/i.test(text.slice(start, end))) return null;
  return { start, end };
}

/**
 * Protesters and rioters. A crowd named as such ("demonstrators") becomes rioters when it then riots; otherwise
 * the subject of a protest verb, or a crowd ("residents", "youths") that riots, is the crowd.
 */
function withCrowds(text: string, s: Span, country: string | null, cands: Candidate[]): Candidate[] {
  const sentence = text.slice(s.start, s.end);
  PROTEST.lastIndex = 0;
  const protest = PROTEST.exec(sentence);
  const riotAt = (from: number): number => {
    const m = RIOT.exec(text.slice(from, s.end));
    return m ? from + m.index : -1;
  };
  // Anyone but a crowd: "two armed men attacked" is no riot.
  const armedBetween = (from: number, to: number): boolean => cands.some((c) => c.kind !== 'protesters' && c.kind !== 'rioters' && c.start >= from && c.end <= to);
  const crowds = cands.filter((c) => c.kind === 'protesters' || c.kind === 'rioters');
  if (crowds.length > 0) {
    return cands.map((c) => {
      if (c.kind !== 'protesters') return c;
      const riot = riotAt(c.end);
      return riot >= 0 && !armedBetween(c.end, riot) ? { ...c, kind: 'rioters', name: generic('Rioters', country) } : c;
    });
  }
  const firstRiot = riotAt(s.start);
  const verbAt = protest ? s.start + protest.index : firstRiot;
  if (verbAt < 0) return cands;
  const subject = subjectBefore(text, s, verbAt) ?? (protest ? { start: verbAt, end: verbAt + protest[0].length } : null);
  if (!subject || armedBetween(subject.start, subject.end)) return cands;
  if (!protest) {
    // A riot's subject is only its crowd phrase: "dozens of residents", not "dozens of residents closed road 40 by".
    const crowd = CROWD_PHRASE.exec(text.slice(subject.start, subject.end));
    if (!crowd) return cands;
    subject.end = subject.start + crowd[0].length;
  }
  const riot = riotAt(subject.end);
  const rioting = riot >= 0 && !armedBetween(subject.end, riot);
  const crowd: Candidate = { name: generic(rioting ? 'Rioters' : 'Protesters', country), kind: rioting ? 'rioters' : 'protesters', start: subject.start, end: subject.end, rank: 0 };
  return [...cands.filter((c) => c.end <= crowd.start || c.start >= crowd.end), crowd].sort((a, b) => a.start - b.start);
}

// ───────────────────────── Putting it together ─────────────────────────

/** Every candidate in the text, each lexicon run once over the whole text (not per sentence). */
function candidatesOf(text: string, country: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of STATE.matchAll(text)) {
    const countryWord = COUNTRY_IN.exec(m.text)?.[1];
    const form: StateForm = AUTHORITY_END.test(m.text) ? 'authority' : countryWord && countryWord.length === m.text.replace(/['’]s$/, '').length ? 'elliptic' : 'force';
    const code = COUNTRY_OF_WORD.get(countryWord?.toLowerCase() ?? '') ?? (form === 'authority' ? country : null);
    if (!code) continue;
    const name = form === 'authority' ? `Government of ${countryName(code)}` : stateName(form === 'elliptic' ? '' : m.text, code);
    out.push({ name, kind: 'state', start: m.start, end: m.end, rank: form === 'authority' ? 1 : 2 });
  }
  for (const m of NAMED.matchAll(text)) out.push(named(m, country));
  for (const m of ACRONYMS.matchAll(text)) out.push(named(m, country));
  for (const m of ETHNIC.matchAll(text)) {
    const ethnic = ETHNIC_NAME.exec(m.text);
    const clan = CLAN_NAME.exec(m.text);
    if (ethnic) out.push({ name: generic(`${ethnic[1]} Ethnic Militia`, country), kind: 'militia', start: m.start, end: m.end, rank: 2 });
    else if (clan) {
      const label = clan[2] === 'community' ? 'Communal' : clan[2] === 'ethnic group' ? 'Ethnic' : 'Clan';
      out.push({ name: generic(`${clan[1].trim()} ${label} Militia`, country), kind: 'militia', start: m.start, end: m.end, rank: 2 });
    }
  }
  if (country) {
    for (const m of GOVERNMENT.matchAll(text)) out.push({ name: stateName(m.text, country), kind: 'state', start: m.start, end: m.end, rank: 1 });
  }
  return out
    .filter((c) => !MODIFIER_AFTER.test(text.slice(c.end, c.end + 14)) && !MODIFIER_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start)))
    .sort((a, b) => a.start - b.start);
}

/** A sentence's candidates, refined: the longest of overlapping ones, generic words folded, crowds added. */
function candidatesIn(text: string, s: Span, country: string | null, all: Candidate[]): Candidate[] {
  const inside = all.filter((c) => c.start >= s.start && c.end <= s.end);
  const kept = keepLongest(inside);
  return withCrowds(text, s, country, foldGeneric(text, kept))
    .filter((c) => !(c.kind === 'unidentified' && NO_CLAIM.test(text.slice(Math.max(s.start, c.start - 30), c.end))));
}

/** Of overlapping candidates the longest stays, then the better ranked; the result is in text order. */
function keepLongest(cands: Candidate[]): Candidate[] {
  const byPreference = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byPreference) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** "Taliban militants", "militants of the Islamic State": the generic word is the named group's people. */
function foldGeneric(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const prev = out[out.length - 1];
    const next = cands[i + 1];
    // "Tehrik-i-Taliban Pakistan (TTP)": the acronym in brackets is the same mention.
    if (prev && prev.name === c.name && /^\s*\($/.test(text.slice(prev.end, c.start)) && text[c.end] === ')') {
      out[out.length - 1] = { ...prev, end: c.end + 1 };
      continue;
    }
    if (isGeneric(c) && prev && !isGeneric(prev) && /^(?:'s|’s)?\s{1,2}$/.test(text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, end: c.end };
      continue;
    }
    if (isGeneric(c) && next && !isGeneric(next) && MEMBER_HEAD.test(text.slice(c.start, next.start)) && next.start - c.end < 40) continue;
    // "the jihadist Islamic State": an adjective for the group that follows.
    if (isGeneric(c) && next && !isGeneric(next) && /^\s{1,2}$/.test(text.slice(c.end, next.start))) {
      cands[i + 1] = { ...next, start: c.start };
      continue;
    }
    out.push(c);
  }
  return out;
}

export function findActors(ctx: ActorContext): ActorMention[] {
  const { text, sentences, country } = ctx;
  if (typeof text !== 'string') throw new SitrepError('NOT_TEXT', `text must be a string, got ${typeof text}`, 'findActors');
  const out: ActorMention[] = [];
  const all = candidatesOf(text, country);
  let from = 0;
  sentences.forEach((s, index) => {
    // Sentences come in text order: skip the candidates before this one instead of filtering them all.
    while (from < all.length && all[from].start < s.start) from++;
    let to = from;
    while (to < all.length && all[to].start < s.end) to++;
    const cands = candidatesIn(text, s, country, all.slice(from, to));
    const roles = cands.map((c) => roleOf(text, c, s));
    // Mentions joined by "and"/"or" act together: the one without a cue takes its partner's role.
    // Two passes, right to left then left to right, so a role crosses a list of three ("X, Y and Z claimed").
    const joined = cands.map((c, i) => i + 1 < cands.length && COORDINATION.test(text.slice(c.end, cands[i + 1].start)));
    for (const order of [[...joined.keys()].reverse(), [...joined.keys()]]) {
      for (const i of order) {
        if (!joined[i]) continue;
        if (roles[i].strength === 0 && roles[i + 1].strength > 0) roles[i] = { ...roles[i + 1] };
        else if (roles[i + 1].strength === 0 && roles[i].strength > 0) roles[i + 1] = { ...roles[i] };
      }
    }
    cands.forEach((c, i) => out.push({ name: c.name, kind: c.kind, role: roles[i].role, span: { start: c.start, end: c.end }, sentence: index, strength: roles[i].strength }));
  });
  return out;
}
