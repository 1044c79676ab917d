// Number parser: finds every count written in a text ("at least 16", "two hundred and forty", "dozens",
// "between 5 and 7", "a further 3") with its span, its value range and its qualifier.
//
// One precompiled global regex finds the figures (digits, number words, vague words); small sticky regexes
// then read what stands right after a figure (a scale word, a second figure of a range, a unit) and an
// end-anchored regex reads the few words before it (a qualifier, a label, a month). All tables are in
// src/data/number-words.ts and src/data/vague-numbers.ts.
//
// Figures that are not counts (years, dates, times, ages, percentages, money, measurements, durations,
// phone numbers, model names such as "F-16", labels such as "Resolution 2254", decimals such as "3.5",
// compound modifiers such as "two-storey") are dropped, or returned with a `unit` when `includeNonCounts`.
// "one of the ..." is kept as the count 1: whether the noun after it is a casualty is the extractor's call.
import type { Qualifier } from '../core/types.js';
import type { NumberMention, NumberUnit } from './types.js';
import {
  AGE_PREFIXES, AGE_SUFFIX, CARDINALS, LABEL_WORDS, LOWERCASE_LABEL_WORDS, MONEY_PREFIXES, ONE_NOT_A_COUNT_AFTER,
  ONE_NOT_A_COUNT_BEFORE, PHONE_PREFIXES, QUALIFIER_PHRASES, SCALES, SUFFIX_QUALIFIERS, UNIT_WORDS, type QualifierPhrase,
} from '../data/number-words.js';
import { MANY_NOT_A_COUNT_BEFORE, VAGUE_MULTIPLIERS, VAGUE_NUMBERS, VAGUE_SCALES, type VagueNumber } from '../data/vague-numbers.js';
import { MONTHS, YEAR_CUES } from '../data/date-words.js';
import { LETTER, LOWER_LETTER } from './letters.js';

export interface FindNumbersOptions {
  /** Also return figures that are not counts, each with its `unit`. */
  includeNonCounts?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Patterns, compiled once from the tables.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Capitalised and CAPITAL forms only, for words that are names when capitalised ("Route 7", "May 3"). */
const capitalised = (words: Iterable<string>): string[] =>
  [...words].flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);

/** Longest number written in words we read ("one million two hundred and fifty thousand three hundred and forty-five"
 * has 12 words); the bound keeps a run of number words from being rescanned at every word. */
const MAX_NUMBER_WORDS = 14;
const NUMBER_WORDS = [...Object.keys(CARDINALS), ...Object.keys(SCALES)];
const WORD = `(?:${alt(NUMBER_WORDS)})(?![${LETTER}])`;
/** "two hundred and forty", "twenty-one", "a dozen", "one thousand five hundred". Checked word by word in parseWords. */
const WORD_NUMBER = `(?:a\\s+(?=(?:${alt(Object.keys(SCALES))})(?![${LETTER}])))?${WORD}(?:(?:\\s+and\\s+|-|\\s+)${WORD}){0,${MAX_NUMBER_WORDS - 1}}`;

const vagueForms = VAGUE_NUMBERS.map((v) =>
  (v.followedBy ? `${escape(v.phrase)}(?=\\s+(?:${alt(v.followedBy)})(?![${LETTER}]))` : escape(v.phrase)));
const VAGUE =
  `(?:${alt(VAGUE_MULTIPLIERS)})\\s+(?:${alt(Object.keys(VAGUE_SCALES))})(?![${LETTER}])` +
  `|(?:${vagueForms.sort((a, b) => b.length - a.length).join('|')})(?:\\s+of\\s+(?:thousands|millions)(?![${LETTER}]))?`;

const DIGITS = [
  '\\d{4}-\\d{1,2}-\\d{1,2}', // ISO date
  '\\d{1,2}[.-]\\d{1,2}[.-]\\d{2,4}(?![.,]?\\d)', // 05.07.2016, 5-7-2016
  '\\d{1,4}(?:/\\d{1,4})+', // 05/07/2016, 7/2016
  '\\d{1,2}:\\d{2}(?::\\d{2})?', // 10:30
  '\\d{1,3}(?:\\.\\d{3}){2,}(?![.,]?\\d)', // 1.200.000
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?', // 1,200 / 1,200.5
  '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![.,]?\\d)', // 1 200
  '\\d+(?:\\.\\d+)?',
].join('|');

const BEFORE = `(?<![${LETTER}0-9_]|\\d[.,])`;
const AFTER = `(?![${LETTER}0-9_]|[.,]\\d)`;
const CORE_SOURCE = `${BEFORE}(?:(${VAGUE})|(${WORD_NUMBER})|(${DIGITS}))${AFTER}`;
const CORE = new RegExp(CORE_SOURCE, 'gi');
/** The same, anchored: the second figure of a range. */
const CORE_AT = new RegExp(CORE_SOURCE, 'iy');
const G_VAGUE = 1;
const G_WORDS = 2;
const G_DIGITS = 3;

const SCALE_AFTER = new RegExp(`\\s+(${alt(Object.keys(SCALES).filter((s) => s !== 'dozen'))})(?![${LETTER}])`, 'iy');
const RANGE_AFTER = /\s*[-–—]\s*|\s+(?:to|or)\s+|\s+and\s+/iy;

const suffixQualifiers = new Map(SUFFIX_QUALIFIERS.map((q) => [q.phrase, q]));
const SUFFIX_QUALIFIER = new RegExp(
  `(?:\\s+(or\\s+more|or\\s+so|or\\s+fewer|or\\s+less|more(?!\\s+than))|-(odd|plus)|\\s*(\\+)(?![\\d])|\\s+(plus)(?=\\s+(?:people|others|civilians)))(?![${LETTER}])`,
  'iy',
);

const qualifierPhrases = new Map(QUALIFIER_PHRASES.map((q) => [q.phrase, q]));
const QUALIFIER_BEFORE = new RegExp(`(?<![${LETTER}0-9])(${alt(QUALIFIER_PHRASES.map((q) => q.phrase))})\\s+$`, 'i');

const unitGroups = (Object.entries(UNIT_WORDS) as [NumberUnit, readonly string[]][])
  .map(([unit, words]) => `(?<${unit}>${alt(words)})`).join('|');
/** A unit right after the figure: "5 km", "25%", "3 pm", "10-day", "thousands of dollars". */
const UNIT_AFTER = new RegExp(`(?:\\s*|-)(?:of\\s+)?(?:${unitGroups})(?![${LETTER}])`, 'iy');
const MONTH_NAMES = capitalised(Object.keys(MONTHS));
/** "3 May", "3 of May": the figure is a day of the month. */
const MONTH_AFTER = new RegExp(`\\s*(?:of\\s+)?(?:${alt(MONTH_NAMES)})(?![${LETTER}])`, 'y');
/** "May 3", "May 3, 2016", "3 May 2016": the figure is a day or a year. */
const MONTH_BEFORE = new RegExp(`(?<![${LETTER}])(?:${alt(MONTH_NAMES)})\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?$`, '');
const MONEY_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:${alt(MONEY_PREFIXES)})\\s?$`, 'i');
const MODEL_BEFORE = new RegExp(`(?<![${LETTER}0-9])[${LETTER}]{1,4}\\d{0,2}-$`);
const LABEL_BEFORE = new RegExp(
  `(?<![${LETTER}])(?:${alt(capitalised(LABEL_WORDS))}|${alt(LOWERCASE_LABEL_WORDS)})\\s*$`, '',
);
const PHONE_BEFORE = new RegExp(`(?:\\+\\s?|(?<![${LETTER}])(?:${alt(PHONE_PREFIXES)})\\s*)$`, 'i');
const AGE_BEFORE = new RegExp(`(?<![${LETTER}])(?:${alt(AGE_PREFIXES)})\\s+$`, 'i');
const yearCues = new Set(YEAR_CUES);
const LAST_WORD = new RegExp(`([${LETTER}]+)[\\s,]*$|(mid-)$`);
const NEXT_WORD = new RegExp(`\\s+([${LETTER}]+)`, 'y');
const LOWER_WORD_AFTER = new RegExp(`\\s+[${LOWER_LETTER}]`, 'y');
const MODIFIER_AFTER = new RegExp(`-[${LETTER}]`, 'y');
const PHONE_REST = /(?:[ -]\d+){1,6}/y;

const vagueByPhrase = new Map(VAGUE_NUMBERS.map((v) => [v.phrase, v]));
const oneNotBefore = new Set(ONE_NOT_A_COUNT_BEFORE);
const oneNotAfter = new Set(ONE_NOT_A_COUNT_AFTER);
const manyNotBefore = new Set(MANY_NOT_A_COUNT_BEFORE);

/** How far back the prefix checks look (the longest qualifier or label phrase, with spaces). */
const LOOKBACK = 32;

// ---------------------------------------------------------------------------------------------------------
// Reading one figure.

interface Figure {
  value: number;
  end: number;
  kind: 'vague' | 'words' | 'digits';
  /** Shape of a digit figure that already tells it is not a count. */
  shape: NumberUnit | null;
  vague: VagueNumber | null;
  /** Upper end of a vague word's range. */
  max: number;
  /** Fixed figures of a vague word under the ACLED and Airwars conventions. */
  codes: NumberMention['vagueCodes'];
  fourDigits: boolean;
}

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** Value of a run of number words, and how many characters of it form one number ("five and six" → "five"). */
function parseWords(s: string): { value: number; length: number } | null {
  const TOKEN = /[a-z]+/gi;
  let total = 0;
  let group = 0;
  let last: 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' = 'none';
  let lastScale = Infinity;
  let length = 0;
  let pendingAnd = false;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s)) !== null) {
    const w = m[0].toLowerCase();
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      pendingAnd = true;
      continue;
    }
    if (w === 'a' && last === 'none') {
      last = 'a';
      continue;
    }
    const card = CARDINALS[w];
    const scale = SCALES[w];
    if (card !== undefined) {
      const kind = card < 10 ? 'unit' : card < 20 ? 'teen' : 'tens';
      if (last === 'a' || last === 'teen' || last === 'unit' || last === 'dozen') break;
      if (last === 'tens' && kind !== 'unit') break;
      if (last === 'hundred' && group % 100 !== 0) break;
      if (last === 'scale' && group !== 0) break;
      group += card;
      last = kind;
    } else if (scale !== undefined) {
      if (pendingAnd) break;
      if (w === 'dozen') {
        if (last !== 'a' && last !== 'unit' && last !== 'teen' && last !== 'tens') break;
        group = (last === 'a' ? 1 : group) * 12;
        last = 'dozen';
      } else if (w === 'hundred') {
        if (last !== 'a' && last !== 'unit' && last !== 'teen') break;
        if (last !== 'a' && group >= 100) break;
        group = (last === 'a' ? 1 : group) * 100;
        last = 'hundred';
      } else {
        if (last === 'none' || last === 'scale' || scale >= lastScale) break;
        total += (last === 'a' ? 1 : group) * scale;
        group = 0;
        lastScale = scale;
        last = 'scale';
      }
    } else {
      break;
    }
    pendingAnd = false;
    length = m.index + m[0].length;
  }
  if (last === 'a' || length === 0) return null;
  return { value: total + group, length };
}

/** Reads the figure that CORE (or CORE_AT) matched, with any scale word after it. */
function readFigure(text: string, m: RegExpExecArray): Figure | null {
  const start = m.index;
  let end = start + m[0].length;
  if (m[G_VAGUE] !== undefined) {
    const words = normalise(m[G_VAGUE]).split(' ');
    // "tens of thousands": the vague range times a thousand.
    let scale = 1;
    if (words.length >= 3 && words[words.length - 2] === 'of' && (words[words.length - 1] === 'thousands' || words[words.length - 1] === 'millions')) {
      scale = words.pop() === 'thousands' ? 1000 : 1_000_000;
      words.pop();
    }
    // "several hundred": the vague range times the scale word; ACLED's figure is one unit of it, as "hundreds" → 100.
    const multiplier = VAGUE_SCALES[words[words.length - 1]];
    if (multiplier !== undefined) words.pop();
    const phrase = words.join(' ');
    const entry = vagueByPhrase.get(phrase === 'a couple' ? 'a couple of' : phrase);
    if (entry === undefined) return null;
    const min = entry.min * scale * (multiplier ?? 1);
    const max = entry.max * scale * (multiplier ?? 1);
    const codes = multiplier !== undefined
      ? { acled: multiplier * scale, airwars: null }
      : { acled: entry.acled * scale, airwars: scale === 1 ? entry.airwars : null };
    return { value: min, max, end, kind: 'vague', shape: null, vague: entry, codes, fourDigits: false };
  }
  if (m[G_WORDS] !== undefined) {
    const parsed = parseWords(m[G_WORDS]);
    if (parsed === null) return null;
    end = start + parsed.length;
    return { value: parsed.value, max: parsed.value, end, kind: 'words', shape: null, vague: null, codes: null, fourDigits: false };
  }
  const raw = m[G_DIGITS];
  let shape: NumberUnit | null = null;
  let value: number;
  if (raw.includes(':')) {
    shape = 'time';
    value = Number(raw.slice(0, raw.indexOf(':')));
  } else if (raw.includes('/') || /^\d+-\d+-\d+$/.test(raw) || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(raw)) {
    shape = 'date';
    value = Number(raw.split(/[/.-]/)[0]);
  } else if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(raw)) {
    value = Number(raw.replace(/\./g, ''));
  } else {
    value = Number(raw.replace(/[,\s\u00a0\u202f]/g, ''));
    if (raw.includes('.') && !Number.isInteger(value)) shape = 'decimal';
  }
  SCALE_AFTER.lastIndex = end;
  const sc = SCALE_AFTER.exec(text);
  if (sc && (shape === null || shape === 'decimal')) {
    value = Math.round(value * SCALES[sc[1].toLowerCase()]);
    end = SCALE_AFTER.lastIndex;
    shape = null;
  } else if (shape === 'decimal' && /^\d{1,3}\.\d{3}$/.test(raw)) {
    // "1.200 people": a count never has three decimals, so the dot groups thousands.
    value = Number(raw.replace('.', ''));
    shape = null;
  }
  const fourDigits = /^\d{4}$/.test(raw);
  return { value, max: value, end, kind: 'digits', shape, vague: null, codes: null, fourDigits };
}

// ---------------------------------------------------------------------------------------------------------
// Context: what the words around a figure make of it.

function wordBefore(text: string, at: number): string | null {
  const m = LAST_WORD.exec(text.slice(Math.max(0, at - 20), at));
  return m ? (m[1] ?? m[2]).toLowerCase() : null;
}

function wordAfter(text: string, at: number): string | null {
  NEXT_WORD.lastIndex = at;
  const m = NEXT_WORD.exec(text);
  return m ? m[1].toLowerCase() : null;
}

/** What the words right before the figure make it, when not a count. */
function unitBefore(before: string): NumberUnit | null {
  if (MODEL_BEFORE.test(before)) return 'model';
  if (AGE_BEFORE.test(before)) return 'age';
  if (LABEL_BEFORE.test(before)) return 'label';
  return null;
}

/** What the words right after the figure make it, when not a count. */
function unitAfter(text: string, end: number, fig: Figure): NumberUnit | null {
  const rest = text.slice(end, end + 24);
  if (AGE_SUFFIX.test(rest)) return 'age';
  UNIT_AFTER.lastIndex = end;
  const u = UNIT_AFTER.exec(text);
  if (u?.groups) {
    for (const [unit, value] of Object.entries(u.groups)) if (value !== undefined) return unit as NumberUnit;
  }
  if (fig.kind === 'digits' && fig.value >= 1 && fig.value <= 31 && fig.shape === null) {
    MONTH_AFTER.lastIndex = end;
    if (MONTH_AFTER.test(text)) return 'date';
  }
  MODIFIER_AFTER.lastIndex = end;
  if (MODIFIER_AFTER.test(text)) return 'modifier';
  return null;
}

/** A bare 4-digit figure from 1900 to 2099 is a year unless a qualifier or a lower-case word after it says count. */
function isYear(text: string, fig: Figure, start: number, qualified: boolean, before: string): boolean {
  if (!fig.fourDigits || fig.value < 1900 || fig.value > 2099) return false;
  if (MONTH_BEFORE.test(before)) return true;
  if (qualified) return false;
  const prev = wordBefore(text, start);
  if (prev !== null && yearCues.has(prev)) return true;
  if (prev === 'mid-') return true;
  LOWER_WORD_AFTER.lastIndex = fig.end;
  return !LOWER_WORD_AFTER.test(text);
}

// ---------------------------------------------------------------------------------------------------------

function mention(
  start: number, end: number, vStart: number, vEnd: number, min: number, max: number | null, qualifier: Qualifier,
  vague: boolean, additive: boolean, unit: NumberUnit | null, codes: NumberMention['vagueCodes'],
): NumberMention {
  const m: NumberMention = { span: { start, end }, valueSpan: { start: vStart, end: vEnd }, min, max, qualifier, vague, additive };
  if (unit !== null) m.unit = unit;
  if (codes) m.vagueCodes = codes;
  return m;
}

/**
 * Finds every count in `text`. Spans are half-open UTF-16 ranges; `span` includes qualifier words
 * ("at least 16"), `valueSpan` the figure(s) alone ("16", "5 and 7").
 */
export function findNumbers(text: string, options: FindNumbersOptions = {}): NumberMention[] {
  const out: NumberMention[] = [];
  const all = options.includeNonCounts === true;
  CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE.exec(text)) !== null) {
    const vStart = m.index;
    const fig = readFigure(text, m);
    if (fig === null) {
      CORE.lastIndex = vStart + 1;
      continue;
    }
    CORE.lastIndex = fig.end;
    let vEnd = fig.end;

    // Pronoun "one" and non-count "many" are not figures at all.
    const token = m[0].toLowerCase();
    if (fig.kind === 'words' && token === 'one') {
      const prev = wordBefore(text, vStart);
      const next = wordAfter(text, vEnd);
      if ((prev !== null && oneNotBefore.has(prev)) || (next !== null && oneNotAfter.has(next))) continue;
    }
    if (fig.kind === 'vague' && fig.vague?.phrase === 'many') {
      const prev = wordBefore(text, vStart);
      if ((prev !== null && manyNotBefore.has(prev)) || wordAfter(text, vEnd) === 'as') continue;
    }

    const before = text.slice(Math.max(0, vStart - LOOKBACK), vStart);
    const q = QUALIFIER_BEFORE.exec(before);
    let phrase: QualifierPhrase | null = q ? qualifierPhrases.get(normalise(q[1])) ?? null : null;
    let start = q && phrase ? vStart - before.length + q.index : vStart;

    // A second figure: "5-7", "5 to 7", "between 5 and 7", "five or six".
    let second: Figure | null = null;
    RANGE_AFTER.lastIndex = vEnd;
    const r = RANGE_AFTER.exec(text);
    if (r && fig.shape === null && !(fig.kind === 'vague')) {
      const joiner = r[0].trim().toLowerCase();
      const andOk = joiner !== 'and' || phrase?.range === true;
      CORE_AT.lastIndex = RANGE_AFTER.lastIndex;
      const m2 = andOk ? CORE_AT.exec(text) : null;
      if (m2 && m2[G_VAGUE] === undefined) {
        const f2 = readFigure(text, m2);
        if (f2 && f2.shape === null && f2.value > fig.value) {
          second = f2;
          vEnd = f2.end;
          CORE.lastIndex = vEnd;
        }
      }
    }
    if (phrase?.range && second === null) {
      phrase = null;
      start = vStart;
    }

    // Qualifier words after the figure: "10 or more", "40-odd", "3 more".
    let end = vEnd;
    let suffix: QualifierPhrase | null = null;
    SUFFIX_QUALIFIER.lastIndex = vEnd;
    const sq = SUFFIX_QUALIFIER.exec(text);
    if (sq && second === null) {
      const word = normalise(sq[1] ?? sq[2] ?? sq[4] ?? 'plus');
      suffix = suffixQualifiers.get(word === '+' ? 'plus' : word) ?? null;
      if (suffix) end = SUFFIX_QUALIFIER.lastIndex;
    }

    // Is it a count at all?
    let unit: NumberUnit | null = fig.shape;
    const qualified = phrase !== null && !phrase.additive;
    if (unit === null && MONEY_BEFORE.test(before)) unit = 'money';
    if (unit === null && PHONE_BEFORE.test(before)) {
      // The rest of the number's digit groups belong to it: "+963 11 234 5678".
      unit = 'phone';
      PHONE_REST.lastIndex = vEnd;
      if (PHONE_REST.test(text)) vEnd = end = PHONE_REST.lastIndex;
      CORE.lastIndex = vEnd;
    }
    if (unit === null && isYear(text, fig, vStart, qualified, before)) unit = 'year';
    if (unit === null) unit = unitBefore(before);
    if (unit === null && phrase !== null && start < vStart) unit = unitBefore(text.slice(Math.max(0, start - LOOKBACK), start));
    if (unit === null && fig.kind === 'digits' && MONTH_BEFORE.test(before)) unit = 'date';
    if (unit === null && fig.kind === 'digits' && fig.fourDigits && /^0\d{3}$/.test(m[G_DIGITS])) unit = 'time';
    if (unit === null) unit = unitAfter(text, second ? second.end : vEnd, second ?? fig);
    if (unit === null && second !== null && fig.fourDigits && second.fourDigits && fig.value >= 1900 && fig.value <= 2099) unit = 'year';
    if (unit === 'modifier' && suffix !== null) unit = null;
    if (unit !== null && !all) continue;

    // Value range.
    let qualifier: Qualifier = 'exact';
    let min = fig.value;
    let max: number | null = fig.value;
    let additive = false;
    if (fig.vague) {
      // "more than dozens": the vague word decides the range; the qualifier words still belong to the mention.
      qualifier = 'vague';
      max = fig.max;
    } else if (second !== null) {
      qualifier = 'range';
      max = second.value;
    } else if (phrase !== null && !phrase.range) {
      qualifier = phrase.qualifier;
      min = fig.value + (phrase.offset ?? 0);
      max = qualifier === 'at_least' || qualifier === 'more_than' ? null : min;
    }
    if (phrase?.additive || suffix?.additive) additive = true;
    if (suffix && !suffix.additive && !fig.vague && qualifier === 'exact') {
      qualifier = suffix.qualifier;
      max = qualifier === 'at_least' ? null : max;
    }
    out.push(mention(start, end, vStart, vEnd, min, max, qualifier, fig.vague !== null, additive, unit, fig.codes));
  }
  return out;
}
