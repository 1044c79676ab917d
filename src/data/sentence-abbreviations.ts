// Words written with a full stop that does not end a sentence, for the sentence splitter
// (src/annotate/sentences.ts). Source: general English usage and the abbreviation lists of
// news style guides (Reuters/AP: titles, ranks, months, "No.", "St."), lower-cased without the dot.

/** Titles and ranks: always followed by a name, so their full stop never ends a sentence. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'lieut', 'gov',
  'sen', 'rep', 'pres', 'hon', 'approx', 'vs', 'ave', 'blvd', 'dept', 'govt', 'corp', 'bros', 'cf',
];

/** Abbreviations that stand before a number ("No. 5", "Art. 3"); they end a sentence when no digit follows ("he said no."). */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['no', 'nos', 'vol', 'art', 'para', 'fig', 'ch', 'sec', 'p', 'pp'];

/** Month and weekday abbreviations: "Jan. 5", "Tue. 5 July". They end a sentence only when nothing date-like follows. */
export const DATE_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Dotted abbreviations whose last dot rarely ends a sentence: "e.g.", "i.e.", "a.m.", "p.m.", "etc." is NOT here (it often ends one). */
export const DOTTED_ABBREVIATIONS: readonly string[] = ['e.g', 'i.e', 'viz', 'approx'];

/**
 * Words that, capitalised after an initialism such as "U.S." or "U.N.", show that a new sentence began
 * ("... backed by the U.S. The attack ..."); any other capitalised word is read as a continuation
 * ("the U.S. Army", "the U.N. Security Council").
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'earlier', 'later', 'after', 'before', 'since', 'while',
  'his', 'her', 'their', 'our', 'no', 'according', 'officials', 'separately', 'also', 'another', 'some', 'many',
];

/** Words a line cannot end on when it is a heading: a line ending in one of them was wrapped mid-sentence. */
export const CONTINUATION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'but', 'by', 'for', 'with', 'from', 'into', 'near',
  'that', 'which', 'who', 'as', 'than', 'were', 'was', 'is', 'are', 'had', 'has', 'have', 'been', 'its', 'their',
];
