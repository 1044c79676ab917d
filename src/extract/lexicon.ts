// Turns a data table of regular-expression fragments into one compiled matcher. A table is the alternation of its
// fragments (longest first), matched on word boundaries; which entry matched is which alternative matched. The
// alternation runs through a first-characters dispatch (alternation.ts), not as one regex with a named group per
// entry: that made V8 try every entry at every word start and build an object of hundreds of groups per match.
import type { Span } from '../core/types.js';
import { AFTER, Alternation, BEFORE } from './alternation.js';

export interface LexiconMatch<T> extends Span {
  entry: T;
  text: string;
}

export interface Lexicon<T> {
  /** Every non-overlapping match in text[from, to), left to right, longest alternative first at each position. */
  matchAll(text: string, from?: number, to?: number): LexiconMatch<T>[];
  /** Whether any entry matches in text[from, to). */
  test(text: string, from?: number, to?: number): boolean;
}

/** Splits a pattern at its top-level "|" (bars inside groups and character classes stay). */
export function splitAlternatives(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      // Skip a character class whole: its brackets and bars are literal.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(pattern.slice(from));
  return parts;
}

/**
 * Roughly the length of the shortest text an alternative matches: optional groups and optional characters
 * count for nothing, so "police(?:women)?" (6) ranks below "police officers?" (14).
 */
function minLength(alternative: string): number {
  let s = alternative;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\((?:\?:|\?=|\?!|\?<=|\?<!)?[^()]*\)[?*]/g, '');
  }
  return s.replace(/\\.(?=[?*])|.(?=[?*])/g, '').replace(/[?*+()[\]|^$]/g, '').length;
}

/**
 * Splits a pattern at its top-level "|" and puts longer alternatives first, so that "police officers" is
 * tried before "police" at the same position whatever order a table lists them in.
 */
export function longestFirst(pattern: string): string {
  return splitAlternatives(pattern).sort((a, b) => minLength(b) - minLength(a) || b.length - a.length).join('|');
}

export function compileLexicon<T extends { pattern: string }>(entries: readonly T[], flags = 'iu'): Lexicon<T> {
  // Longer fragments first, so "suicide car bomb" is tried before "car bomb" at the same position; within an
  // entry its own alternatives longest first too.
  const patterns = entries.map((e) => longestFirst(e.pattern));
  const order = entries.map((e, i) => i).sort((a, b) => patterns[b].length - patterns[a].length);
  const entryOf: T[] = [];
  const sources: string[] = [];
  for (const i of order) {
    for (const alt of splitAlternatives(patterns[i])) {
      sources.push(alt);
      entryOf.push(entries[i]);
    }
  }
  const alternation = new Alternation(sources, flags);

  function matchAll(text: string, from = 0, to = text.length): LexiconMatch<T>[] {
    return alternation.matchAll(text, from, to).map((m) => ({ start: m.start, end: m.end, entry: entryOf[m.alt], text: m.text }));
  }

  function test(text: string, from = 0, to = text.length): boolean {
    return alternation.test(from === 0 && to === text.length ? text : text.slice(from, to));
  }

  return { matchAll, test };
}

/** One regex for a single fragment with the same word boundaries as a lexicon. */
export function wordRegex(pattern: string, flags = 'iu'): RegExp {
  return new RegExp(`${BEFORE}(?:${pattern})${AFTER}`, flags);
}
