// Turns a data table of regular-expression fragments into one compiled matcher. Each table is compiled once
// per process into a single alternation (longest fragments first), so a lookup is one regex pass over a text
// range, not one pass per entry; the matching entry is found by which named group captured.
import type { Span } from '../core/types.js';

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

// A word boundary that treats letters, digits and the apostrophe as word characters, whatever the script.
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

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
  return parts.sort((a, b) => minLength(b) - minLength(a) || b.length - a.length).join('|');
}

export function compileLexicon<T extends { pattern: string }>(entries: readonly T[], flags = 'iu'): Lexicon<T> {
  // Longer fragments first, so "suicide car bomb" is tried before "car bomb" at the same position.
  const patterns = entries.map((e) => longestFirst(e.pattern));
  const order = entries.map((e, i) => i).sort((a, b) => patterns[b].length - patterns[a].length);
  const source = order.map((i) => `(?<e${i}>${patterns[i]})`).join('|');
  const regex = new RegExp(`${BEFORE}(?:${source})${AFTER}`, `g${flags}`);
  const probe = new RegExp(regex.source, flags.replace('g', ''));

  function matchAll(text: string, from = 0, to = text.length): LexiconMatch<T>[] {
    const out: LexiconMatch<T>[] = [];
    const slice = from === 0 && to === text.length ? text : text.slice(0, to);
    regex.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(slice)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const groups = m.groups!;
      let entry: T | undefined;
      for (const key in groups) {
        if (groups[key] !== undefined) {
          entry = entries[Number(key.slice(1))];
          break;
        }
      }
      out.push({ start: m.index, end: m.index + m[0].length, entry: entry!, text: m[0] });
    }
    return out;
  }

  function test(text: string, from = 0, to = text.length): boolean {
    if (from === 0 && to === text.length) return probe.test(text);
    return probe.test(text.slice(from, to));
  }

  return { matchAll, test };
}

/** One regex for a single fragment with the same word boundaries as a lexicon. */
export function wordRegex(pattern: string, flags = 'iu'): RegExp {
  return new RegExp(`${BEFORE}(?:${pattern})${AFTER}`, flags);
}
