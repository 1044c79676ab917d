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
