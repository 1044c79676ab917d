// Place mentions: every place named in a text, resolved against the offline gazetteer.
// Organised like chrono-node: a scanner proposes positioned name matches (capitalised word runs found
// in the name index), small readers attach the context around each (cue words, "X province", "the city
// of X", "in X, Y" containers, organisation names), then refiners accept or drop each match and pick its
// best gazetteer candidate using the document's countries and regions.
import type { Sentence, PlaceMention } from './types.js';
import type { LocationPrecision } from '../core/types.js';
import { COUNTRIES } from '../data/countries.js';
import {
  DESCRIPTOR_PRECISION, DISTANCE_UNITS, FOLLOWING_PRECISION, IN_CUES, NAME_CONNECTORS, NEAR_CUES, WEAK_CUES,
} from '../data/place-cues.js';
import { NAME_ARTICLES } from '../data/place-names.js';
import { COMMON_WORDS, ORGANISATION_WORDS, PERSON_NAMES, PERSON_TITLES } from '../data/place-stopwords.js';
import { distanceKm, loadGazetteer, normalisePlaceName, type Gazetteer } from './gazetteer/index.js';
import { LEVEL_ADMIN1, LEVEL_CITY, LEVEL_COUNTRY } from './gazetteer/format.js';

// ───────────── word lists as sets ─────────────

const COMMON = new Set(COMMON_WORDS);
const PERSONS = new Set(PERSON_NAMES);
const ORGS = new Set(ORGANISATION_WORDS);
const TITLES = new Set(PERSON_TITLES);
const ARTICLES = new Set(NAME_ARTICLES);
const CONNECTORS = new Set([...NAME_CONNECTORS, ...NAME_ARTICLES]);
const FOLLOWING = new Map(Object.entries(FOLLOWING_PRECISION));
const DEMONYMS = new Map<string, string>();
for (const c of COUNTRIES) for (const d of c.demonyms) DEMONYMS.set(normalisePlaceName(d), c.code);

// ───────────── precompiled patterns ─────────────

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const COMPASS = 'northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|northwest|northeast|southwest|southeast|rural|greater|downtown|upper|lower';

const IN_SET = new Set(IN_CUES);
const NEAR_SET = new Set(NEAR_CUES.map((c) => c.replace(/^the /, '')));
// A cue right before the name: "in Aleppo", "near the town", "10 km north of Kabul", "in northern Idlib".
const LEFT_CUE = new RegExp(
  `(?:^|[^\\p{L}])(?<cue>${alternation([...IN_CUES, ...NEAR_CUES, ...WEAK_CUES])})\\s+(?:the\\s+)?(?:(?<dir>${COMPASS})\\s+)?$`, 'iu');
// A descriptor phrase: "the western city of", "in the rebel-held town of", "the province of".
const LEFT_DESCRIPTOR = new RegExp(
  `(?:(?:^|[^\\p{L}])(?<cue>${alternation([...IN_CUES, ...NEAR_CUES, ...WEAK_CUES])})\\s+)?(?:(?:the|a|an)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?<desc>${alternation(Object.keys(DESCRIPTOR_PRECISION))})\\s+of\\s+(?:the\\s+)?$`, 'iu');
// "X province", "X's western countryside", "X city".
const RIGHT_WORD = new RegExp(`^(?:['’]s)?\\s+(?:(?:${COMPASS})\\s+)?(?<word>${alternation([...FOLLOWING.keys()])})(?![\\p{L}])`, 'iu');
// A name in a chain after names the gazetteer does not know: "in Maywand district, Kandahar province".
const caseFree = (w: string): string => w.split('').map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escape(ch))).join('');
const caseFreeAlternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(caseFree).join('|');
const CHAIN_WORD = `(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|${caseFreeAlternation([...FOLLOWING.keys(), 'of', 'al', 'el', 'the'])})`;
const LEFT_CHAIN = new RegExp(
  `(?:^|[^\\p{L}])(?<cue>${caseFreeAlternation([...IN_CUES, ...NEAR_CUES])})\\s+(?:the\\s+)?${CHAIN_WORD}(?:\\s*[,(]?\\s*${CHAIN_WORD}){0,6}\\s*[,(]\\s*$`, 'u');
// Separators that chain a name to the one that contains it: "X, Y", "X (Y, Z)", "X in Y", "X of Y".
const CHAIN_GAP = /^\s*(?:,|\(|,?\s+in|\s+of|\s+-|\s+–)\s*(?:the\s+)?$/i;
const LIST_GAP = /^\s*(?:,|,?\s+and|,?\s+or|\/|&)\s*$/i;
const DISTANCE_BEFORE = new RegExp(`\\d\\s*(?:${alternation(DISTANCE_UNITS)})\\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\\s+)?(?:of|from)\\s+(?:the\\s+)?$`, 'i');

// Words: letters/digits, with internal apostrophes and hyphens ("Ma'arrat", "al-Bab", "Bar-Sanguun").
const WORD = /[\p{L}\p{N}]+(?:['’‘ʿʾ`-][\p{L}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|ed|ash|as|ar|az|an|at|es|ez|en|ul)-\p{Lu}/u;

const WINDOW = 90;
const MAX_NAME_WORDS = 4;
/** Candidates per name considered when resolving (the index lists them by prominence). */
const MAX_CANDIDATES = 60;
/** A bare one-word name with no cue must be this prominent to count (or lie in a country the text is about). */
const PROMINENT_POPULATION = 50_000;

// Token flags.
const CAP = 1;
const ALLCAPS = 2;
const CONNECT = 4; // lowercase connector or article
const JOINED = 8; // only spaces between this token and the next
const SENT_START = 16;
const POSSESSIVE = 32;

/** Reusable token columns (grown on demand), so scanning allocates nothing per word. */
let tokStart = new Int32Array(512);
let tokEnd = new Int32Array(512);
let tokFlags = new Uint8Array(512);

function grow(n: number): void {
  if (n < tokStart.length) return;
  const size = Math.max(n + 1, tokStart.length * 2);
  const [s, e, f] = [new Int32Array(size), new Int32Array(size), new Uint8Array(size)];
  s.set(tokStart); e.set(tokEnd); f.set(tokFlags);
  [tokStart, tokEnd, tokFlags] = [s, e, f];
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

function tokenize(text: string, sentences: Sentence[] | undefined): number {
  let n = 0;
  let sentence = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    grow(n);
    let end = m.index + m[0].length;
    let flags = 0;
    const w = m[0];
    const last2 = w.length > 3 ? w.charCodeAt(w.length - 2) : 0;
    if ((last2 === 39 || last2 === 0x2019) && (w.endsWith('s') || w.endsWith('S'))) {
      end -= 2;
      flags |= POSSESSIVE;
    }
    const first = w[0];
    if (UPPER.test(first)) {
      flags |= CAP;
      if (end - m.index >= 2 && !LOWER_LETTER.test(text.slice(m.index, end))) flags |= ALLCAPS;
    } else if (ARTICLE_PREFIX.test(w)) flags |= CAP;
    else if (CONNECTORS.has(w.toLowerCase())) flags |= CONNECT;
    const prevEnd = n > 0 ? tokEnd[n - 1] : 0;
    if (sentences) {
      while (sentence < sentences.length && sentences[sentence].end <= m.index) sentence++;
      if (sentence < sentences.length && (n === 0 || tokStart[n - 1] < sentences[sentence].start) && m.index >= sentences[sentence].start) flags |= SENT_START;
    } else if (n === 0 || startsSentence(text, prevEnd, m.index)) flags |= SENT_START;
    if (n > 0 && !(tokFlags[n - 1] & POSSESSIVE) && isSpaceOnly(text, prevEnd, m.index)) tokFlags[n - 1] |= JOINED;
    tokStart[n] = m.index;
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
  hits: Int32Array;
  /** Sound-key candidates considered besides the exact ones (when the exact ones cannot fit the context). */
  alt: Int32Array;
  sound: boolean;
  /** Named in parentheses after another name: ACLED's "site (district, region)". */
  parenthetical: boolean;
  /** Context read around the name. */
  cue: 'in' | 'near' | 'weak' | 'none';
  descriptor: 'exact' | 'near' | 'admin2' | 'admin1' | null;
  following: 'exact' | 'near' | 'admin2' | 'admin1' | null;
  /** End of the name plus its following word ("Kandahar province"): where a chain separator is looked for. */
  tailEnd: number;
  org: boolean;
  person: boolean;
  /** Index of the next match that contains this one ("X, Y province", "X (Y, Z)"), or -1. */
  container: number;
  /** Some earlier match names this one as its container. */
  contained: boolean;
  /** A place named right before with "'s" ("Kabul's Y district"). */
  possessor: number;
  chosen: number;
  accepted: boolean;
}

function isNameToken(flags: number): boolean {
  return (flags & CAP) !== 0;
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
        const key = normalisePlaceName(text.slice(tokStart[i], tokEnd[j]));
        if (key) {
          const hits = g.exact(key);
          if (hits.length) best = makeMatch(i, j, key, hits, false);
        }
      }
      if (fj & POSSESSIVE) break;
    }
    if (!best) best = soundMatch(text, i, n, g);
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
    first, last, start: tokStart[first], end: tokEnd[last], key, hits, alt: NO_HITS, sound, parenthetical: false, cue: 'none', descriptor: null, following: null,
    tailEnd: tokEnd[last], org: false, person: false, container: -1, contained: false, possessor: -1, chosen: -1, accepted: false,
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
      const key = normalisePlaceName(text.slice(tokStart[i], tokEnd[j]));
      if (key.length >= 5) {
        const hits = g.sounds(key);
        if (hits.length) best = makeMatch(i, j, key, hits, true);
      }
    }
    if (fj & POSSESSIVE) break;
  }
  return best;
}

// ───────────── context readers ─────────────

function lowerWord(text: string, t: number): string {
  return text.slice(tokStart[t], tokEnd[t]).toLowerCase();
}

function readContext(text: string, m: Match, n: number): void {
  const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
  const desc = LEFT_DESCRIPTOR.exec(before);
  let cueWord: string | undefined;
  if (desc?.groups) {
    m.descriptor = DESCRIPTOR_PRECISION[desc.groups.desc.toLowerCase()] ?? null;
    cueWord = desc.groups.cue;
  } else {
    cueWord = LEFT_CUE.exec(before)?.groups?.cue;
  }
  let chained = false;
  m.parenthetical = /\(\s*$/.test(before);
  if (!cueWord && /[,(]\s*$/.test(before)) {
    cueWord = LEFT_CHAIN.exec(before)?.groups?.cue;
    chained = cueWord !== undefined;
  }
  if (cueWord) {
    const c = cueWord.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
    m.cue = NEAR_SET.has(c) ? 'near' : IN_SET.has(c) ? 'in' : 'weak';
    // A name that contains the site ("..., Kandahar province") locates it, whatever the site's own cue.
    if (chained) m.cue = 'in';
  }
  if (DISTANCE_BEFORE.test(before)) m.cue = 'near';
  if (m.descriptor === 'near' && m.cue !== 'none') m.cue = 'near';

  const after = text.slice(m.end, m.end + 40);
  const right = RIGHT_WORD.exec(after);
  if (right?.groups) {
    m.following = FOLLOWING.get(right.groups.word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
    m.tailEnd = m.end + right[0].length;
  }

  // The capitalised run around the name: other words in it make it an organisation or a person.
  let lo = m.first;
  while (lo > 0 && tokFlags[lo - 1] & JOINED && (isNameToken(tokFlags[lo - 1]) || (tokFlags[lo - 1] & CONNECT && lo - 2 >= 0 && isNameToken(tokFlags[lo - 2]) && tokFlags[lo - 2] & JOINED))) lo--;
  let hi = m.last;
  while (hi + 1 < n && tokFlags[hi] & JOINED && !(tokFlags[hi] & POSSESSIVE) && (isNameToken(tokFlags[hi + 1]) || (tokFlags[hi + 1] & CONNECT && hi + 2 < n && tokFlags[hi + 1] & JOINED && isNameToken(tokFlags[hi + 2])))) hi++;
  const skipFollowing = m.following !== null ? 1 : 0;
  for (let t = lo; t <= hi; t++) {
    if (t >= m.first && t <= m.last + skipFollowing) continue;
    const w = lowerWord(text, t);
    if (ORGS.has(w)) m.org = true;
    else if (t < m.first && TITLES.has(w)) m.person = true;
    else if (isNameToken(tokFlags[t]) && !COMMON.has(w) && !DEMONYMS.has(w) && !(tokFlags[t] & SENT_START && t === lo && t < m.first)) m.person = true;
  }
  // A title right before the run: "President Assad", "spokesman Zabihullah".
  if (lo > 0 && tokFlags[lo - 1] & JOINED && TITLES.has(lowerWord(text, lo - 1))) m.person = true;
}

// ───────────── resolution ─────────────

interface Evidence {
  /** Country index → weight of the text's evidence for it. */
  countries: Map<number, number>;
  maxCountry: number;
  /** Accepted mentions resolved to a first-level region: region place index → the match. */
  admin1s: Map<number, Match>;
  /** Accepted mentions resolved to a city-level place (for proximity), with their match. */
  points: { m: Match; c: number }[];
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
  if (ev.maxCountry > 0) s += (4 * (ev.countries.get(country) ?? 0)) / ev.maxCountry;
  const wanted = m.following ?? m.descriptor;
  if (wanted === 'admin1') s += level === LEVEL_ADMIN1 ? 8 : 0;
  else if (wanted === 'exact' || wanted === 'admin2' || wanted === 'near') s += level === LEVEL_CITY ? 3 : 0;
  if (m.sound) s -= 2;
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

function choose(g: Gazetteer, m: Match, ev: Evidence, matches: Match[], pass: number): void {
  let best = -1;
  let bestScore = -Infinity;
  for (const [list, penalty] of [[m.hits, 0], [m.alt, 2]] as const) {
    const limit = Math.min(list.length, MAX_CANDIDATES);
    for (let k = 0; k < limit; k++) {
      const c = list[k];
      const s = candidateScore(g, m, c, ev, matches, pass) - penalty;
      if (s > bestScore) [best, bestScore] = [c, s];
    }
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

/** Whether a resolved match counts as a place mention. */
function accept(g: Gazetteer, text: string, m: Match, ev: Evidence): boolean {
  const t = g.tables;
  const c = m.chosen;
  if (c < 0 || m.org) return false;
  const oneWord = m.first === m.last || (m.last === m.first + 1 && tokFlags[m.first] & CONNECT);
  const surface = text.slice(m.start, m.end);
  const level = t.level[c];
  if (oneWord) {
    const k = m.key;
    if (COMMON.has(k) || DEMONYMS.has(k)) return false;
    // Short names ("Bo", "Ur", "US") only as written in capitals, and only as countries.
    if (k.length <= 3 && !(tokFlags[m.first] & ALLCAPS && level === LEVEL_COUNTRY)) return false;
    if (PERSONS.has(k) && (m.cue === 'none' || m.person)) return false;
  }
  if (m.person && m.cue === 'none' && m.following === null) return false;
  // Capitals in running text are names; all-capital words are acronyms unless they spell a country.
  if (tokFlags[m.first] & ALLCAPS && surface.length <= 4 && level !== LEVEL_COUNTRY) return false;
  const cued = m.cue !== 'none' || m.descriptor !== null || m.following !== null || m.container >= 0 || m.contained;
  if (level === LEVEL_COUNTRY || level === LEVEL_ADMIN1) return !m.sound || cued;
  if (m.sound) return cued && (ev.countries.get(t.country[c]) ?? 0) > 0;
  if (cued) return true;
  const inCountry = (ev.countries.get(t.country[c]) ?? 0) >= 1;
  if (!oneWord) return inCountry || t.population[c] >= 1000 || t.featureRank[c] <= 2;
  if (tokFlags[m.first] & SENT_START) return t.featureRank[c] <= 1 || t.population[c] >= PROMINENT_POPULATION * 2 || (inCountry && t.population[c] >= 1000);
  return t.featureRank[c] <= 1 || t.population[c] >= PROMINENT_POPULATION || (inCountry && t.featureRank[c] <= 3);
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
    if (CHAIN_GAP.test(gapText)) {
      m.container = k + 1;
      next.contained = true;
      if (next.cue === 'none') next.cue = m.cue === 'in' || m.cue === 'near' ? 'in' : 'weak';
    } else if (LIST_GAP.test(gapText) && next.cue === 'none' && m.cue !== 'none') next.cue = m.cue;
  }
}

function precisionOf(g: Gazetteer, m: Match): LocationPrecision {
  const level = g.tables.level[m.chosen];
  if (level === LEVEL_COUNTRY) return 'country';
  const word = m.following ?? m.descriptor;
  if (word === 'admin1' || (level === LEVEL_ADMIN1 && word !== 'admin2')) return 'admin1';
  if (word === 'admin2' || (m.parenthetical && level === LEVEL_CITY && word === null)) return 'admin2';
  if (m.cue === 'near' || word === 'near') return 'near';
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
  const g = loadGazetteer();
  const t = g.tables;
  const n = tokenize(text, sentences);
  const matches = scanNames(text, n, g);
  if (matches.length === 0) return [];
  for (const m of matches) readContext(text, m, n);
  linkChains(text, matches);

  const ev: Evidence = { countries: new Map(), maxCountry: 0, admin1s: new Map(), points: [] };
  demonymEvidence(text, n, g, ev);
  // Pass 0: names that are unambiguous about their country (countries, regions, cued or single-country names).
  for (const m of matches) {
    if (m.org || m.sound) continue;
    const top = m.hits[0];
    if (t.level[top] === LEVEL_COUNTRY) addCountry(ev, t.country[top], 3);
    else {
      let single = true;
      const limit = Math.min(m.hits.length, MAX_CANDIDATES);
      for (let k = 1; k < limit && single; k++) single = t.country[m.hits[k]] === t.country[top];
      const prominent = t.prior[top] - (m.hits.length > 1 ? t.prior[m.hits[1]] : 0) > 1.5;
      if (single || prominent) addCountry(ev, t.country[top], m.cue !== 'none' || m.following || m.descriptor ? 1 : 0.5);
    }
  }
  // Resolve containers before what they contain (right to left), then accept.
  for (const m of matches) if (!m.org) widen(g, m, ev);
  for (let k = matches.length - 1; k >= 0; k--) choose(g, matches[k], ev, matches, 0);
  for (const m of matches) {
    m.accepted = accept(g, text, m, ev);
    if (!m.accepted) continue;
    const c = m.chosen;
    if (t.level[c] === LEVEL_ADMIN1) ev.admin1s.set(c, m);
    else if (t.level[c] === LEVEL_CITY) ev.points.push({ m, c });
  }
  // Pass 1: with the regions and places now known, re-choose (mentions near each other support each other).
  if (ev.points.length + ev.admin1s.size > 1) {
    for (let k = matches.length - 1; k >= 0; k--) {
      const m = matches[k];
      if (m.accepted) choose(g, m, ev, matches, 1);
    }
  }
  if (process.env.SITREP_DEBUG_PLACES) for (const m of matches) console.error(JSON.stringify({ s: text.slice(m.start, m.end), key: m.key, hits: m.hits.length, sound: m.sound, cue: m.cue, d: m.descriptor, f: m.following, org: m.org, person: m.person, cont: m.container, chosen: m.chosen >= 0 ? g.nameOf(m.chosen) + "/" + t.level[m.chosen] : null, acc: m.accepted }));
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
