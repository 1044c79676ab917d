// Date resolver: finds date expressions with chrono-node and resolves them against the publication date.
//
// chrono does the parsing: its English parsers for calendar forms ("9 May 2020", "October 7", "Tue 05 Jul 2016",
// "02/29/2016", ISO dates, "March 2011", weekdays), plus small parsers of ours for what news reports say and
// chrono reads otherwise ("overnight", "last week", "in 2015", "three days ago"). Our refiners then fix what
// chrono leaves open the way a news desk means it: a weekday or a day without a year is the most recent such
// day ON OR BEFORE publication (reports look back, not ahead), and expressions that name no day get a coarser
// precision (week, month, year) instead of an invented day.
//
// chrono runs only on short windows around words a cheap prefilter finds (month and weekday names, relative
// words, digit dates, years after "in"/"since"), so long texts without dates cost one regex scan.
import * as chrono from 'chrono-node';
import type { Doc, IncidentDate } from '../core/types.js';
import type { DateMention } from './types.js';
import {
  AGO_COUNTS, CASUAL_DAYS, DATE_YEAR_CUES, MONTHS, PAST_CUES, RELATIVE_PERIODS, WEEKDAYS, WEEKEND_PHRASES,
} from '../data/date-words.js';
import { LETTER } from './letters.js';

// ---------------------------------------------------------------------------------------------------------
// Calendar arithmetic on "YYYY-MM-DD" strings through day numbers (days since 1970-01-01, UTC), so the
// machine's time zone never shifts a date.

const DAY_MS = 86_400_000;
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const parts = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
const dayOf = (iso: string): number => dayNumber(...parts(iso));
const isoDays = new Map<number, string>();
/** "YYYY-MM-DD" of a day number (kept: the same few days come back in every text). */
const isoOf = (day: number): string => {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    if (isoDays.size >= 10_000) isoDays.clear();
    isoDays.set(day, (iso = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  }
  return iso;
};
/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
const mondayOf = (day: number): number => day - ((weekdayOf(day) + 6) % 7);
const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isValidDay(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

const dayDate = (day: number): IncidentDate => ({ start: isoOf(day), end: isoOf(day), precision: 'day' });
const monthDate = (y: number, m: number): IncidentDate => ({
  start: isoOf(dayNumber(y, m, 1)), end: isoOf(dayNumber(y, m, lastDayOfMonth(y, m))), precision: 'month',
});
const yearDate = (y: number): IncidentDate => ({ start: isoOf(dayNumber(y, 1, 1)), end: isoOf(dayNumber(y, 12, 31)), precision: 'year' });

/** The most recent day with this month and day on or before `ref` (a day number). */
function recentMonthDay(ref: number, m: number, d: number): number | null {
  const [y] = parts(isoOf(ref));
  for (let year = y; year >= y - 8; year--) {
    if (!isValidDay(year, m, d)) continue; // 29 February
    const day = dayNumber(year, m, d);
    if (day <= ref) return day;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Our parsers. Each returns a chrono result with the date already computed from the reference and tags that
// say its precision and that it is relative; the resolver below reads the tags.

const TAG_RELATIVE = 'sitrep/relative';
const TAG_WEEK = 'sitrep/precision/week';
const TAG_MONTH = 'sitrep/precision/month';
const TAG_YEAR = 'sitrep/precision/year';
/** A weekday named by our "overnight into Friday" parser: resolve like chrono's weekdays. */
const TAG_WEEKDAY = 'sitrep/weekday';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const FULL_WEEKDAYS = Object.keys(WEEKDAYS).filter((w) => w.length > 4);

type Context = chrono.ParsingContext;
type Result = chrono.ParsingResult;

/** The reference day that chrono was given (we pass local noon of the publication date). */
function refDay(context: Context): number {
  const d = context.refDate;
  return dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function setDay(components: chrono.ParsingComponents, day: number): chrono.ParsingComponents {
  const [y, m, d] = parts(isoOf(day));
  return components.assign('year', y).assign('month', m).assign('day', d);
}

function periodResult(context: Context, index: number, text: string, first: number, last: number, tag: string): Result {
  const result = context.createParsingResult(index, text);
  setDay(result.start, first).addTag(tag).addTag(TAG_RELATIVE);
  result.end = setDay(context.createParsingComponents(), last).addTag(tag);
  return result;
}

const CASUAL_PATTERN = new RegExp(
  `(?<![${LETTER}0-9])(?:(overnight)\\s+(?:and\\s+)?into\\s+(${alt(FULL_WEEKDAYS)})|(${alt(Object.keys(CASUAL_DAYS))}))(?![${LETTER}])`,
  'i',
);
/** "yesterday", "today", "last night", "overnight", "overnight and into Friday". */
const casualDayParser: chrono.Parser = {
  pattern: () => CASUAL_PATTERN,
  extract(context, match) {
    if (match[2] !== undefined) {
      const components = context.createParsingComponents().assign('weekday', WEEKDAYS[match[2].toLowerCase()]);
      return components.addTag(TAG_WEEKDAY);
    }
    const offset = CASUAL_DAYS[normalise(match[3])];
    return setDay(context.createParsingComponents(), refDay(context) + offset).addTag(TAG_RELATIVE);
  },
};

const PERIOD_PATTERN = new RegExp(
  `(?<![${LETTER}0-9])(?:${alt(Object.keys(RELATIVE_PERIODS))}|${alt(Object.keys(WEEKEND_PHRASES))})(?![${LETTER}])`,
  'i',
);
/** "last week", "earlier this week", "last month", "last year", "over the weekend". */
const relativePeriodParser: chrono.Parser = {
  pattern: () => PERIOD_PATTERN,
  extract(context, match) {
    const phrase = normalise(match[0]);
    const ref = refDay(context);
    const weekend = WEEKEND_PHRASES[phrase];
    if (weekend !== undefined) {
      const from = weekend === 'this' ? ref : ref - 1;
      const saturday = from - ((weekdayOf(from) + 1) % 7);
      return periodResult(context, match.index!, match[0], saturday, Math.min(saturday + 1, ref), TAG_WEEK);
    }
    const period = RELATIVE_PERIODS[phrase];
    const [y, m] = parts(isoOf(ref));
    let first: number;
    let last: number;
    let tag: string;
    if (period.unit === 'week') {
      first = mondayOf(ref) + 7 * period.offset;
      last = first + 6;
      tag = TAG_WEEK;
    } else if (period.unit === 'month') {
      const mm = (((m - 1 + period.offset) % 12) + 12) % 12 + 1;
      const yy = y + Math.floor((m - 1 + period.offset) / 12);
      first = dayNumber(yy, mm, 1);
      last = dayNumber(yy, mm, lastDayOfMonth(yy, mm));
      tag = TAG_MONTH;
    } else {
      first = dayNumber(y + period.offset, 1, 1);
      last = dayNumber(y + period.offset, 12, 31);
      tag = TAG_YEAR;
    }
    if (period.untilReference) last = Math.min(last, ref);
    if (period.beforeReference && first < ref) last = Math.min(last, ref - 1);
    return periodResult(context, match.index!, match[0], first, last, tag);
  },
};

const AGO_PATTERN = new RegExp(
  `(?<![${LETTER}0-9])(\\d{1,3}|${alt(Object.keys(AGO_COUNTS))})\\s+(day|week|month|year)s?\\s+ago(?![${LETTER}])`,
  'i',
);
/** "three days ago" (day), "two weeks ago" (that week), "a month ago" (that month), "two years ago" (that year). */
const agoParser: chrono.Parser = {
  pattern: () => AGO_PATTERN,
  extract(context, match) {
    const n = /^\d/.test(match[1]) ? Number(match[1]) : AGO_COUNTS[match[1].toLowerCase()];
    const unit = match[2].toLowerCase();
    const ref = refDay(context);
    if (unit === 'day') return setDay(context.createParsingComponents(), ref - n).addTag(TAG_RELATIVE);
    if (unit === 'week') {
      const monday = mondayOf(ref - 7 * n);
      return periodResult(context, match.index!, match[0], monday, Math.min(monday + 6, ref), TAG_WEEK);
    }
    const [y, m] = parts(isoOf(ref));
    if (unit === 'month') {
      const total = y * 12 + (m - 1) - n;
      const yy = Math.floor(total / 12);
      const mm = (total % 12) + 1;
      return periodResult(context, match.index!, match[0], dayNumber(yy, mm, 1), dayNumber(yy, mm, lastDayOfMonth(yy, mm)), TAG_MONTH);
    }
    return periodResult(context, match.index!, match[0], dayNumber(y - n, 1, 1), dayNumber(y - n, 12, 31), TAG_YEAR);
  },
};

const YEAR_PATTERN = new RegExp(
  `(?<![${LETTER}0-9])(?:${alt(DATE_YEAR_CUES)})(?:\\s+|-)((?:19|20)\\d{2})(?![${LETTER}0-9]|[.,]\\d|[-–/]\\d)`,
  'i',
);
/** A bare year after a cue word: "in 2015", "since 2011", "in mid-2014". chrono has no year-only parser. */
const yearParser: chrono.Parser = {
  pattern: () => YEAR_PATTERN,
  extract(context, match) {
    const components = context.createParsingComponents().assign('year', Number(match[1]));
    return components.addTag(TAG_YEAR);
  },
};

// chrono's own parsers that we keep: calendar forms and weekdays. Its casual day words ("now", "tonight"),
// times of day, "within/later/ago" units and "last week" style phrases are replaced by ours above or dropped
// (a time alone is not a date mention).
const KEPT_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);

const MONTH_WORD = new RegExp(`(?<![${LETTER}])(${alt(Object.keys(MONTHS))})(?![${LETTER}])`, 'i');
const WEEKDAY_WORD = new RegExp(`(?<![${LETTER}])(${alt(Object.keys(WEEKDAYS))})(?![${LETTER}])`, 'i');

const hasOurTag = (c: chrono.ParsingComponents): boolean => {
  for (const t of c.tags()) if (t.startsWith('sitrep/')) return true;
  return false;
};
/** A result of one of our parsers: a tag of ours on its start or end (the tags of a result are theirs together). */
const isOurs = (r: Result): boolean => hasOurTag(r.start) || (r.end != null && hasOurTag(r.end));

/**
 * Before chrono merges neighbours: drops what it reads as a date but news text means otherwise, lower-case
 * month names ("they march", "may") and slash pairs without a year ("1/2 of them").
 */
const earlyFilter: chrono.Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (isOurs(r)) return true;
      const month = MONTH_WORD.exec(r.text);
      if (month && !/^\p{Lu}/u.test(month[1])) return false;
      return !/^\d{1,2}[/.-]\d{1,2}$/.test(r.text.trim());
    }).map((r) => dottedDayFirst(context, dropTwoDigitYear(context, r)));
  },
};

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})$/;
/**
 * "08.04.2017" is 8 April: where dates are written with dots (most of Europe, Russia, Turkey), the day comes first.
 * chrono reads every numeric date month first, as US slashes are; slashed and dashed dates keep its reading.
 */
function dottedDayFirst(context: Context, r: Result): Result {
  const m = DOTTED.exec(r.text.trim());
  if (!m || r.end || !r.start.isCertain('year')) return r;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return r;
  return context.createParsingResult(r.index, r.text, { day, month, year: r.start.get('year')! });
}

const TWO_DIGIT_YEAR = /,?\s+\d{2}$/;
/**
 * "October 24th, 17 civilians were killed": chrono reads the count as the year 2017. A two-digit year written
 * after a month name and day is far more often a count in news text, so the date keeps its day and month only.
 */
function dropTwoDigitYear(context: Context, r: Result): Result {
  if (!r.start.isCertain('year') || !r.start.isCertain('day') || r.end || !MONTH_WORD.test(r.text)) return r;
  const m = TWO_DIGIT_YEAR.exec(r.text);
  if (!m) return r;
  const trimmed = context.createParsingResult(r.index, r.text.slice(0, m.index), {
    month: r.start.get('month')!, day: r.start.get('day')!,
  });
  if (r.start.isCertain('weekday')) trimmed.start.assign('weekday', r.start.get('weekday')!);
  return trimmed;
}

/**
 * After merging: drops results with no calendar component (a time alone, "at 10 pm") and weekday abbreviations
 * standing alone ("the sun", "they sat"); "Tue 05 Jul 2016" has merged into a full date by then.
 */
const BARE_MONTH_CUE = /\b(?:in|during|since|until|till|by|early|late|mid|last|this|next|of|throughout|from|through)[\s-]+$/i;
const lateFilter: chrono.Refiner = {
  refine(_context, results) {
    return results.filter((r) => {
      if (isOurs(r)) return true;
      const s = r.start;
      if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('year') && !s.isCertain('weekday')) return false;
      if (!s.isCertain('day') && !s.isCertain('month') && s.isCertain('weekday')) {
        const wd = WEEKDAY_WORD.exec(r.text);
        if (!wd || wd[1].length <= 4) return false;
      }
      // A month with neither day nor year is a date only when a preposition introduces it ("in March");
      // alone it is as likely a name ("Jan, an army official, was killed", "April said").
      if (!s.isCertain('day') && !s.isCertain('year') && s.isCertain('month') && !s.isCertain('weekday')) {
        const head = _context.text.slice(Math.max(0, r.index - 12), r.index);
        if (!BARE_MONTH_CUE.test(head) || /^\p{Lu}\p{Ll}{0,2}\.?$/u.test(r.text.trim())) return false;
      }
      return true;
    });
  },
};

/** Runs one of chrono's merging refiners on chrono's own results only, so it never glues ours to a neighbour. */
function onChronoResultsOnly(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const ours = results.filter(isOurs);
      if (ours.length === 0) return refiner.refine(context, results);
      return [...refiner.refine(context, results.filter((r) => !isOurs(r))), ...ours].sort((a, b) => a.index - b.index);
    },
  };
}

const MERGING_REFINERS = new Set([
  'MergeWeekdayComponentRefiner', 'ENMergeDateRangeRefiner', 'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner', 'ENMergeDateTimeRefiner',
]);

function buildEngine(): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name));
  config.parsers.push(casualDayParser, relativePeriodParser, agoParser, yearParser);
  config.refiners = [
    earlyFilter,
    ...config.refiners.map((r) => (MERGING_REFINERS.has(r.constructor.name) ? onChronoResultsOnly(r) : r)),
    lateFilter,
  ];
  return new chrono.Chrono(config);
}

const engine = buildEngine();

// ---------------------------------------------------------------------------------------------------------
// Prefilter: where chrono may find something.

const PREFILTER = new RegExp(
  [
    `(?<![${LETTER}])(?:${alt(Object.keys(MONTHS))}|${alt(FULL_WEEKDAYS)}|${alt(Object.keys(WEEKDAYS))}\\.?\\s+\\d)(?![${LETTER}])`,
    `(?<![${LETTER}])(?:yesterday|today|tonight|overnight|night|morning|afternoon|evening|week|weekend|month|year|ago)(?![${LETTER}])`,
    '\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}',
    `(?<![${LETTER}])(?:${alt(DATE_YEAR_CUES)})(?:\\s+|-)(?:19|20)\\d{2}`,
  ].join('|'),
  'gi',
);
/** Characters of context chrono gets on each side of a prefilter hit ("early on 3 May", "5 to 7 May 2016"). */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 24;

/** Per UTF-16 code unit: 1 when /\s/ matches it, 0 when not, -1 not yet known. */
const SPACE = new Int8Array(0x10000).fill(-1);
function isSpace(c: number): boolean {
  if (SPACE[c] < 0) SPACE[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 0;
  return SPACE[c] === 1;
}

/** Half-open windows [start, end) around prefilter hits, merged when they touch, snapped to whitespace. */
function windows(text: string): number[] {
  const out: number[] = [];
  PREFILTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFILTER.exec(text)) !== null) {
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    while (s > 0 && s > m.index - 2 * WINDOW_BEFORE && !isSpace(text.charCodeAt(s - 1))) s--;
    while (e < text.length && e < m.index + m[0].length + 2 * WINDOW_AFTER && !isSpace(text.charCodeAt(e))) e++;
    if (out.length > 0 && s <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
    if (m[0].length === 0) PREFILTER.lastIndex++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Resolution: from a chrono result to a DateMention.

const PAST_BEFORE = new RegExp(`(?<![${LETTER}])(?:${alt(PAST_CUES)})\\s+(?:(?:early|late|mid-?|the|end of|start of)\\s+)*$`, 'i');
const LAST_OR_NEXT = new RegExp(`(?<![${LETTER}])(last|past|next|this)\\s`, 'i');
/** A date is background ("past") when it ends more than this many days before publication. */
const PAST_DAYS = 31;

function resolve(r: Result, ref: number | null): { date: IncidentDate; relative: boolean } | null {
  const tags = r.tags();
  const s = r.start;
  const relativeTag = tags.has(TAG_RELATIVE);
  if (tags.has(TAG_WEEK) || tags.has(TAG_MONTH) || (tags.has(TAG_YEAR) && r.end)) {
    if (ref === null) return null;
    const precision = tags.has(TAG_WEEK) ? 'week' : tags.has(TAG_MONTH) ? 'month' : 'year';
    const start = dayNumber(s.get('year')!, s.get('month')!, s.get('day')!);
    const end = r.end ? dayNumber(r.end.get('year')!, r.end.get('month')!, r.end.get('day')!) : start;
    return { date: { start: isoOf(start), end: isoOf(end), precision }, relative: true };
  }
  if (tags.has(TAG_YEAR)) return { date: yearDate(s.get('year')!), relative: false };
  if (relativeTag) {
    if (ref === null) return null;
    return { date: dayDate(dayNumber(s.get('year')!, s.get('month')!, s.get('day')!)), relative: true };
  }
  const hasDay = s.isCertain('day');
  const hasMonth = s.isCertain('month');
  const hasYear = s.isCertain('year');
  if (hasDay && hasMonth && hasYear) {
    const y = s.get('year')!;
    const m = s.get('month')!;
    const d = s.get('day')!;
    if (!isValidDay(y, m, d)) return null;
    const start = dayNumber(y, m, d);
    let end = start;
    if (r.end && r.end.isCertain('day')) {
      const e = dayNumber(r.end.get('year')!, r.end.get('month')!, r.end.get('day')!);
      if (e > start) end = e;
    }
    return { date: { start: isoOf(start), end: isoOf(end), precision: 'day' }, relative: false };
  }
  if (hasDay && hasMonth) {
    // "3 May": the most recent 3 May on or before publication.
    if (ref === null) return null;
    const start = recentMonthDay(ref, s.get('month')!, s.get('day')!);
    if (start === null) return null;
    let end = start;
    if (r.end && r.end.isCertain('day') && !r.end.isCertain('year')) {
      const e = dayNumber(parts(isoOf(start))[0], r.end.get('month')!, r.end.get('day')!);
      if (e > start) end = e;
    }
    return { date: { start: isoOf(start), end: isoOf(end), precision: 'day' }, relative: false };
  }
  if (s.isCertain('weekday') || tags.has(TAG_WEEKDAY)) {
    if (ref === null) return null;
    const wd = s.get('weekday')!;
    const modifier = LAST_OR_NEXT.exec(r.text)?.[1].toLowerCase();
    let day = ref - ((weekdayOf(ref) - wd + 7) % 7); // on or before the reference
    if ((modifier === 'last' || modifier === 'past') && day === ref) day -= 7;
    if (modifier === 'next') day = day + 7;
    return { date: dayDate(day), relative: true };
  }
  if (hasMonth) {
    const m = s.get('month')!;
    if (hasYear) return { date: monthDate(s.get('year')!, m), relative: false };
    if (ref === null) return null;
    const [ry, rm] = parts(isoOf(ref));
    return { date: monthDate(m <= rm ? ry : ry - 1, m), relative: false };
  }
  if (hasYear) return { date: yearDate(s.get('year')!), relative: false };
  return null;
}

/**
 * Whether a date points long before publication, so it is background rather than the reported event:
 * - it ends more than 31 days before the reference date, or
 * - it is introduced by "since" (or "ever since", "back in"...), unless it is a day of the last week
 *   ("killed since Saturday" is the current event), or
 * - it is a year (or "last year", "N years ago") other than the reference year.
 * Without a reference date only the cue words count.
 */
function isPast(text: string, spanStart: number, date: IncidentDate, relative: boolean, ref: number | null): boolean {
  const recentDay = relative && date.precision === 'day' && (ref === null || dayOf(date.end) >= ref - 7);
  if (!recentDay && PAST_BEFORE.test(text.slice(Math.max(0, spanStart - 24), spanStart))) return true;
  if (!recentDay && /^\s*since\b/i.test(text.slice(spanStart, spanStart + 8))) return true;
  if (ref === null) return false;
  if (dayOf(date.end) < ref - PAST_DAYS) return true;
  if (date.precision === 'year' && parts(date.start)[0] !== parts(isoOf(ref))[0]) return true;
  return false;
}

/** Trims chrono's leading "(", "," or "on" and trailing punctuation, so every span is the date expression alone. */
function tidySpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,(（]/.test(text[start])) start++;
  const on = /^on\s+/i.exec(text.slice(start, Math.min(end, start + 8)));
  if (on && start + on[0].length < end) start += on[0].length;
  while (end > start && /[\s,)）:.]/.test(text[end - 1])) end--;
  return [start, end];
}

/** Checks a "YYYY-MM-DD" date; null when it is not one. */
function validIso(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? s : null;
}

/**
 * The date part of a publication date given as "YYYY-MM-DD" or an ISO date-time ("2016-07-05T10:00:00Z"),
 * as written (the day the outlet dated it). null when missing or invalid, so callers can report an invalid one.
 */
export function parsePublishedAt(publishedAt: string | null | undefined): string | null {
  if (typeof publishedAt !== 'string') return null;
  const s = publishedAt.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)/.exec(s);
  return m ? validIso(m[1]) : null;
}

/**
 * Finds date mentions in `text`, resolved against `referenceDate` ("YYYY-MM-DD", the publication date).
 * Without a reference, calendar dates with a year still resolve; relative ones and dates without a year are dropped.
 */
export function findDates(text: string, referenceDate: string | null): DateMention[] {
  const refIso = referenceDate === null ? null : validIso(referenceDate);
  const ref = refIso === null ? null : dayOf(refIso);
  const [ry, rm, rd] = refIso === null ? [2000, 1, 1] : parts(refIso);
  const refDate = new Date(ry, rm - 1, rd, 12);
  const out: DateMention[] = [];
  const spans = windows(text);
  for (let w = 0; w < spans.length; w += 2) {
    const offset = spans[w];
    const chunk = text.slice(offset, spans[w + 1]);
    for (const r of engine.parse(chunk, refDate) as Result[]) {
      const resolved = resolve(r, ref);
      if (resolved === null) continue;
      const [start, end] = tidySpan(text, offset + r.index, offset + r.index + r.text.length);
      if (end <= start) continue;
      out.push({
        span: { start, end },
        date: resolved.date,
        relative: resolved.relative,
        past: isPast(text, start, resolved.date, resolved.relative, ref),
      });
    }
  }
  return out;
}

/**
 * The date relative expressions resolve against: the date part of `doc.publishedAt` when valid, else the first
 * explicit full calendar date in the text ("02/29/2016:", "On 9 May 2020"), else null. An invalid publishedAt
 * counts as missing; `parsePublishedAt` tells the caller it was invalid.
 */
export function referenceDateOf(doc: Doc): string | null {
  const published = parsePublishedAt(doc.publishedAt);
  if (published !== null) return published;
  for (const d of findDates(doc.text, null)) {
    if (d.date.precision === 'day' && !d.relative) return d.date.start;
  }
  return null;
}
