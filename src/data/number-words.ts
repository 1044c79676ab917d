// English number words, count qualifiers and the words that make a figure something other than a count
// (a year, an age, a measurement...), for the number parser (src/annotate/numbers.ts).
// Source: English grammar of cardinal numbers and news-wire usage (AP/Reuters style); the qualifier
// readings follow CONTRACT.md ("at least N" → N..null, "more than N" → N+1..null, "about N" → N..N,
// "up to N" → N..N) and the UCDP GED codebook's treatment of "at least"/"more than" as lower bounds.
import type { Qualifier } from '../core/types.js';
import type { NumberUnit } from '../annotate/types.js';

/** Cardinal words below one hundred. */
export const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multiplying words: "two hundred", "a dozen", "1.5 million". */
export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000,
};

/** How a qualifier phrase before a figure reads. `offset` shifts the bound: "more than 100" → 101, "fewer than 10" → 9. */
export interface QualifierPhrase {
  phrase: string;
  qualifier: Qualifier;
  offset?: number;
  /** Adds to a count given earlier ("a further 3", "another 5"). */
  additive?: boolean;
  /** The phrase opens a range whose second figure follows "and"/"to" ("between 5 and 7", "from 5 to 7"). */
  range?: boolean;
}

export const QUALIFIER_PHRASES: readonly QualifierPhrase[] = [
  { phrase: 'at least', qualifier: 'at_least' },
  { phrase: 'no fewer than', qualifier: 'at_least' },
  { phrase: 'no less than', qualifier: 'at_least' },
  { phrase: 'not less than', qualifier: 'at_least' },
  { phrase: 'not fewer than', qualifier: 'at_least' },
  { phrase: 'a minimum of', qualifier: 'at_least' },
  { phrase: 'at a minimum', qualifier: 'at_least' },
  { phrase: 'more than', qualifier: 'more_than', offset: 1 },
  { phrase: 'over', qualifier: 'more_than', offset: 1 },
  { phrase: 'well over', qualifier: 'more_than', offset: 1 },
  { phrase: 'upwards of', qualifier: 'more_than', offset: 1 },
  { phrase: 'upward of', qualifier: 'more_than', offset: 1 },
  { phrase: 'in excess of', qualifier: 'more_than', offset: 1 },
  { phrase: 'above', qualifier: 'more_than', offset: 1 },
  { phrase: 'about', qualifier: 'about' },
  { phrase: 'around', qualifier: 'about' },
  { phrase: 'approximately', qualifier: 'about' },
  { phrase: 'approx.', qualifier: 'about' },
  { phrase: 'some', qualifier: 'about' },
  { phrase: 'roughly', qualifier: 'about' },
  { phrase: 'nearly', qualifier: 'about' },
  { phrase: 'almost', qualifier: 'about' },
  { phrase: 'close to', qualifier: 'about' },
  { phrase: 'just over', qualifier: 'about' },
  { phrase: 'just under', qualifier: 'about' },
  { phrase: 'an estimated', qualifier: 'about' },
  { phrase: 'estimated', qualifier: 'about' },
  { phrase: 'up to', qualifier: 'up_to' },
  { phrase: 'as many as', qualifier: 'up_to' },
  { phrase: 'at most', qualifier: 'up_to' },
  { phrase: 'a maximum of', qualifier: 'up_to' },
  { phrase: 'no more than', qualifier: 'up_to' },
  { phrase: 'not more than', qualifier: 'up_to' },
  { phrase: 'fewer than', qualifier: 'up_to', offset: -1 },
  { phrase: 'less than', qualifier: 'up_to', offset: -1 },
  { phrase: 'under', qualifier: 'up_to', offset: -1 },
  { phrase: 'a further', qualifier: 'exact', additive: true },
  { phrase: 'further', qualifier: 'exact', additive: true },
  { phrase: 'another', qualifier: 'exact', additive: true },
  { phrase: 'an additional', qualifier: 'exact', additive: true },
  { phrase: 'additional', qualifier: 'exact', additive: true },
  { phrase: 'between', qualifier: 'range', range: true },
  { phrase: 'from', qualifier: 'range', range: true },
];

/** Words after a figure that qualify it: "10 or more", "40-odd", "100-plus", "3 more". */
export const SUFFIX_QUALIFIERS: readonly QualifierPhrase[] = [
  { phrase: 'or more', qualifier: 'at_least' },
  { phrase: 'or so', qualifier: 'about' },
  { phrase: 'odd', qualifier: 'about' },
  { phrase: 'plus', qualifier: 'at_least' },
  { phrase: 'or fewer', qualifier: 'up_to' },
  { phrase: 'or less', qualifier: 'up_to' },
  { phrase: 'more', qualifier: 'exact', additive: true },
];

/** Words joining the two figures of a range: "5-7", "5 to 7", "five or six". "and" only after "between". */
export const RANGE_JOINERS: readonly string[] = ['-', '–', '—', 'to', 'or'];

/** Words after a figure, by what they make it. Matched case-insensitively, as whole words, after optional "of". */
export const UNIT_WORDS: Readonly<Partial<Record<NumberUnit, readonly string[]>>> = {
  percent: ['%', 'percent', 'per cent', 'pct', 'percentage points'],
  time: ['a.m.', 'a.m', 'am', 'p.m.', 'p.m', 'pm', 'gmt', 'utc', 'hrs local time', 'local time', "o'clock", 'hrs'],
  measure: [
    'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metres', 'meters', 'metre', 'meter', 'm',
    'cm', 'mm', 'millimetre', 'millimeter', 'kg', 'kgs', 'kilos', 'kilo', 'kilograms', 'kilogram', 'grams', 'gram', 'g', 'tons',
    'ton', 'tonnes', 'tonne', 'feet', 'foot', 'ft', 'inches', 'inch', 'hectares', 'hectare', 'ha', 'acres', 'acre', 'dunams',
    'dunums', 'dunam', 'square kilometres', 'square kilometers', 'square miles', 'square metres', 'square meters', 'sq km',
    'litres', 'liters', 'litre', 'liter', 'gallons', 'barrels', 'mph', 'km/h', 'kph', 'knots', 'degrees', '°',
    'calibre', 'caliber', 'pound', 'pounds of', 'lb', 'lbs', 'megatons', 'kilotons', 'storey', 'storeys', 'stories', 'floors',
  ],
  duration: [
    'seconds', 'second', 'secs', 'minutes', 'minute', 'mins', 'hours', 'hour', 'days', 'day', 'nights', 'night', 'weeks',
    'week', 'months', 'month', 'years', 'year', 'yrs', 'decades', 'decade', 'centuries', 'century',
  ],
  money: [
    'dollars', 'dollar', 'usd', 'us dollars', 'euros', 'euro', 'eur', 'pounds', 'pounds sterling', 'gbp', 'rupees', 'rupee',
    'dinars', 'dinar', 'lira', 'liras', 'riyals', 'riyal', 'rials', 'rial', 'shekels', 'shekel', 'naira', 'shillings',
    'shilling', 'pesos', 'peso', 'yuan', 'rubles', 'ruble', 'roubles', 'rouble', 'afghanis', 'francs', 'franc', 'birr',
    'cedis', 'rand', 'taka', 'kyats', 'hryvnias', 'hryvnia', 'bolivars', 'reais', 'yen', 'syp', 'iqd', 'yer', 'afn', 'cfa',
  ],
};

/** Written after an age: "25 years old", "25-year-old", "a 3-month-old baby". */
export const AGE_SUFFIX = /^(?:-| )?(?:years?|yrs?|months?|weeks?|days?)(?:-| )old\b/i;
/** Written before an age: "aged 25", "age 25", "ages 5 to 7", "aged between 18 and 25". */
export const AGE_PREFIXES: readonly string[] = ['aged', 'age', 'ages', 'ages of', 'aged between', 'between the ages of', 'aged from'];

/** Currency signs and codes written before an amount: "$5 million", "US$ 3", "SYP 500". */
export const MONEY_PREFIXES: readonly string[] = ['$', 'us$', 'usd', '£', '€', '¥', '₹', '₺', '₪', 'eur', 'gbp', 'syp', 'iqd', 'rs', 'rs.'];

/**
 * Names that number a thing rather than count it: "Resolution 2254", "Route 7", "Division 93", "No. 5".
 * Matched before the figure when Capitalised or in CAPITALS (texts with stripped commas say "in the camp 3 people
 * died", so lower-case "camp" must not make a label).
 */
export const LABEL_WORDS: readonly string[] = [
  'no.', 'nos.', 'number', 'resolution', 'resolutions', 'route', 'highway', 'road', 'division', 'brigade', 'battalion',
  'regiment', 'corps', 'squadron', 'unit', 'article', 'section', 'chapter', 'paragraph', 'page', 'room', 'gate', 'checkpoint',
  'camp', 'flight', 'block', 'building', 'sector', 'zone', 'phase', 'level', 'grade', 'model', 'type', 'mark', 'mk',
  'line', 'platform', 'terminal', 'hill', 'tower', 'ward', 'district', 'channel', 'episode', 'season',
  'stage', 'round', 'plot', 'apartment', 'flat', 'villa', 'cell', 'wing', 'hall', 'floor', 'junction', 'exit', 'version',
  'law', 'decree', 'bill', 'code', 'box', 'kilometre', 'kilometer', 'km', 'sura', 'verse', 'covid', 'corridor', 'pier',
];
/** Label words that number a thing even in lower case: "no. 5", "resolution 2254", "route 7", "#3". */
export const LOWERCASE_LABEL_WORDS: readonly string[] = ['no.', 'nos.', '#', 'resolution', 'route', 'highway', 'article', 'covid'];

/** Words before a phone number. A figure after "+" is a phone number too. */
export const PHONE_PREFIXES: readonly string[] = ['tel', 'tel.', 'tel:', 'phone', 'phone:', 'hotline', 'fax', 'whatsapp', 'call'];

/** Words before "one" that make it a pronoun, not a count: "no one", "each one", "the one who". */
export const ONE_NOT_A_COUNT_BEFORE: readonly string[] = [
  'no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'last', 'next', 'only', 'little', 'loved', 'such',
];
/** Words after "one" that make it a pronoun or idiom: "one another", "one day" is a duration anyway. */
export const ONE_NOT_A_COUNT_AFTER: readonly string[] = ['another', 'thing', 'way', 'side', 'hand'];
