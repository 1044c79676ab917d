// Vague quantity words and what they count as, for the number parser (src/annotate/numbers.ts).
//
// `min`/`max` are a plausible reading of the word in English (ours): "dozens" is at least two dozen and less
// than a hundred, "hundreds" at least two hundred and less than a thousand, and so on.
//
// `acled` is the fixed figure ACLED codes when a report gives only the word. ACLED's codebook and its
// fatality FAQ say: "several" or "many" → 10, "dozens" → 12, "hundreds" → 100 (`acledRule: 'codebook'`).
// For words ACLED does not list we follow the same logic, one unit of the word's base
// (scores → 20, thousands → 1000, tens → 10) or the lowest plural reading (a few → 3): `acledRule: 'analogy'`.
//
// `airwars` is the range Airwars' civilian-harm assessments record for the word: "dozens" injured is coded
// 12–24 and "several" / "a number of" as 2 (Airwars methodology notes on "civilians reported injured").
// Words Airwars does not code have `airwars: null`.

export interface VagueNumber {
  /** The phrase as written, lower case, single spaces ("a number of"). The parser matches any whitespace. */
  phrase: string;
  min: number;
  max: number;
  acled: number;
  acledRule: 'codebook' | 'analogy';
  airwars: { min: number; max: number } | null;
  /** Is a quantity only before one of these words ("tens of people", "scores dead"; not "settled scores"). */
  followedBy?: readonly string[];
}

export const VAGUE_NUMBERS: readonly VagueNumber[] = [
  { phrase: 'dozens', min: 24, max: 99, acled: 12, acledRule: 'codebook', airwars: { min: 12, max: 24 } },
  {
    phrase: 'scores', min: 40, max: 199, acled: 20, acledRule: 'analogy', airwars: null,
    followedBy: ['of', 'dead', 'killed', 'wounded', 'injured', 'hurt', 'died', 'more', 'others'],
  },
  { phrase: 'hundreds', min: 200, max: 999, acled: 100, acledRule: 'codebook', airwars: null },
  { phrase: 'thousands', min: 2000, max: 9999, acled: 1000, acledRule: 'analogy', airwars: null },
  { phrase: 'tens', min: 20, max: 99, acled: 10, acledRule: 'analogy', airwars: null, followedBy: ['of'] },
  { phrase: 'several', min: 3, max: 9, acled: 10, acledRule: 'codebook', airwars: { min: 2, max: 2 } },
  { phrase: 'many', min: 5, max: 99, acled: 10, acledRule: 'codebook', airwars: null },
  { phrase: 'numerous', min: 5, max: 99, acled: 10, acledRule: 'analogy', airwars: null },
  { phrase: 'multiple', min: 2, max: 9, acled: 10, acledRule: 'analogy', airwars: { min: 2, max: 2 } },
  { phrase: 'a number of', min: 2, max: 9, acled: 10, acledRule: 'analogy', airwars: { min: 2, max: 2 } },
  // "An unknown number of people were killed": plural, so at least two; coded like "a number of".
  { phrase: 'an unknown number of', min: 2, max: 9, acled: 10, acledRule: 'analogy', airwars: { min: 2, max: 2 } },
  { phrase: 'a few', min: 2, max: 5, acled: 3, acledRule: 'analogy', airwars: { min: 2, max: 2 } },
  { phrase: 'a handful of', min: 2, max: 5, acled: 3, acledRule: 'analogy', airwars: { min: 2, max: 2 } },
  { phrase: 'a couple of', min: 2, max: 3, acled: 2, acledRule: 'analogy', airwars: { min: 2, max: 2 } },
];

/**
 * Vague words that multiply a scale word: "several hundred", "a few dozen", "many thousands" read as
 * the vague range times the scale; ACLED's fixed figure is then one unit of the scale, as for "hundreds" → 100.
 */
export const VAGUE_MULTIPLIERS: readonly string[] = ['several', 'a few', 'a couple of', 'a couple', 'many', 'a number of'];

/**
 * Scale words that may follow a vague word, singular after a multiplier ("several hundred"), plural after
 * "of" ("tens of thousands", "hundreds of thousands"), which multiplies the vague word's range.
 */
export const VAGUE_SCALES: Readonly<Record<string, number>> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000 };

/** Words before "many" that make it not a count ("how many", "so many", "as many as" is a qualifier). */
export const MANY_NOT_A_COUNT_BEFORE: readonly string[] = ['how', 'so', 'too', 'as', 'not', 'very', 'that', 'this'];
