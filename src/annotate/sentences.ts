// Sentence splitter: one linear scan over the text for candidate terminators (. ! ? … and newlines),
// each judged by looking at the few characters around it. No tokenisation, no per-character objects.
// Besides ordinary prose it copes with the shapes news scrapes take: sentences glued without a space
// ("as normal.Omar"), datelines and headlines run into the first sentence, dash-framed section heads
// ("- Troops kill 10 children -") and wire sign-offs ("--Reuters", "-AFP").
import type { Sentence } from './types.js';
import {
  CONTINUATION_WORDS, DATE_ABBREVIATIONS, DOTTED_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS,
} from '../data/sentence-abbreviations.js';
import { DATELINE_LEADS, MONTHS, WEEKDAYS } from '../data/date-words.js';

export interface SplitOptions {
  /** The document's headline. When the text begins with it (after any dateline), it becomes its own sentence. */
  title?: string;
}

const TITLES = new Set(TITLE_ABBREVIATIONS);
const BEFORE_NUMBER = new Set(NUMBER_ABBREVIATIONS);
const DATE_ABBRS = new Set(DATE_ABBREVIATIONS);
const DOTTED = new Set(DOTTED_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
const CONTINUATIONS = new Set(CONTINUATION_WORDS);

/** A line shorter than this that ends without punctuation reads as a heading when a capitalised line follows. */
const HEADING_LINE_MAX = 60;
/** Longest dash-framed section head we accept ("- Troops kill 10 children -"). */
const DASH_HEAD_MAX = 150;

const CANDIDATE = /[.!?\u2026\n]/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Regex alternation of `words` as written lower-case, Capitalised or in CAPITALS, longest first. */
const alternation = (words: Iterable<string>): string => {
  const forms = new Set<string>();
  for (const w of words) for (const f of [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) forms.add(f);
  return [...forms].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
};

const MONTH_RE = `(?:${alternation(Object.keys(MONTHS))})\\.?`;
const WEEKDAY_RE = `(?:${alternation(Object.keys(WEEKDAYS))})\\.?`;
/** A dateline at the very top: "Tue 05 Jul 2016", "Published July 5 2015", "02/29/2016:", "Date of publication 5 July 2016". */
const DATELINE = new RegExp(
  `(?:(?:${alternation(DATELINE_LEADS)}):?\\s+)?(?:${WEEKDAY_RE},?\\s+)?` +
    `(?:\\d{1,2}\\s+${MONTH_RE},?\\s+\\d{4}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})` +
    `(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|GMT|UTC))?)?:?(?=\\s+["“'‘]?\\p{Lu})`,
  'uy',
);
/** "- Troops kill 10 children -" standing between two sentences. */
const DASH_HEAD = new RegExp(`[-–—]\\s+\\p{Lu}[^.!?\\n]{0,${DASH_HEAD_MAX}}?\\s[-–—](?=\\s+\\S)`, 'uy');
/** "--Reuters", "-AFP", "— AP" closing the text. */
const SIGN_OFF = /(?<=^|[\s.!?"”'’)])(?:--?|[–—])\s?\p{Lu}\p{L}*(?:[ /]\p{Lu}\p{L}*){0,2}\s*$/u;

// Character classes by code, so the scan never allocates.
const isIgnorable = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
  (c >= 0x2028 && c <= 0x202f) || c === 0x205f || (c >= 0x2060 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 || c === 0xbb;
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab;
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isBullet = (c: number): boolean =>
  c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x2023 || c === 0x25aa || c === 0x2013 || c === 0x2014;

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiUpper(c);
  return UPPER.test(text[i]);
}
function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLower(c);
  return LOWER.test(text[i]);
}
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiUpper(c) || isAsciiLower(c);
  return LETTER.test(text[i]);
}

function skipIgnorable(text: string, i: number, end: number): number {
  while (i < end && isIgnorable(text.charCodeAt(i))) i++;
  return i;
}

/** Start of the run of letters/digits ending just before `i`. */
function wordStart(text: string, i: number): number {
  let s = i;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isDigit(c) || isLetterAt(text, s - 1)) s--;
    else break;
  }
  return s;
}

/** The word that starts at `i`, lower-cased (only called at candidate boundaries). */
function wordAt(text: string, i: number): string {
  let e = i;
  while (e < text.length && isLetterAt(text, e)) e++;
  return text.slice(i, e).toLowerCase();
}

/**
 * Where the sentence ends if the terminator at `i` ends it, else -1. Sets `runEnd` to the first index after
 * the terminator run (and any closing quotes), so the scan does not revisit "..." or `."`.
 */
let runEnd = 0;
function boundaryAt(text: string, i: number): number {
  const n = text.length;
  const c0 = text.charCodeAt(i);
  if (c0 === 10) return newlineBoundary(text, i);

  let j = i + 1;
  while (j < n && isTerminal(text.charCodeAt(j))) j++;
  const ellipsis = c0 === 0x2026 || j - i >= 2 && text.charCodeAt(i + 1) === 46;
  let k = j;
  while (k < n && isCloser(text.charCodeAt(k))) k++;
  runEnd = k;
  if (k >= n) return n;

  const next = text.charCodeAt(k);
  const single = c0 === 46 && j === i + 1;
  if (isIgnorable(next)) {
    const p = skipIgnorable(text, k, n);
    if (p >= n) return k;
    if (single && isAbbreviation(text, i, p)) return -1;
    if (ellipsis) return isUpperAt(text, p) || isOpener(text.charCodeAt(p)) ? k : -1;
    // A lower-case word after the stop means an abbreviation we do not list ("approx. five"), or a quote
    // that goes on ("'Allahu Akbar!' he shouted").
    if (isLowerAt(text, p)) return -1;
    return k;
  }
  // Glued: "as normal.Omar", "wounded.PRCS", `said."The`. Decimals and dotted abbreviations stay whole.
  if (ellipsis) return -1;
  if (!isUpperAt(text, k) || k + 1 >= n || !isLetterAt(text, k + 1)) return -1;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  const ws = wordStart(text, i);
  const len = i - ws;
  if (ws > 0) {
    const before = text.charCodeAt(ws - 1);
    // Part of a domain, path, handle or dotted initialism: "U.S.Army", "site.com/News".
    if (before === 46 || before === 47 || before === 64 || before === 95) return -1;
  }
  if (single && TITLES.has(text.slice(ws, i).toLowerCase())) return -1;
  // "example.Com.au"-style host names: the glued word is itself followed by a dot and a lower-case letter.
  let we = k + 1;
  while (we < n && isLetterAt(text, we)) we++;
  if (we + 1 < n && text.charCodeAt(we) === 46 && isLowerAt(text, we + 1)) return -1;
  const prevLowerOrDigit = isDigit(prev) || isLowerAt(text, i - 1) || isCloser(prev);
  if (prevLowerOrDigit && len !== 1) return k;
  // An acronym before the stop needs a capitalised word after it: "DCIP.Multiple".
  if (len >= 2 && isLowerAt(text, k + 1)) return k;
  return -1;
}

/** Is the full stop at `dot` the end of an abbreviation, given the next word starts at `p`? */
function isAbbreviation(text: string, dot: number, p: number): boolean {
  const ws = wordStart(text, dot);
  if (ws === dot) return false;
  const word = text.slice(ws, dot).toLowerCase();
  if (TITLES.has(word)) return true;
  const nextIsDigit = isDigit(text.charCodeAt(p));
  if (nextIsDigit && (BEFORE_NUMBER.has(word) || DATE_ABBRS.has(word))) return true;
  const dottedBefore = ws >= 2 && text.charCodeAt(ws - 1) === 46;
  if (dottedBefore) {
    // "e.g." / "i.e." never end a sentence; "U.S." / "a.m." end one only before a typical sentence opener.
    let ds = ws - 1;
    while (ds > 0 && (text.charCodeAt(ds - 1) === 46 || isLetterAt(text, ds - 1))) ds--;
    if (DOTTED.has(text.slice(ds, dot).toLowerCase())) return true;
    return !STARTERS.has(wordAt(text, p));
  }
  if (dot - ws === 1 && isUpperAt(text, ws)) {
    // A single capital: an initial ("John F. Kennedy") unless a sentence opener follows.
    return !STARTERS.has(wordAt(text, p));
  }
  return false;
}

/** A single newline ends a sentence before a list item, or after a short heading-like line. A blank line always does. */
function newlineBoundary(text: string, i: number): number {
  const n = text.length;
  runEnd = i + 1;
  let p = i + 1;
  let blank = false;
  while (p < n && isIgnorable(text.charCodeAt(p))) {
    if (text.charCodeAt(p) === 10) blank = true;
    p++;
  }
  if (blank || p >= n) return i;
  const c = text.charCodeAt(p);
  if (isBullet(c) && p + 1 < n && isIgnorable(text.charCodeAt(p + 1))) return i;
  if (isDigit(c)) {
    let q = p;
    while (q < n && isDigit(text.charCodeAt(q))) q++;
    if (q < n && (text.charCodeAt(q) === 46 || text.charCodeAt(q) === 41) && q + 1 < n && isIgnorable(text.charCodeAt(q + 1))) return i;
  }
  let ls = i;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10) ls--;
  ls = skipIgnorable(text, ls, i);
  let le = i;
  while (le > ls && isIgnorable(text.charCodeAt(le - 1))) le--;
  if (le === ls) return i;
  const last = text.charCodeAt(le - 1);
  const continues = last === 44 || last === 59 || last === 58 || last === 40 || last === 45 || last === 38 ||
    CONTINUATIONS.has(text.slice(wordStart(text, le), le).toLowerCase());
  if (le - ls < HEADING_LINE_MAX && !continues && (isUpperAt(text, p) || isDigit(c) || isOpener(c))) return i;
  return -1;
}

/** Positions where a sentence must end whatever the punctuation says: after a dateline or headline, before a sign-off. */
function forcedCuts(text: string, options: SplitOptions): number[] {
  const cuts: number[] = [];
  let at = skipIgnorable(text, 0, text.length);
  DATELINE.lastIndex = at;
  const dl = DATELINE.exec(text);
  if (dl) {
    at = DATELINE.lastIndex;
    cuts.push(at);
    at = skipIgnorable(text, at, text.length);
  }
  const title = options.title?.trim();
  if (title && title.length > 0 && text.startsWith(title, at)) {
    const end = at + title.length;
    if (end < text.length && isIgnorable(text.charCodeAt(end)) && !isTerminal(text.charCodeAt(end - 1))) cuts.push(end);
  }
  const tailStart = Math.max(0, text.length - 60);
  const so = SIGN_OFF.exec(text.slice(tailStart));
  if (so && tailStart + so.index > (cuts[cuts.length - 1] ?? 0)) cuts.push(tailStart + so.index);
  return cuts;
}

/**
 * Splits `text` into sentences. Spans are half-open UTF-16 ranges with no leading or trailing whitespace;
 * together they cover every non-blank character in order.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  if (n === 0) return out;
  const push = (s: number, e: number): void => {
    s = skipIgnorable(text, s, e);
    while (e > s && isIgnorable(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
  };
  // A dash-framed head where a sentence starts becomes its own sentence.
  const takeHeads = (s: number): number => {
    for (;;) {
      const p = skipIgnorable(text, s, n);
      DASH_HEAD.lastIndex = p;
      if (!DASH_HEAD.test(text)) return s;
      push(p, DASH_HEAD.lastIndex);
      s = DASH_HEAD.lastIndex;
    }
  };

  const cuts = forcedCuts(text, options);
  let ci = 0;
  let start = takeHeads(0);
  CANDIDATE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const i = m.index;
    while (ci < cuts.length && cuts[ci] <= i) {
      if (cuts[ci] > start) {
        push(start, cuts[ci]);
        start = takeHeads(cuts[ci]);
      }
      ci++;
    }
    if (i < start) {
      CANDIDATE.lastIndex = start;
      continue;
    }
    const end = boundaryAt(text, i);
    if (end < 0) {
      CANDIDATE.lastIndex = Math.max(runEnd, i + 1);
      continue;
    }
    push(start, end);
    start = takeHeads(end);
    CANDIDATE.lastIndex = Math.max(start, runEnd, i + 1);
  }
  for (; ci < cuts.length; ci++) {
    if (cuts[ci] > start) {
      push(start, cuts[ci]);
      start = cuts[ci];
    }
  }
  push(start, n);
  return out;
}
