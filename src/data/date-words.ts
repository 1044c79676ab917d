// English calendar words used by the sentence splitter, the number parser (to tell "3 May" from a count)
// and the date resolver. Source: the Gregorian calendar's English names and the abbreviations used by
// news wires (AP/Reuters style: "Jan.", "Sept.", "Tue").

/** Month names and abbreviations (lower case) → month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names and abbreviations (lower case) → day of week, 0 = Sunday (as Date#getUTCDay). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/** Words that introduce a publication dateline at the top of a scraped article: "Published July 5 2015 ...". */
export const DATELINE_LEADS: readonly string[] = [
  'published on', 'published', 'posted on', 'posted', 'updated on', 'updated', 'last updated', 'date of publication',
  'first published',
];

/**
 * Words before a bare year that make it a year rather than a count: "in 2015", "since 2011", "by 2020",
 * "summer 2014". A 4-digit figure after a qualifier ("about 2000") is a count instead.
 */
export const YEAR_CUES: readonly string[] = [
  'in', 'since', 'of', 'by', 'until', 'till', 'from', 'during', 'through', 'throughout', 'before', 'after',
  'early', 'late', 'mid', 'end', 'start', 'beginning', 'year', 'the', 'between', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'fiscal', 'election', 'elections', 'census',
];

/** Casual day words and their offset in days from the publication date. "overnight" is the night that ends on the day
 * of publication, so it is that day; "last night" is the evening before it (as news wires use both). */
export const CASUAL_DAYS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2,
  yesterday: -1,
  'last night': -1,
  'late last night': -1,
  'early yesterday': -1,
  today: 0,
  tonight: 0,
  overnight: 0,
  'earlier today': 0,
  'early today': 0,
  'this morning': 0,
  'early this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
};

export type PeriodUnit = 'week' | 'month' | 'year';

/** Relative periods: which period, how many back from the one holding the publication date, and whether the
 * period is cut at the publication date ("this week" cannot reach past it) or before it ("earlier this week"
 * is not today). Weeks run Monday–Sunday (ISO 8601). */
export const RELATIVE_PERIODS: Readonly<Record<string, { unit: PeriodUnit; offset: number; untilReference?: boolean; beforeReference?: boolean }>> = {
  'last week': { unit: 'week', offset: -1 },
  'the previous week': { unit: 'week', offset: -1 },
  'earlier this week': { unit: 'week', offset: 0, untilReference: true, beforeReference: true },
  'this week': { unit: 'week', offset: 0, untilReference: true },
  'last month': { unit: 'month', offset: -1 },
  'the previous month': { unit: 'month', offset: -1 },
  'earlier this month': { unit: 'month', offset: 0, untilReference: true, beforeReference: true },
  'this month': { unit: 'month', offset: 0, untilReference: true },
  'last year': { unit: 'year', offset: -1 },
  'the previous year': { unit: 'year', offset: -1 },
  'earlier this year': { unit: 'year', offset: 0, untilReference: true, beforeReference: true },
  'this year': { unit: 'year', offset: 0, untilReference: true },
};

/** Weekend phrases: the Saturday–Sunday before publication ("last weekend") or holding it ("this weekend"). */
export const WEEKEND_PHRASES: Readonly<Record<string, 'last' | 'this'>> = {
  'last weekend': 'last', 'past weekend': 'last', 'over the weekend': 'last', 'at the weekend': 'last',
  'this weekend': 'this',
};

/** Count words in "N days ago". */
export const AGO_COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Words right before a bare year that make it a date mention: "in 2015", "since 2011", "in early 2014". */
export const DATE_YEAR_CUES: readonly string[] = [
  'in', 'since', 'during', 'by', 'until', 'till', 'from', 'throughout', 'before', 'after', 'of', 'early', 'late', 'mid',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'end of', 'start of', 'beginning of', 'the end of', 'the start of',
  'the beginning of', 'in early', 'in late', 'in mid',
];

/**
 * Words before a date that point long before publication, so the date is background, not the event:
 * "since 2011", "in 2015" (another year), "last year", "years ago". See `past` in src/annotate/dates.ts.
 */
export const PAST_CUES: readonly string[] = ['since', 'ever since', 'as early as', 'as far back as', 'back in', 'dating back to'];
