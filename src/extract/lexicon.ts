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

export function compileLexicon<T extends { pattern: string }>(entries: readonly T[], flags = 'iu'): Lexicon<T> {
  // Longer source fragments first, so "suicide car bomb" is tried before "car bomb" at the same position.
  const order = entries.map((e, i) => i).sort((a, b) => entries[b].pattern.length - entries[a].pattern.length);
  const source = order.map((i) => `(?<e${i}>${entries[i].pattern})`).join('|');
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
