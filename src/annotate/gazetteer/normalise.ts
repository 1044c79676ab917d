// Name keys for the gazetteer index. Two levels:
// - normalisePlaceName: the exact key (case, diacritics, apostrophes, hyphens and Arabic articles removed);
// - soundKey: a looser key over the exact one so that romanisation variants of one name meet
//   (vowel quality, doubled letters, w/y used as vowels, q/k, kh/h, dh/z, a final -h ...).
// Both are pure string functions; they run on every candidate name in a text, so they avoid regex
// work when the input is already plain ASCII.
import { LETTER_FOLDS, NAME_ARTICLES, SOUND_FOLDS } from '../../data/place-names.js';

const ARTICLES = new Set(NAME_ARTICLES);
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const NON_ASCII = /[^\x00-\x7f]/;
// Apostrophes, ayn/hamza marks and dots vanish ("Ma'arrat", "Ma‘arrat", "U.S."); other separators become spaces.
const SILENT_MARKS = /['‘’ʿʾʻʼ`´.]/g;
const SEPARATORS = /[^a-z0-9\u00c0-\uffff]+/g;

/**
 * Keys already computed, by input: the same names come back across a text and across texts (places.ts asks for
 * every capitalised run). Short inputs only, and the memo starts afresh when it is full, so it stays small.
 */
function memoised(f: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    if (s.length > MEMO_MAX_LENGTH) return f(s);
    let out = memo.get(s);
    if (out === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(s, (out = f(s)));
    }
    return out;
  };
}
const MEMO_MAX_LENGTH = 80;
const MEMO_SIZE = 50_000;

/** Exact name key: "Deir ez-Zor" → "deir zor", "Al-Hasakah" → "hasakah", "Idlib Governorate" → "idlib governorate". */
export const normalisePlaceName: (name: string) => string = memoised(exactKey);

function exactKey(name: string): string {
  let s = name.toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(COMBINING_MARKS, '').replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c);
  s = s.replace(SILENT_MARKS, '').replace(SEPARATORS, ' ').trim();
  if (s.indexOf(' ') < 0) return s;
  const words = s.split(' ');
  let out = '';
  for (let i = 0; i < words.length; i++) {
    // An article only counts as one when another word follows it ("As" alone stays a name).
    if (i < words.length - 1 && ARTICLES.has(words[i])) continue;
    out = out ? `${out} ${words[i]}` : words[i];
  }
  return out;
}

const FOLD_MAP = new Map(SOUND_FOLDS);
// Longest spellings first, so "sch" wins over "ch" and "ck" over "c".
const FOLD_RE = new RegExp([...FOLD_MAP.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const VOWEL = 'a';
const isVowelLetter = (c: string): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/**
 * Loose key over an exact key: every vowel (and w/y after a vowel) becomes one class, runs collapse,
 * consonant digraphs fold ("kh" → "h", "q" → "k"), and a word-final "h" after a vowel goes.
 * "hasakah", "hassakeh" and "hasaka" all give "hasaka"; "dayr zawr" and "deir zour" give "dar zar".
 */
export const soundKey: (exactKey: string) => string = memoised(looseKey);

function looseKey(exactKey: string): string {
  const folded = exactKey.replace(FOLD_RE, (m) => FOLD_MAP.get(m) ?? m);
  let out = '';
  let prev = ' ';
  for (let i = 0; i < folded.length; i++) {
    let c = folded[i];
    if (isVowelLetter(c)) c = VOWEL;
    else if ((c === 'w' || c === 'y') && prev === VOWEL) c = VOWEL;
    else if (c === 'h' && prev === VOWEL && (i + 1 === folded.length || folded[i + 1] === ' ')) continue;
    if (c === prev) continue;
    out += c;
    prev = c;
  }
  return out;
}
