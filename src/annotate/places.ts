// Place mentions: every place named in a text, resolved against the offline gazetteer.
// Organised like chrono-node: a scanner proposes positioned name matches (capitalised word runs found
// in the name index), small readers attach the context around each (cue words, "X province", "the city
// of X", "in X, Y" containers, organisation names), then refiners accept or drop each match and pick its
// best gazetteer candidate using the document's countries and regions.
import type { Sentence, PlaceMention } from './types.js';
import type { LocationPrecision } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { COUNTRIES } from '../data/countries.js';
import { COMPASS_WORDS, DESCRIPTOR_PRECISION, FOLLOWING_PRECISION, IN_CUES, NAME_CONNECTORS, NEAR_CUES, WEAK_CUES } from '../data/place-cues.js';
import { NAME_ARTICLES, NAME_PARTICLES } from '../data/place-names.js';
import {
  COMMON_WORDS, FACILITY_WORDS, GROUP_NAMES, GROUP_WORDS, NATURAL_FEATURE_WORDS, ORGANISATION_WORDS, PERSON_NAMES, PERSON_TITLES, ROUTE_WORDS,
  WEAPON_NAMES,
} from '../data/place-stopwords.js';
import { distanceKm, loadGazetteer, normalisePlaceName, soundKey, type Gazetteer } from './gazetteer/index.js';
import { LEVEL_ADMIN1, LEVEL_CITY, LEVEL_COUNTRY } from './gazetteer/format.js';

// ───────────── word lists as sets ─────────────

const COMMON = new Set(COMMON_WORDS);
const GROUPS = new Set([...GROUP_NAMES, ...WEAPON_NAMES]);
const PERSONS = new Set(PERSON_NAMES);
const ORGS = new Set(ORGANISATION_WORDS);
const FACILITIES = new Set(FACILITY_WORDS);
const GROUP_AFTER = new Set(GROUP_WORDS);
const ROUTES = new Set(ROUTE_WORDS);
const FEATURES = new Set(NATURAL_FEATURE_WORDS);
const TITLES = new Set(PERSON_TITLES);
const ARTICLES = new Set(NAME_ARTICLES);
const CONNECTORS = new Set([...NAME_CONNECTORS, ...NAME_ARTICLES]);
// Particles inside personal and place names ("Abu Bakr al Baghdadi", "Ibn Khaldun"); "and"/"of" join separate names.
const PARTICLES = new Set([...NAME_ARTICLES, ...NAME_PARTICLES]);
const FOLLOWING = new Map(Object.entries(FOLLOWING_PRECISION));
// "Syrias Aleppo": a country's possessive whose apostrophe was lost in scraping.
const COUNTRY_POSSESSIVES = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).map((n) => `${n.toLowerCase()}s`));
const DEMONYMS = new Map<string, string>();
for (const c of COUNTRIES) for (const d of c.demonyms) DEMONYMS.set(normalisePlaceName(d), c.code);

// ───────────── cue phrases, read backwards over tokens ─────────────

type CueKind = 'in' | 'near' | 'weak';
interface Phrase {
  words: string[];
  kind: CueKind;
}

/** Phrases indexed by their last word, longest first, so "outskirts of" wins over a bare "of". */
function phrasesByLastWord(lists: readonly [readonly string[], CueKind][]): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const [list, kind] of lists) {
    for (const p of list) {
      const words = p.toLowerCase().split(/\s+/).filter((w) => w !== 'the' || p.split(/\s+/).length === 1);
      const last = words[words.length - 1];
      out.set(last, [...(out.get(last) ?? []), { words, kind }].sort((x, y) => y.words.length - x.words.length));
    }
  }
  return out;
}
// "near" before "in": a phrase listed in both lists keeps the more specific reading.
const CUES = phrasesByLastWord([[NEAR_CUES, 'near'], [IN_CUES, 'in'], [WEAK_CUES, 'weak']]);
const DESCRIPTORS = new Map(Object.entries(DESCRIPTOR_PRECISION));
const COMPASS = new Set(COMPASS_WORDS);
const ARTICLES_EN = new Set(['the', 'a', 'an']);
/** Multi-word following phrases ("local government area") by first word. */
const FOLLOWING_PHRASES = new Map<string, string[][]>();
for (const k of FOLLOWING.keys()) {
  const words = k.split(' ');
  if (words.length > 1) FOLLOWING_PHRASES.set(words[0], [...(FOLLOWING_PHRASES.get(words[0]) ?? []), words].sort((x, y) => y.length - x.length));
}
const ADMIN2_WORDS = new Set([...FOLLOWING.entries()].filter(([, v]) => v === 'admin2').map(([k]) => k));

// Separators that chain a name to the one that contains it: "X, Y", "X (Y, Z)", "X in Y", "X of Y".
const CHAIN_GAP = /^\s*(?:,|\(|,?\s+in|\s+of|\s+-|\s+–)\s*(?:the\s+)?$/i;
// GTD's "in Shewan, Bala Buluk district, Farah": names the gazetteer lacks may stand between a name and its container.
const SKIPPED_NAMES_GAP = new RegExp(
  `^\\s*[,(]\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:${[...FOLLOWING.keys()].filter((k) => !k.includes(' ')).join('|')}))?\\s*[,(]\\s*$`, 'u');
const PLURAL_FOLLOWING = /(?:provinces|governorates|districts|states|regions|oblasts|villages|towns|cities)\s*$/i;
const LIST_GAP = /^\s*(?:,|,?\s+and|,?\s+or|\/|&)\s*(?:the\s+)?$/i;

// Words: letters/digits, with internal apostrophes and hyphens ("Ma'arrat", "al-Bab", "Bar-Sanguun"), as the
// regex /[\p{L}\p{N}]+(?:['’‘ʿʾ`-][\p{L}\p{N}]+)*/gu finds them; tokenize() reads them with a character table.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_JOINERS = new Set([..."'’‘ʿʾ`-"].map((c) => c.charCodeAt(0)));
const UPPER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
// "al-Bab", "el-Fasher": a lowercase article joined to a capitalised name.
const ARTICLE_PREFIX = new RegExp(`^(?:${NAME_ARTICLES.join('|')})-\\p{Lu}`, 'u');

const MAX_NAME_WORDS = 4;
/** Candidates per name considered when resolving (the index lists them by prominence). */
const MAX_CANDIDATES = 60;
/** A bare one-word name with no cue must be this prominent to count (or lie in a country the text is about). */
const PROMINENT_POPULATION = 50_000;
/** Score bonus for a candidate in the country the text is most about (scaled down for other named countries). */
const COUNTRY_WEIGHT = 6;
/** Evidence for a country this strong (a country name counts 3) marks the text as being about it. */
const CLEAR_COUNTRY = 3;
/** A name's best candidate is clear evidence of its country when this prominent (a regional capital of ~100,000). */
const PROMINENT_PRIOR = 6;
/** Score cost of a candidate matched on an alternate name only ("Hammah" for Qom is weaker than a place's own name). */
const ALTERNATE_NAME_PENALTY = 0.75;
/** A place said to be inside a town ("X (Y)", "X neighbourhood of Y") lies at most this far from it. */
const INSIDE_TOWN_KM = 60;
/** A place followed by its district in brackets ("X (Y, Z)") lies at most this far from the district's seat. */
const INSIDE_DISTRICT_KM = 150;
/** A lone namesake this far from the centre of the region the text names is another place, not a boundary quirk. */
const NEIGHBOUR_REGION_KM = 80;
/** Towns kept as support for other mentions; a text naming more is a list, and more would only cost time. */
const MAX_SUPPORT_POINTS = 200;
/** Tokens a capitalised run is read into on each side of a name; longer runs are lists or headings, not names. */
const MAX_RUN_TOKENS = 12;
/** A spelling-variant match must lie this close to another place the text names, when it names any. */
const VARIANT_SUPPORT_KM = 200;

// Token flags.
const CAP = 1;
const ALLCAPS = 2;
const CONNECT = 4; // lowercase connector or article
const JOINED = 8; // only spaces between this token and the next
const SENT_START = 16;
const POSSESSIVE = 32;
const JOINED_POSSESSIVE = 64; // "Luhansk People's Militia": only "'s " before the next token

/** Reusable token columns (grown on demand), so scanning allocates nothing per word. */
let tokStart = new Int32Array(512);
let tokEnd = new Int32Array(512);
let tokFlags = new Uint8Array(512);

/** Each token in lower case, computed when first asked for in this tokenisation (readers ask again and again). */
let tokLower: string[] = new Array<string>(512);
let tokLowerStamp = new Int32Array(512);
let tokenisation = 0;

function grow(n: number): void {
  if (n < tokStart.length) return;
  const size = Math.max(n + 1, tokStart.length * 2);
  const [s, e, f, l] = [new Int32Array(size), new Int32Array(size), new Uint8Array(size), new Int32Array(size)];
  s.set(tokStart); e.set(tokEnd); f.set(tokFlags); l.set(tokLowerStamp);
  [tokStart, tokEnd, tokFlags, tokLowerStamp] = [s, e, f, l];
  tokLower.length = size;
}

function isSpaceOnly(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** Whether the text between the previous token (or the start) and `at` ends a sentence. */
function startsSentence(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';') return true;
    if (c !== ' ' && c !== '"' && c !== '“' && c !== '”' && c !== '\'' && c !== '(' && c !== ')' && c !== '-' && c !== '–' && c !== '—' && c !== '\t' && c !== '‘' && c !== '’') return false;
  }
  return false;
}

// Per UTF-16 code unit, what the regexes above say of it alone (bits below), filled in when first met.
const KNOWN = 1;
const LN = 2; // a letter or digit
const LU = 4; // an upper-case letter
const LL = 8; // a lower-case letter
const unitClass = new Uint8Array(0x10000);
const astralLetterOrDigit = new Map<number, boolean>();

function classOfUnit(c: number): number {
  let k = unitClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER_OR_DIGIT.test(ch) ? LN : 0) | (UPPER.test(ch) ? LU : 0) | (LOWER_LETTER.test(ch) ? LL : 0);
    unitClass[c] = k;
  }
  return k;
}

/** Length in code units of the code point at i when it is a letter or digit (1 or 2), else 0. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      let yes = astralLetterOrDigit.get(cp);
      if (yes === undefined) astralLetterOrDigit.set(cp, (yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
      return yes ? 2 : 0;
    }
  }
  return classOfUnit(c) & LN ? 1 : 0;
}

/** Whether text[from, to) holds a lower-case letter. */
function hasLowerLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LOWER_LETTER.test(text.slice(from, to)); // code points, as the regex reads them
    if (classOfUnit(c) & LL) return true;
  }
  return false;
}

const ARTICLE_LENGTHS = [...new Set(NAME_ARTICLES.map((a) => a.length))];
/** Whether the word text[start, end) has a hyphen where an article before it would end (ARTICLE_PREFIX needs one). */
function hyphenAfterArticle(text: string, start: number, end: number): boolean {
  for (const length of ARTICLE_LENGTHS) if (start + length < end && text.charCodeAt(start + length) === 45) return true;
  return false;
}
const MAX_CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((c) => c.length));

function tokenize(text: string, sentences: Sentence[] | undefined): number {
  tokenisation++;
  let n = 0;
  let sentence = 0;
  const len = text.length;
  for (let i = 0; i < len; ) {
    // The next word: a run of letters and digits, joined runs included.
    let step = letterOrDigitAt(text, i);
    if (step === 0) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < len && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (step > 0) {
        i += step;
        step = i < len ? letterOrDigitAt(text, i) : 0;
      }
      if (i + 1 < len && WORD_JOINERS.has(text.charCodeAt(i)) && (step = letterOrDigitAt(text, i + 1)) > 0) i++;
      else break;
    }
    const matchEnd = i;
    grow(n);
    let end = matchEnd;
    let flags = 0;
    const last2 = matchEnd - start > 3 ? text.charCodeAt(matchEnd - 2) : 0;
    const lastChar = text.charCodeAt(matchEnd - 1);
    if ((last2 === 39 || last2 === 0x2019) && (lastChar === 115 || lastChar === 83)) {
      end -= 2;
      flags |= POSSESSIVE;
    }
    if (classOfUnit(text.charCodeAt(start)) & LU) {
      flags |= CAP;
      if (end - start >= 2 && !hasLowerLetter(text, start, end)) flags |= ALLCAPS;
    } else if (hyphenAfterArticle(text, start, matchEnd) && ARTICLE_PREFIX.test(text.slice(start, matchEnd))) flags |= CAP;
    else if (matchEnd - start <= MAX_CONNECTOR_LENGTH && CONNECTORS.has(text.slice(start, matchEnd).toLowerCase())) flags |= CONNECT;
    const prevEnd = n > 0 ? tokEnd[n - 1] : 0;
    if (sentences) {
      while (sentence < sentences.length && sentences[sentence].end <= start) sentence++;
      if (sentence < sentences.length && (n === 0 || tokStart[n - 1] < sentences[sentence].start) && start >= sentences[sentence].start) flags |= SENT_START;
    } else if (n === 0 || startsSentence(text, prevEnd, start)) flags |= SENT_START;
    if (n > 0 && isSpaceOnly(text, tokFlags[n - 1] & POSSESSIVE ? prevEnd + 2 : prevEnd, start)) tokFlags[n - 1] |= tokFlags[n - 1] & POSSESSIVE ? JOINED_POSSESSIVE : JOINED;
    tokStart[n] = start;
    tokEnd[n] = end;
    tokFlags[n] = flags;
    n++;
  }
  return n;
}

// ───────────── matches ─────────────

interface Match {
  first: number; // first token
  last: number; // last token
  start: number;
  end: number;
  key: string;
  /** soundKey(key), computed when first needed. */
  soundKey?: string;
  hits: Int32Array;
  /** Sound-key candidates considered besides the exact ones (when the exact ones cannot fit the context). */
  alt: Int32Array;
  sound: boolean;
  /** Matched on the first part of a hyphenated word only ("Mogadishu-Wadajir"). */
  partial: boolean;
  /** Named in parentheses after another name: ACLED's "site (district, region)". */
  parenthetical: boolean;
  /** Anywhere inside brackets ("(Chanchaga LGA, Niger)"): a district or region, never a country in ACLED's notes. */
  inBrackets: boolean;
  /** Context read around the name. */
  cue: 'in' | 'near' | 'weak' | 'none';
  descriptor: 'exact' | 'near' | 'admin2' | 'admin1' | null;
  following: 'exact' | 'near' | 'admin2' | 'admin1' | null;
  /** End of the name plus its following word ("Kandahar province"): where a chain separator is looked for. */
  tailEnd: number;
  org: boolean;
  /** Right after an organisation's name and "in"/"of" ("Islamic Resistance in Iraq", "Labour Union in Beja"). */
  orgTail: boolean;
  /** Named as the site of a facility ("Kabul airport"). */
  facility: boolean;
  /** Names a natural feature ("the Kali forest"), not the settlement of that name. */
  feature: boolean;
  /** Other capitalised words in the same run: the name is part of a longer name (a person, an unknown place). */
  person: boolean;
  /** ... and a given name or a title is among them ("John Kerry", "President Assad"). */
  personName: boolean;
  /** The name stands where a first-level region is expected ("X district, Y, Country", "(district, Y)"). */
  regionHint: boolean;
  /** For names chained together ("X, Y, Z"): country index → how many of the other names could lie there. */
  groupSupport: Map<number, number> | null;
  /** Index of the next match that contains this one ("X, Y province", "X (Y, Z)"), or -1. */
  container: number;
  /** How the container is linked: a comma may join a list; "in"/"of" say inside; brackets give a district or region. */
  link: 'comma' | 'inside' | 'paren' | null;
  /** Some earlier match names this one as its container. */
  contained: boolean;
  /** "and"/"or" (or a comma before one) joins this name to the next: it is an item of a list, not a region closing a chain. */
  listNext: boolean;
  /** A place named right before with "'s" ("Kabul's Y district"). */
  possessor: number;
  chosen: number;
  accepted: boolean;
  /** The country this name voted for in the document's evidence (-1: none), and how much. */
  vote: number;
  voteWeight: number;
}

function isNameToken(flags: number): boolean {
  return (flags & CAP) !== 0;
}

/** A run of words as written, its name key, and the places it names. */
interface Run {
  key: string;
  hits: Int32Array;
}

/**
 * Lookups by run as written, kept across texts (capitalised runs recur: names, and words that are none), so a
 * run costs one map lookup instead of a key, two index lookups and a join. Cleared when full, and when the
 * gazetteer is another one.
 */
const runMemo = { gazetteer: null as Gazetteer | null, exact: new Map<string, Run>(), joined: new Map<string, Run>(), sound: new Map<string, Run>() };
const RUN_MEMO_SIZE = 50_000;

function memoFor(g: Gazetteer, memo: Map<string, Run>): Map<string, Run> {
  if (runMemo.gazetteer !== g) {
    runMemo.gazetteer = g;
    for (const m of [runMemo.exact, runMemo.joined, runMemo.sound]) m.clear();
  }
  if (memo.size >= RUN_MEMO_SIZE) memo.clear();
  return memo;
}

/** Exact candidates of a run; a run of several words may also name a place written as one ("Tarin Kot" for "Tarinkot"). */
function exactRun(g: Gazetteer, raw: string, severalWords: boolean): Run {
  const memo = memoFor(g, severalWords ? runMemo.joined : runMemo.exact);
  let run = memo.get(raw);
  if (run === undefined) {
    const key = normalisePlaceName(raw);
    let hits = key ? g.exact(key) : NO_HITS;
    if (key && !hits.length && severalWords && key.length <= 24) hits = g.exact(key.replace(/ /g, ''));
    memo.set(raw, (run = { key, hits }));
  }
  return run;
}

/** Sound-key candidates of a run (names of five letters or more). */
function soundRun(g: Gazetteer, raw: string): Run {
  const memo = memoFor(g, runMemo.sound);
  let run = memo.get(raw);
  if (run === undefined) {
    const key = normalisePlaceName(raw);
    memo.set(raw, (run = { key, hits: key.length >= 5 ? g.sounds(key) : NO_HITS }));
  }
  return run;
}

/** Longest gazetteer names starting at each capitalised token; returns them in text order. */
function scanNames(text: string, n: number, g: Gazetteer): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < n; i++) {
    const fi = tokFlags[i];
    const articleStart = (fi & CONNECT) !== 0 && ARTICLES.has(text.slice(tokStart[i], tokEnd[i]).toLowerCase()) && (fi & JOINED) !== 0 && i + 1 < n && isNameToken(tokFlags[i + 1]);
    if (!isNameToken(fi) && !articleStart) continue;
    let best: Match | null = null;
    let words = 0;
    for (let j = i; j < n && j < i + MAX_NAME_WORDS * 2; j++) {
      const fj = tokFlags[j];
      if (j > i && !(tokFlags[j - 1] & JOINED)) break;
      if (!isNameToken(fj) && !(fj & CONNECT)) break;
      if (isNameToken(fj)) {
        if (++words > MAX_NAME_WORDS) break;
        const run = exactRun(g, text.slice(tokStart[i], tokEnd[j]), j > i);
        if (run.hits.length) best = makeMatch(i, j, run.key, run.hits, false);
      }
      if (fj & POSSESSIVE) break;
    }
    if (!best) best = soundMatch(text, i, n, g);
    if (!best) best = compoundMatch(text, i, g);
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

const NO_HITS = new Int32Array(0);

function makeMatch(first: number, last: number, key: string, hits: Int32Array, sound: boolean): Match {
  return {
    first, last, start: tokStart[first], end: tokEnd[last], key, hits, alt: NO_HITS, sound, partial: false, parenthetical: false, inBrackets: false, cue: 'none', descriptor: null, following: null,
    tailEnd: tokEnd[last], org: false, orgTail: false, facility: false, feature: false, person: false, personName: false, regionHint: false, groupSupport: null, container: -1, link: null, contained: false, listNext: false, possessor: -1, chosen: -1, accepted: false, vote: -1, voteWeight: 0,
  };
}

/** Spelling-variant match for one or two capitalised words ("Idleb", "Deir al-Zour"). */
function soundMatch(text: string, i: number, n: number, g: Gazetteer): Match | null {
  let best: Match | null = null;
  let words = 0;
  for (let j = i; j < n && words < 3; j++) {
    if (j > i && !(tokFlags[j - 1] & JOINED)) break;
    const fj = tokFlags[j];
    if (!isNameToken(fj) && !(fj & CONNECT)) break;
    if (isNameToken(fj)) {
      words++;
      const run = soundRun(g, text.slice(tokStart[i], tokEnd[j]));
      if (run.hits.length) best = makeMatch(i, j, run.key, run.hits, true);
    }
    if (fj & POSSESSIVE) break;
  }
  return best;
}

/** "Mogadishu-Wadajir": a hyphenated city-district name whose first part is the city. */
function compoundMatch(text: string, i: number, g: Gazetteer): Match | null {
  const hyphen = text.indexOf('-', tokStart[i]);
  if (hyphen < 0 || hyphen >= tokEnd[i] - 1 || !UPPER.test(text[hyphen + 1] ?? '')) return null;
  const key = normalisePlaceName(text.slice(tokStart[i], hyphen));
  if (key.length < 4) return null;
  const hits = g.exact(key);
  if (!hits.length) return null;
  const m = makeMatch(i, i, key, hits, false);
  m.end = m.tailEnd = hyphen;
  m.partial = true;
  return m;
}

// ───────────── context readers ─────────────

function lowerWord(text: string, t: number): string {
  if (tokLowerStamp[t] === tokenisation) return tokLower[t];
  tokLowerStamp[t] = tokenisation;
  return (tokLower[t] = text.slice(tokStart[t], tokEnd[t]).toLowerCase());
}

/** Whether only spaces, commas and brackets lie between token t and the next. */
function listGap(text: string, t: number): boolean {
  for (let i = tokEnd[t]; i < tokStart[t + 1]; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 40 && c !== 41 && c !== 160) return false;
  }
  return true;
}

function gapHas(text: string, t: number, ch: string): boolean {
  const i = text.indexOf(ch, tokEnd[t]);
  return i >= 0 && i < tokStart[t + 1];
}

/** The cue phrase whose last word is token p (each earlier word joined by spaces), or null. */
function cueEndingAt(text: string, p: number): { kind: CueKind; first: number } | null {
  if (p < 0) return null;
  const list = CUES.get(lowerWord(text, p));
  if (!list) return null;
  for (const ph of list) {
    let q = p;
    let ok = true;
    for (let k = ph.words.length - 2; k >= 0 && ok; k--) {
      q--;
      if (q >= 0 && ARTICLES_EN.has(lowerWord(text, q)) && tokFlags[q] & JOINED && ph.words[k] !== lowerWord(text, q)) q--; // "the outskirts of"
      ok = q >= 0 && (tokFlags[q] & JOINED) !== 0 && lowerWord(text, q) === ph.words[k];
    }
    if (ok) return { kind: ph.kind, first: q };
  }
  return null;
}

/** Whether the capitalised words ending right before token p (not at a sentence start) name an organisation. */
function orgBefore(text: string, p: number): boolean {
  let q = p - 1;
  if (q >= 0 && ARTICLES_EN.has(lowerWord(text, q))) return false;
  for (let k = 0; k < 5 && q >= 0 && tokFlags[q] & JOINED && tokFlags[q] & CAP; k++, q--) {
    const w = lowerWord(text, q);
    if (ORGS.has(w) || GROUPS.has(normalisePlaceName(w))) return !(tokFlags[q] & SENT_START) || k > 0 || q < p - 1;
    if (tokFlags[q] & SENT_START) break;
  }
  return false;
}

/** Reads the words before and after a name: cue, descriptor ("the city of"), following word ("province"). */
function readContext(text: string, m: Match, n: number): void {
  let p = m.first - 1;
  const joinedBefore = p >= 0 && (tokFlags[p] & JOINED) !== 0;
  if (joinedBefore) {
    if (ARTICLES_EN.has(lowerWord(text, p)) && p > 0 && tokFlags[p - 1] & JOINED) p--;
    if (COMPASS.has(lowerWord(text, p)) && p > 0 && tokFlags[p - 1] & JOINED) p--;
    const w = lowerWord(text, p);
    if (w === 'of' && p > 0 && tokFlags[p - 1] & JOINED && DESCRIPTORS.has(lowerWord(text, p - 1))) {
      // "the western city of X", "in the rebel-held town of X": up to three words between cue and descriptor.
      m.descriptor = DESCRIPTORS.get(lowerWord(text, p - 1)) ?? null;
      let q = p - 2;
      for (let k = 0; k < 5 && q >= 0 && tokFlags[q] & JOINED; k++, q--) {
        const cue = cueEndingAt(text, q);
        if (cue && cue.kind !== 'weak') {
          m.cue = cue.kind;
          break;
        }
      }
      if (m.cue === 'none') m.cue = 'weak';
    } else {
      const cue = cueEndingAt(text, p);
      if (cue) m.cue = cue.kind;
      // "Islamic Resistance in Iraq", "Al-Qaeda in the Arabian Peninsula": the name ends an organisation's name.
      if ((w === 'in' || w === 'of' || w === 'for') && orgBefore(text, p)) m.orgTail = true;
      else if (w === 'of') {
        // "in PD1 of Lashkargah", "in Baglar neighbourhood of Bagcilar": the name contains a site cued before it.
        for (let q = p - 1, k = 0; k < 4 && q >= 0 && tokFlags[q] & JOINED; k++, q--) {
          const before = cueEndingAt(text, q);
          if (before && before.kind !== 'weak') {
            m.cue = 'in';
            break;
          }
          if (!(tokFlags[q] & CAP) && !FOLLOWING.has(lowerWord(text, q)) && !/\d/.test(lowerWord(text, q))) break;
        }
      }
    }
  } else if (p >= 0 && listGap(text, p)) {
    // A name chained after others: "in Maywand district, Kandahar province" or "village (Kismaayo, Lower Juba)".
    m.parenthetical = gapHas(text, p, '(');
    m.regionHint = gapHas(text, p, ',') && ADMIN2_WORDS.has(lowerWord(text, p));
    let q = p;
    for (let k = 0; k < 10 && q >= 0; k++) {
      const cue = cueEndingAt(text, q);
      if (cue && cue.kind !== 'weak') {
        m.cue = 'in'; // a container of the site locates it, whatever the site's own cue
        break;
      }
      const f = tokFlags[q];
      if (!(f & (CAP | CONNECT)) && !FOLLOWING.has(lowerWord(text, q))) break;
      if (q === 0 || !(tokFlags[q - 1] & JOINED || listGap(text, q - 1))) break;
      if (!m.regionHint && gapHas(text, q - 1, '(') && gapHas(text, p, ',')) m.regionHint = true; // second name in "(district, region)"
      if (gapHas(text, q - 1, ')')) break;
      q--;
    }
  }
  if (m.descriptor === 'near' && m.cue !== 'none') m.cue = 'near';
  const open = text.lastIndexOf('(', m.start);
  if (open >= 0 && m.start - open < 80 && text.lastIndexOf(')', m.start) < open) {
    const close = text.indexOf(')', m.end);
    m.inBrackets = close >= 0 && close - m.end < 40 && (text.indexOf('(', m.end) < 0 || text.indexOf('(', m.end) > close);
  }

  // After: "X province", "X's western countryside", "X local government area".
  let r = m.last + 1;
  if (r < n && tokFlags[m.last] & (JOINED | JOINED_POSSESSIVE)) {
    if (COMPASS.has(lowerWord(text, r)) && tokFlags[r] & JOINED && r + 1 < n) r++;
    const w = lowerWord(text, r);
    let words: string[] | undefined;
    for (const ph of FOLLOWING_PHRASES.get(w) ?? []) {
      let ok = true;
      for (let k = 1; k < ph.length && ok; k++) ok = r + k < n && (tokFlags[r + k - 1] & JOINED) !== 0 && lowerWord(text, r + k) === ph[k];
      if (ok) {
        words = ph;
        break;
      }
    }
    const key = words ? words.join(' ') : w;
    // "Nusra Front", "Kirni Sector Command": a capitalised organisation word is part of a name, not a place word.
    const following = tokFlags[r] & CAP && ORGS.has(key) ? undefined : FOLLOWING.get(key);
    if (following) {
      m.following = following;
      m.tailEnd = tokEnd[r + (words ? words.length - 1 : 0)];
    }
  }
  readRun(text, m, n);
}

/**
 * The capitalised run around the name. An organisation word anywhere in it (even past a possessive:
 * "Luhansk People's Militia") makes it an organisation; a facility word after the name makes it a
 * facility; any other capitalised word makes the name part of a longer one (a person, an unknown place).
 */
function readRun(text: string, m: Match, n: number): void {
  const joinedName = (t: number): boolean => t >= 0 && t < n && isNameToken(tokFlags[t]);
  let lo = m.first;
  for (; m.first - lo < MAX_RUN_TOKENS; ) {
    if (lo > 0 && tokFlags[lo - 1] & JOINED && joinedName(lo - 1)) lo--;
    else if (lo > 1 && tokFlags[lo - 1] & CONNECT && tokFlags[lo - 1] & JOINED && tokFlags[lo - 2] & JOINED && joinedName(lo - 2)) lo -= 2;
    else break;
  }
  let hi = m.last;
  let crossed = hi; // last token before a possessive boundary
  let possessive = false;
  for (;;) {
    const f = tokFlags[hi];
    if (f & (JOINED | JOINED_POSSESSIVE) && joinedName(hi + 1)) hi++;
    else if (f & JOINED && tokFlags[hi + 1] & CONNECT && tokFlags[hi + 1] & JOINED && joinedName(hi + 2)) hi += 2;
    else if (f & JOINED && tokFlags[hi + 1] & CONNECT && tokFlags[hi + 1] & JOINED && tokFlags[hi + 2] & CONNECT && tokFlags[hi + 2] & JOINED && joinedName(hi + 3)) hi += 3;
    else break;
    possessive ||= (f & JOINED_POSSESSIVE) !== 0;
    if (!possessive) crossed = hi;
    if (hi - m.last > 8) break;
  }
  // The tight run: capitalised words joined by spaces or name particles only (not "and", "of").
  const particle = (t: number): boolean => (tokFlags[t] & CONNECT) !== 0 && PARTICLES.has(lowerWord(text, t));
  let tlo = m.first;
  while (tlo > 0 && m.first - tlo < MAX_RUN_TOKENS && tokFlags[tlo - 1] & JOINED && (joinedName(tlo - 1) || (particle(tlo - 1) && tlo > 1 && tokFlags[tlo - 2] & JOINED && joinedName(tlo - 2)))) tlo--;
  let thi = m.last;
  while (thi + 1 < n && thi - m.last < MAX_RUN_TOKENS && tokFlags[thi] & JOINED && (joinedName(thi + 1) || (particle(thi + 1) && tokFlags[thi + 1] & JOINED && joinedName(thi + 2)))) thi++;
  const skipFollowing = m.following !== null ? 1 : 0;
  for (let t = lo; t <= hi; t++) {
    if (t >= m.first && t <= m.last + skipFollowing) continue;
    const w = lowerWord(text, t);
    if (ORGS.has(w)) m.org = true;
    else if (t === m.last + 1 && ROUTES.has(w)) m.facility = true;
    else if (t > m.last && FACILITIES.has(w)) m.facility = true;
    else if (t === m.last + 1 && FEATURES.has(w)) m.feature = true;
    else if (t > crossed || t < tlo || t > thi) continue; // a separate name, or past a possessive
    else if (t < m.first && TITLES.has(w)) m.person = m.personName = true;
    else if (isNameToken(tokFlags[t]) && !COMMON.has(w) && !DEMONYMS.has(w) && !COUNTRY_POSSESSIVES.has(w) && !(tokFlags[t] & SENT_START && t === tlo && t < m.first)) {
      m.person = true;
      if (PERSONS.has(w)) m.personName = true;
    }
  }
  // A lowercase word right after the name that makes it a clan or group ("the Saad clan") or a natural feature.
  if (m.following === null && m.last + 1 < n && tokFlags[m.last] & JOINED) {
    const next = lowerWord(text, m.last + 1);
    if (GROUP_AFTER.has(next)) m.org = true;
    else if (ROUTES.has(next)) m.facility = true;
    else if (FEATURES.has(next)) m.feature = true;
  }
  // A facility word right after the name, lowercase: "Kabul airport".
  if (!m.facility && m.following === null && m.last + 1 < n && tokFlags[m.last] & JOINED && FACILITIES.has(lowerWord(text, m.last + 1))) m.facility = true;
  // A title right before the run: "President Assad", "spokesman Zabihullah".
  if (lo > 0 && tokFlags[lo - 1] & JOINED && TITLES.has(lowerWord(text, lo - 1))) m.person = m.personName = true;
}

// ───────────── resolution ─────────────

interface Evidence {
  /** Country index → weight of the text's evidence for it. */
  countries: Map<number, number>;
  maxCountry: number;
  /** Countries some place name (not a country name or demonym) voted for. */
  placeVotes: Set<number>;
  /** The country with most evidence has place votes. */
  placeBacked: boolean;
  /** Accepted mentions resolved to a first-level region: region place index → the match. */
  admin1s: Map<number, Match>;
  /** Accepted mentions resolved to a city-level place (for proximity), with their match. */
  points: { m: Match; c: number }[];
  /** How many entries of points each town has (at most two). */
  pointCounts: Map<number, number>;
}

function addCountry(ev: Evidence, c: number, w: number): void {
  const v = (ev.countries.get(c) ?? 0) + w;
  ev.countries.set(c, v);
  if (v > ev.maxCountry) ev.maxCountry = v;
}

function candidateScore(g: Gazetteer, m: Match, c: number, ev: Evidence, matches: Match[], pass: number): number {
  const t = g.tables;
  let s = t.prior[c];
  const level = t.level[c];
  const country = t.country[c];
  // Bonus for the text's countries, in proportion to their share of the evidence and to its strength
  // (one demonym is weaker than a country named outright).
  const weight = (ev.countries.get(country) ?? 0) - (m.vote === country ? m.voteWeight : 0);
  if (ev.maxCountry > 0) s += (COUNTRY_WEIGHT * Math.min(1, ev.maxCountry / CLEAR_COUNTRY) * weight) / ev.maxCountry;
  const wanted = m.following ?? m.descriptor;
  // "X governorate" prefers a region, but not one in a country the text gives no sign of ("North Gaza
  // Governorate" is not Mozambique's Gaza province).
  if (wanted === 'admin1') s += level === LEVEL_ADMIN1 ? ((ev.countries.get(country) ?? 0) > 0 || ev.maxCountry === 0 ? 8 : 2) : 0;
  else if (wanted === 'exact' || wanted === 'admin2' || wanted === 'near') s += level === LEVEL_CITY ? 3 : 0;
  else if (m.regionHint && level === LEVEL_ADMIN1) s += 3;
  // A bracketed or comma-chained region is more often a province than a country of the same name ("(Rafi LGA, Niger)").
  if (m.regionHint && level === LEVEL_COUNTRY && wanted === null) s -= m.inBrackets ? 12 : 4;
  if (m.sound) s -= 2;
  if (m.groupSupport) s += 2 * (m.groupSupport.get(country) ?? 0);
  for (let k = m.container; k >= 0; k = matches[k].container) {
    const box = matches[k];
    if (box.chosen < 0) continue;
    const b = box.chosen;
    if (t.level[b] === LEVEL_COUNTRY) s += t.country[b] === country ? 5 : -2;
    else if (t.level[b] === LEVEL_ADMIN1) s += t.admin1[c] === b ? 6 : t.country[b] === country ? 1 : -1;
    else {
      const km = distanceKm(t.lat[c], t.lon[c], t.lat[b], t.lon[b]);
      s += km < 40 ? 5 : km < 100 ? 2 : t.country[b] === country ? 0.5 : -1;
      if (t.admin1[b] >= 0 && t.admin1[b] === t.admin1[c]) s += 1;
    }
    if (box.following === 'admin1' || box.descriptor === 'admin1') break;
  }
  if (m.possessor >= 0 && matches[m.possessor].chosen >= 0) {
    const b = matches[m.possessor].chosen;
    s += distanceKm(t.lat[c], t.lon[c], t.lat[b], t.lon[b]) < 60 ? 5 : 0;
  }
  if (pass > 0 && level !== LEVEL_COUNTRY) {
    // Other mentions support a candidate; a mention never supports itself.
    const region = t.admin1[c] >= 0 ? ev.admin1s.get(t.admin1[c]) : undefined;
    if (region && region !== m) s += 2;
    for (const p of ev.points) {
      if (p.m !== m && distanceKm(t.lat[c], t.lon[c], t.lat[p.c], t.lon[p.c]) < 100) {
        s += 1.5;
        break;
      }
    }
  }
  return s;
}

/** Exact, joined and sound keys of places' display names, kept across documents (places recur). */
const OWN_KEYS = new Map<number, [string, string, string]>();

const wordPrefix = (s: string, p: string): boolean => s.length > p.length && s.charCodeAt(p.length) === 32 && s.startsWith(p);


/** The strongest country evidence left once this name's own vote is taken out. */
function othersMax(ev: Evidence, m: Match): number {
  let max = 0;
  for (const [c, w] of ev.countries) max = Math.max(max, w - (m.vote === c ? m.voteWeight : 0));
  return max;
}

/** Whether the name matched is the place's own display name rather than one of its alternate names. */
function ownName(g: Gazetteer, m: Match, c: number): boolean {
  let keys = OWN_KEYS.get(c);
  if (!keys) {
    if (OWN_KEYS.size > 50_000) OWN_KEYS.clear();
    const key = normalisePlaceName(g.nameOf(c));
    keys = [key, key.replace(/ /g, ''), soundKey(key)];
    OWN_KEYS.set(c, keys);
  }
  const [own, joined, ownSound] = keys;
  const key = m.key;
  if (own === key || joined === key) return true;
  m.soundKey ??= soundKey(key);
  if (ownSound === m.soundKey) return true;
  // "Gaza City" for Gaza: the own name plus a place word.
  return (wordPrefix(key, own) && FOLLOWING.has(key.slice(own.length + 1))) || (wordPrefix(own, key) && FOLLOWING.has(own.slice(key.length + 1)));
}

/** Reusable buffers for the candidates of one match and their scores. */
const candBuf = new Int32Array(2 * MAX_CANDIDATES);
const scoreBuf = new Float64Array(2 * MAX_CANDIDATES);

function choose(g: Gazetteer, m: Match, ev: Evidence, matches: Match[], pass: number, veto = false): void {
  const t = g.tables;
  let n = 0;
  let top = -Infinity;
  for (const [list, penalty] of [[m.hits, 0], [m.alt, 2]] as const) {
    const limit = Math.min(list.length, MAX_CANDIDATES);
    for (let k = 0; k < limit; k++) {
      const c = list[k];
      // Countries are known by their names; a spelling variant never stands for one.
      if ((penalty || m.sound) && t.level[c] === LEVEL_COUNTRY) continue;
      // Once containers are accepted, a namesake outside them is no candidate.
      if (veto && containment(g, m, c, matches) < 0) continue;
      candBuf[n] = c;
      scoreBuf[n] = candidateScore(g, m, c, ev, matches, pass) - penalty;
      if (scoreBuf[n] > top) top = scoreBuf[n];
      n++;
    }
  }
  // Only candidates near the top can lose the lead to the alternate-name penalty, so only they pay for the check.
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < n; k++) {
    let s = scoreBuf[k];
    if (s < top - ALTERNATE_NAME_PENALTY || s <= bestScore - ALTERNATE_NAME_PENALTY) continue;
    const c = candBuf[k];
    if (t.level[c] === LEVEL_CITY && !ownName(g, m, c)) s -= ALTERNATE_NAME_PENALTY;
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  m.chosen = best;
}

/**
 * Exact candidates may all be wrong for the context: "Idleb province" where only a town is spelt
 * "Idleb", or a name whose exact spellings all lie in countries the text is not about. Then the
 * sound-key candidates compete too (with a penalty).
 */
function widen(g: Gazetteer, m: Match, ev: Evidence): void {
  if (m.sound || m.key.length < 5) return;
  const t = g.tables;
  const limit = Math.min(m.hits.length, MAX_CANDIDATES);
  const wantsRegion = (m.following ?? m.descriptor) === 'admin1';
  let fits = false;
  for (let k = 0; k < limit && !fits; k++) {
    const c = m.hits[k];
    fits = wantsRegion ? t.level[c] === LEVEL_ADMIN1 : ev.maxCountry === 0 || (ev.countries.get(t.country[c]) ?? 0) > 0;
  }
  if (!fits) m.alt = g.sounds(m.key);
}

/** A name written as a short all-capital word ("US", "UAE"). */
function acronym(m: Match): boolean {
  return (tokFlags[m.first] & ALLCAPS) !== 0 && m.end - m.start <= 4;
}

/** Checks that need no resolution: stop words, short names, persons, organisations. */
function plausible(text: string, m: Match): boolean {
  if (m.org || m.person || GROUPS.has(m.key)) return false;
  const oneWord = m.first === m.last || (m.last === m.first + 1 && (tokFlags[m.first] & CONNECT) !== 0);
  // A name made only of common words ("White House", "Red Cross") is not a place; an Arabic article
  // makes a proper name of any word ("As Said").
  if (!oneWord) {
    const words = text.slice(m.start, m.end).toLowerCase().split(/[\s-]+/);
    return words.some((w) => ARTICLES.has(w) || (!COMMON.has(w) && !CONNECTORS.has(w)));
  }
  const k = m.key;
  if (DEMONYMS.has(k)) return false;
  // "US" is not "us": an acronym in capitals is no common word (accept() lets acronyms be countries only).
  if (COMMON.has(k) && !(tokFlags[m.first] & ALLCAPS && m.end - m.start <= 4)) return false;
  if (PERSONS.has(k) && m.cue !== 'in' && m.cue !== 'near') return false;
  // Two-letter names only as acronyms written in capitals ("US"); acronyms only as countries (checked later).
  // Three-letter names ("Nis", "Van") need more support (checked in accept).
  if (m.end - m.start <= 2 && !(tokFlags[m.first] & ALLCAPS)) return false;
  return text.length > 0;
}

/**
 * How the containers the text names for m ("X, Y", "X (Y, Z)", "X in Y") bear on candidate c: -1 when
 * they rule it out (a namesake elsewhere), 1 when some accepted container holds it, 0 without containers.
 * Containers lie to the right and are accepted first.
 */
function containment(g: Gazetteer, m: Match, c: number, matches: Match[]): -1 | 0 | 1 {
  const t = g.tables;
  const level = t.level[c];
  let inside: 0 | 1 = 0;
  let nearest = true;
  for (let k = m.container, link = m.link; k >= 0; link = matches[k].link, k = matches[k].container) {
    const box = matches[k];
    if (!box.accepted) continue;
    const b = box.chosen;
    // A region's or a country's capital is never inside a namesake village abroad.
    const capital = t.featureRank[c] <= 1;
    // Only a container sure of its country can veto (a country, a region, or a name known in one country only);
    // a spelling variant is too weak a reading to stand against any container.
    if (t.country[b] !== t.country[c] && (t.level[b] !== LEVEL_CITY || m.sound || (singleCountry(g, box) && !capital))) return -1;
    // A region lies in no town and in no other region ("X in Y", "X (Y)"; a comma may join a list of regions).
    if (level === LEVEL_ADMIN1 && t.level[b] !== LEVEL_COUNTRY && b !== c && t.admin1[b] !== c && link !== 'comma') return -1;
    if (level === LEVEL_CITY && t.level[b] !== LEVEL_COUNTRY) {
      // "X district, Marib province", "X (Y, Marib)", "X, Marib": X lies in that region, else it is a namesake;
      // so does "X district, Y" and a GTD chain that ends in a country ("X, Y, Afghanistan"). A comma may also
      // join a list ("Tal Rifaat, Idlib and Hama"), and a regional capital may stand in a list of regions.
      const boxWord = box.following ?? box.descriptor;
      const own = m.following ?? m.descriptor;
      const listed = link === 'comma' && (box.listNext || capital);
      const sure = boxWord === 'admin1' || link === 'paren' || own === 'admin2' || endsInCountry(g, matches, k) || (link === 'comma' && !listed);
      // A city named like its region ("Donetsk", "Idlib") stands for the region after a comma or bracket.
      const region = t.level[b] === LEVEL_ADMIN1 ? b : link !== 'inside' && seatOfNamesake(g, b) ? t.admin1[b] : -1;
      // A name only one place bears, or a large city, is that place even where the text (or the gazetteer's
      // boundary) puts it in a neighbouring region: the region only sorts out namesakes.
      // A region whose centre lies far from it is no boundary disagreement, though: the text means another place.
      const farFromRegion = region >= 0 && distanceKm(t.lat[c], t.lon[c], t.lat[region], t.lon[region]) > NEIGHBOUR_REGION_KM;
      const sorts = farFromRegion || ((m.hits.length + m.alt.length > 1 || m.sound || !ownName(g, m, c)) && t.population[c] < PROMINENT_POPULATION * 2);
      if (region >= 0 && sure && sorts && t.admin1[c] !== region && !(t.level[b] === LEVEL_CITY && distanceKm(t.lat[c], t.lon[c], t.lat[b], t.lon[b]) <= INSIDE_TOWN_KM)) return -1;
      // "X (Y)", "X in Y", "X neighbourhood of Y" with Y a town: X lies close to Y, else it is a namesake.
      // A district ("X district of Y") lies in a province named like its capital, and a regional capital
      // (PPLA) often stands for its region: then the same region is enough.
      const wide = own === 'admin2' || (t.featureRank[b] <= 1 && t.admin1[b] === t.admin1[c]);
      const limit = link === 'inside' ? INSIDE_TOWN_KM : link === 'paren' ? INSIDE_DISTRICT_KM : Infinity;
      if (nearest && !wide && !box.sound && t.level[b] === LEVEL_CITY && distanceKm(t.lat[c], t.lon[c], t.lat[b], t.lon[b]) > limit) return -1;
    }
    inside = 1;
    nearest = false;
  }
  return inside;
}

/** Whether a city bears its first-level region's name ("Donetsk" in Donetsk oblast), so that it may stand for it. */
function seatOfNamesake(g: Gazetteer, b: number): boolean {
  const t = g.tables;
  const a1 = t.admin1[b];
  if (a1 < 0 || t.level[b] !== LEVEL_CITY) return false;
  const own = normalisePlaceName(g.nameOf(b));
  const region = normalisePlaceName(g.nameOf(a1));
  return own === region || soundKey(own) === soundKey(region);
}

/** Whether a resolved match counts as a place mention. */
function accept(g: Gazetteer, text: string, m: Match, ev: Evidence, matches: Match[]): boolean {
  const t = g.tables;
  const c = m.chosen;
  if (c < 0 || !plausible(text, m)) return false;
  const oneWord = m.first === m.last || (m.last === m.first + 1 && (tokFlags[m.first] & CONNECT) !== 0);
  const level = t.level[c];
  // All-capital short words are acronyms: only countries ("US", "UAE") count.
  if (tokFlags[m.first] & ALLCAPS && m.end - m.start <= 4 && level !== LEVEL_COUNTRY) return false;
  // A country after an organisation's name is part of that name; a town there is where the organisation sits.
  // "Car" at a sentence start is not the CAR: a short country alias counts only in capitals.
  // An acronym ("US dollar", "UK-based") is mostly an adjective: a place only after "in"/"near" or in a chain.
  if (level === LEVEL_COUNTRY) {
    if (m.sound || m.orgTail) return false;
    if (!acronym(m)) return m.end - m.start > 3;
    return m.cue === 'in' || m.cue === 'near' || m.contained || m.container >= 0;
  }
  // The text puts the name inside a container: a candidate outside it is a namesake.
  const inside = containment(g, m, c, matches);
  if (inside < 0) return false;
  const contained = inside > 0;
  const weight = (ev.countries.get(t.country[c]) ?? 0) - (m.vote === t.country[c] ? m.voteWeight : 0);
  const cued = m.cue !== 'none' || m.descriptor !== null || m.following !== null || m.container >= 0 || m.contained || m.facility || m.feature;
  const countryOfText = weight > 0 && weight >= ev.maxCountry / 2;
  const prominent = t.featureRank[c] <= 1 || t.population[c] >= PROMINENT_POPULATION * 2;
  // "Macuto Bay", "the Kali forest": a feature named like a town in the text's country is near that town;
  // a mall or school named like a small town abroad is just a name.
  if (m.feature && !countryOfText) return false;
  if (m.facility && !countryOfText && !prominent && m.cue === 'none') return false;
  if (m.facility && weight <= 0 && ev.maxCountry > 0 && !prominent) return false;
  // An alternate name of a place in a country the text gives no sign of, while it gives signs of others.
  if (level === LEVEL_CITY && weight <= 0 && ev.placeBacked && othersMax(ev, m) >= 2 && !ownName(g, m, c) && !m.contained && m.container < 0) return false;
  // Spelling variants and three-letter names need a cue and a country the text is about (or a container).
  // "X state" where the gazetteer knows no region X: a town X elsewhere is not it.
  if ((m.following ?? m.descriptor) === 'admin1' && level === LEVEL_CITY && weight <= 0 && !prominent) return false;
  if (m.partial && !prominent) return cued && (countryOfText || contained || singleCountry(g, m));
  if (m.end - m.start <= 3 && !m.sound) return cued && (prominent || countryOfText || contained);
  if (m.sound) return cued && (countryOfText || contained);
  if (level === LEVEL_ADMIN1) return true;
  // A small place abroad, in a text clearly about other countries, is another place's namesake.
  // (Only when the text's main country is attested by places too, not just named as someone's origin.)
  if (weight <= 0 && ((ev.placeBacked && ev.maxCountry >= 2) || ev.maxCountry >= 2 * CLEAR_COUNTRY) && t.featureRank[c] > 0 && t.population[c] < PROMINENT_POPULATION * 2) return false;
  if (cued) return true;
  const inCountry = weight >= 1;
  if (!oneWord) return inCountry || t.population[c] >= 1000 || t.featureRank[c] <= 2;
  if (tokFlags[m.first] & SENT_START) return t.featureRank[c] <= 1 || t.population[c] >= PROMINENT_POPULATION * 2 || (inCountry && t.population[c] >= 1000);
  return t.featureRank[c] <= 1 || t.population[c] >= PROMINENT_POPULATION || (inCountry && t.featureRank[c] <= 3);
}

/**
 * A spelling-variant (or three-letter) match is kept only near the other places the text names:
 * within VARIANT_SUPPORT_KM of one of them or in a region it names. A text naming no other place gives no check.
 */
function supported(g: Gazetteer, m: Match, ev: Evidence): boolean {
  const t = g.tables;
  const c = m.chosen;
  if (t.level[c] !== LEVEL_CITY) return true;
  let others = 0;
  for (const [region, other] of ev.admin1s) {
    if (other === m) continue;
    others++;
    if (t.admin1[c] === region) return true;
  }
  for (const p of ev.points) {
    if (p.m === m || !p.m.accepted) continue;
    others++;
    if (distanceKm(t.lat[c], t.lon[c], t.lat[p.c], t.lon[p.c]) <= VARIANT_SUPPORT_KM) return true;
  }
  return others === 0;
}

/**
 * Records an accepted town as support for the others. Two mentions of one town are enough to tell "another
 * mention" from "itself", and past MAX_SUPPORT_POINTS towns more add nothing: both keep the support loops
 * linear in a text that repeats or lists thousands of places.
 */
function addPoint(ev: Evidence, m: Match, c: number): void {
  if (ev.points.length >= MAX_SUPPORT_POINTS) return;
  const seen = ev.pointCounts.get(c) ?? 0;
  if (seen >= 2) return;
  ev.pointCounts.set(c, seen + 1);
  ev.points.push({ m, c });
}

/** Whether the chain of containers from match k ends in an accepted country ("..., Farah, Afghanistan"). */
function endsInCountry(g: Gazetteer, matches: Match[], k: number): boolean {
  for (let j = matches[k].container; j >= 0; j = matches[j].container) {
    if (matches[j].accepted && g.tables.level[matches[j].chosen] === LEVEL_COUNTRY) return true;
  }
  return false;
}

/** Whether all of a name's exact candidates lie in one country. */
function singleCountry(g: Gazetteer, m: Match): boolean {
  const t = g.tables;
  const limit = Math.min(m.hits.length, MAX_CANDIDATES);
  for (let k = 1; k < limit; k++) if (t.country[m.hits[k]] !== t.country[m.hits[0]]) return false;
  return m.hits.length > 0;
}

/** Country support among names chained into one location ("San Juan, Lagunillas, Merida state"). */
function groupSupport(g: Gazetteer, matches: Match[]): void {
  const t = g.tables;
  let k = 0;
  while (k < matches.length) {
    let end = k;
    while (end < matches.length - 1 && matches[end].container === end + 1) end++;
    if (end > k) {
      const sets: Set<number>[] = [];
      for (let j = k; j <= end; j++) {
        const set = new Set<number>();
        for (const list of [matches[j].hits, matches[j].alt]) {
          const limit = Math.min(list.length, MAX_CANDIDATES);
          for (let x = 0; x < limit; x++) set.add(t.country[list[x]]);
        }
        sets.push(set);
      }
      for (let j = k; j <= end; j++) {
        const support = new Map<number, number>();
        sets.forEach((set, x) => {
          if (x !== j - k) for (const c of set) support.set(c, (support.get(c) ?? 0) + 1);
        });
        matches[j].groupSupport = support;
      }
    }
    k = end + 1;
  }
}

/** "X, Y", "X (Y, Z)", "X in Y province", "Kabul's Y district", and lists "X, Y and Z" sharing one cue. */
function linkChains(text: string, matches: Match[]): void {
  for (let k = 0; k + 1 < matches.length; k++) {
    const m = matches[k];
    const next = matches[k + 1];
    const gapText = text.slice(m.tailEnd, next.start);
    if (tokFlags[m.last] & POSSESSIVE && m.tailEnd === m.end && /^['’]s\s+$/.test(gapText)) {
      next.possessor = k;
      if (next.cue === 'none') next.cue = m.cue === 'weak' ? 'weak' : m.cue;
      continue;
    }
    // "the Damboa - Maiduguri road": both ends of a road are near the event.
    if (next.facility && /^\s*[-–]\s*$/.test(gapText)) m.facility = true;
    const skipped = !CHAIN_GAP.test(gapText) && SKIPPED_NAMES_GAP.test(gapText);
    if (skipped || CHAIN_GAP.test(gapText)) {
      m.container = k + 1;
      m.link = skipped ? 'comma' : gapText.includes('(') ? 'paren' : /\bin\b|\bof\b/i.test(gapText) ? 'inside' : 'comma';
      // The name after a comma or bracket is usually the region ("Utinga, Bahia", "Mar del Plata (Buenos Aires)").
      if (m.link !== 'inside') next.regionHint = true;
      next.contained = true;
      if (next.cue === 'none') next.cue = m.cue === 'in' || m.cue === 'near' ? 'in' : 'weak';
    } else if (LIST_GAP.test(gapText)) {
      if (/\b(?:and|or)\b|[/&]/i.test(gapText)) m.listNext = true;
      if (next.cue === 'none' && m.cue !== 'none') next.cue = m.cue;
    }
  }
  // "in Kabul, Ghor, Laghman and Balkh provinces": a plural place word names every item of the list.
  for (let k = matches.length - 1; k > 0; k--) {
    const m = matches[k];
    if (m.following === null || !PLURAL_FOLLOWING.test(text.slice(m.end, m.tailEnd))) continue;
    for (let j = k - 1; j >= 0 && matches[j].following === null && LIST_GAP.test(text.slice(matches[j].tailEnd, matches[j + 1].start)); j--) {
      matches[j].following = m.following;
    }
  }
}

function precisionOf(g: Gazetteer, m: Match): LocationPrecision {
  const level = g.tables.level[m.chosen];
  if (level === LEVEL_COUNTRY) return 'country';
  const word = m.following ?? m.descriptor;
  if (word === 'admin1' || (level === LEVEL_ADMIN1 && word !== 'admin2')) return 'admin1';
  if (word === 'admin2' || (m.parenthetical && level === LEVEL_CITY && word === null)) return 'admin2';
  if (m.cue === 'near' || word === 'near' || m.facility || m.feature) return 'near';
  return 'exact';
}

/** Countries the text names by demonym ("Syrian forces", "an Afghan official"). */
function demonymEvidence(text: string, n: number, g: Gazetteer, ev: Evidence): void {
  for (let i = 0; i < n; i++) {
    if (!(tokFlags[i] & CAP)) continue;
    const code = DEMONYMS.get(normalisePlaceName(text.slice(tokStart[i], tokEnd[i])));
    if (code === undefined) continue;
    const p = g.countryPlaceIndex(code);
    if (p >= 0) addCountry(ev, g.tables.country[p], 1);
  }
}

/**
 * Every place named in `text`, resolved to its best gazetteer candidate, in text order.
 * `sentences` (from the sentence splitter) only sharpens sentence-start detection.
 */
export function findPlaces(text: string, sentences?: Sentence[]): PlaceMention[] {
  if (typeof text !== 'string') throw new SitrepError('BAD_DOCUMENT', `text must be a string, got ${text === null ? 'null' : typeof text}`, 'findPlaces');
  const g = loadGazetteer();
  const t = g.tables;
  const n = tokenize(text, sentences);
  const matches = scanNames(text, n, g);
  if (matches.length === 0) return [];
  for (const m of matches) readContext(text, m, n);
  // A name once seen inside a person's name ("John Kerry") is that person all through the text ("Kerry said").
  const personKeys = new Set<string>();
  for (const m of matches) if (m.personName && m.first === m.last) personKeys.add(m.key);
  if (personKeys.size) for (const m of matches) if (personKeys.has(m.key) && m.cue !== 'in' && m.cue !== 'near') m.person = true;
  linkChains(text, matches);

  const ev: Evidence = { countries: new Map(), maxCountry: 0, placeVotes: new Set(), placeBacked: false, admin1s: new Map(), points: [], pointCounts: new Map() };
  demonymEvidence(text, n, g, ev);
  // Pass 0: names that are unambiguous about their country (countries, regions, cued or single-country names).
  // A name other than a country votes once however often it is repeated; it never counts as evidence for itself (see ownWeight).
  const voted = new Set<string>();
  for (const m of matches) {
    if (m.sound || !plausible(text, m)) continue;
    const top = m.hits[0];
    if (t.level[top] === LEVEL_COUNTRY) {
      // "(Rafi LGA, Niger)": a bracketed name that is also a region is not evidence for the country.
      // An acronym counts like a demonym ("US forces").
      if (!(m.inBrackets && Array.prototype.some.call(m.hits, (c: number) => t.level[c] === LEVEL_ADMIN1))) addCountry(ev, t.country[top], acronym(m) ? 1 : 3);
    }
    else if (!voted.has(m.key)) {
      let single = true;
      const limit = Math.min(m.hits.length, MAX_CANDIDATES);
      for (let k = 1; k < limit && single; k++) single = t.country[m.hits[k]] === t.country[top];
      const prominent = t.prior[top] >= PROMINENT_PRIOR && t.prior[top] - (m.hits.length > 1 ? t.prior[m.hits[1]] : 0) > 1.5;
      if (single || prominent) {
        voted.add(m.key);
        m.vote = t.country[top];
        m.voteWeight = m.cue !== 'none' || m.following || m.descriptor ? 1 : 0.5;
        addCountry(ev, m.vote, m.voteWeight);
        ev.placeVotes.add(m.vote);
      }
    }
  }
  for (const [c, w] of ev.countries) if (w === ev.maxCountry && ev.placeVotes.has(c)) ev.placeBacked = true;
  // Resolve containers before what they contain (right to left), then accept.
  for (const m of matches) if (!m.org) widen(g, m, ev);
  groupSupport(g, matches);
  for (let k = matches.length - 1; k >= 0; k--) choose(g, matches[k], ev, matches, 0);
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k];
    m.accepted = accept(g, text, m, ev, matches);
    // The best candidate was a namesake outside the container the text names: the best one inside, if any.
    if (!m.accepted && m.container >= 0 && m.chosen >= 0 && containment(g, m, m.chosen, matches) < 0) {
      choose(g, m, ev, matches, 0, true);
      m.accepted = m.chosen >= 0 && accept(g, text, m, ev, matches);
    }
    if (!m.accepted) continue;
    const c = m.chosen;
    if (t.level[c] === LEVEL_ADMIN1) ev.admin1s.set(c, m);
    else if (t.level[c] === LEVEL_CITY) addPoint(ev, m, c);
  }
  // Pass 1: with the regions and places now known, re-choose (mentions near each other support each other).
  if (ev.points.length + ev.admin1s.size > 1) {
    for (let k = matches.length - 1; k >= 0; k--) {
      const m = matches[k];
      if (!m.accepted) continue;
      const before = m.chosen;
      choose(g, m, ev, matches, 1, m.container >= 0);
      if (m.chosen < 0) m.chosen = before;
    }
  }
  for (const m of matches) if (m.accepted && (m.sound || m.partial || m.end - m.start <= 3) && !supported(g, m, ev)) m.accepted = false;
  const out: PlaceMention[] = [];
  for (const m of matches) {
    if (!m.accepted) continue;
    out.push({
      span: { start: m.start, end: m.end },
      place: g.place(m.chosen),
      precision: precisionOf(g, m),
      cue: m.cue === 'in' || m.cue === 'near' ? m.cue : 'none',
    });
  }
  return out;
}
