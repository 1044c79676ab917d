// Who said each toll. A claim inside an embedded social post belongs to the post's author; otherwise the
// source is the one named next to an attribution cue ("according to X", "X said") in the claim's sentence,
// after a quotation that contains the claim, or (for "he said" / "the group said") in the sentence before.
// A claim nobody is named for keeps a null source name (CONTRACT.md).
import type { Annotated, Sentence } from '../annotate/types.js';
import type { SourceKind, SourceRef, Span } from '../core/types.js';
import { CODER_SOURCE } from '../core/types.js';
import { ATTRIBUTION_CUES, SOURCE_LEXICON, type SourceEntry } from '../data/sources.js';
import { compileLexicon, type LexiconMatch } from './lexicon.js';

const SOURCES = compileLexicon(SOURCE_LEXICON);
const CUES = compileLexicon([{ pattern: ATTRIBUTION_CUES }]);
const PRONOUN_SOURCE = /\b(?:he|she|they|it|the (?:group|official|spokes(?:man|woman|person)|source|monitor|agency|ministry|statement))\s+(?:said|says|added|reported|told|stated|noted)\b|\b(?:said|added|reported)\s+(?:he|she|they)\b/i;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** The signature line of an embedded post: "— Name (@handle) May 3, 2019" (the form Twitter/X embeds print). */
const POST_SIGNATURE = new RegExp(`[—–-]{1,2}\\s*([^\\n()]{1,80}?)\\s*\\((@[A-Za-z0-9_]{1,30})\\)\\s*(${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4})`, 'g');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface SocialPost {
  /** The post's text, from the start of its paragraph to its signature. */
  body: Span;
  signature: Span;
  author: string;
  handle: string;
  date: string | null;
}

export function findSocialPosts(text: string): SocialPost[] {
  const posts: SocialPost[] = [];
  POST_SIGNATURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POST_SIGNATURE.exec(text)) !== null) {
    const sigStart = m.index;
    // The post body is the paragraph before the signature (embeds put the post text on its own lines).
    const prevBreak = Math.max(text.lastIndexOf('\n\n', sigStart - 2), -1);
    const lineStart = text.lastIndexOf('\n', sigStart - 1);
    const bodyStart = lineStart >= 0 && text.slice(lineStart, sigStart).trim() === '' ? Math.max(prevBreak, text.lastIndexOf('\n', lineStart - 1)) + 1 : prevBreak + 1;
    posts.push({ body: { start: bodyStart, end: sigStart }, signature: { start: sigStart, end: m.index + m[0].length }, author: m[1].trim(), handle: m[2], date: postDate(m[3]) });
  }
  return posts;
}

function postDate(s: string): string | null {
  const parts = /^(\D+?)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s) ?? null;
  const alt = /^(\d{1,2})\s+(\D+?)\.?\s+(\d{4})$/.exec(s);
  const [monthName, day, year] = parts ? [parts[1], parts[2], parts[3]] : alt ? [alt[2], alt[1], alt[3]] : [null, null, null];
  if (!monthName) return null;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const sourceName = (text: string, m: LexiconMatch<SourceEntry>): string =>
  m.entry.name ?? text.slice(m.start, m.end).replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '');

const unattributed = (): SourceRef => ({ name: null, kind: 'unknown', handle: null, date: null, mention: null });

/** The source attributed within text[from, to): a lexicon source standing next to an attribution cue. */
function attributedIn(text: string, from: number, to: number, near: number): SourceRef | null {
  const cues = CUES.matchAll(text, from, to);
  if (cues.length === 0) return null;
  let best: { ref: SourceRef; distance: number } | null = null;
  const matches = SOURCES.matchAll(text, from, to);
  // "state news agency SANA", "the monitor, the Syrian Observatory": a role followed by the source's name is that source.
  for (let i = matches.length - 2; i >= 0; i--) {
    const [role, named] = [matches[i], matches[i + 1]];
    if (role.entry.name === null && named.entry.name !== null && /^[\s,]{0,3}$/.test(text.slice(role.end, named.start))) {
      matches.splice(i, 2, { ...named, start: role.start });
    }
  }
  for (const m of matches) {
    const nearCue = cues.some((c) => (c.end <= m.start && m.start - c.end <= 40) || (m.end <= c.start && c.start - m.end <= 60));
    if (!nearCue) continue;
    const distance = Math.abs(m.start - near);
    if (!best || distance < best.distance) {
      best = { ref: { name: sourceName(text, m), kind: m.entry.kind as SourceKind, handle: null, date: null, mention: { start: m.start, end: m.end } }, distance };
    }
  }
  return best?.ref ?? null;
}

/** End of the quotation that contains `pos` within its sentence's paragraph, or -1. */
function quotationEnd(text: string, pos: number, paragraphStart: number): number {
  let open = -1;
  for (let i = paragraphStart; i < pos; i++) {
    const ch = text[i];
    if (ch === '“') open = i;
    else if (ch === '”') open = -1;
    else if (ch === '"') open = open === -1 ? i : -1;
  }
  if (open === -1) return -1;
  const close = text.slice(pos).search(/["”]/);
  return close === -1 ? -1 : pos + close + 1;
}

export interface Attributable {
  quote: Span;
  sentence: number;
  /** A data coder's note ("Fatalities coded as 3"): the dataset's coders are the source. */
  coded?: boolean;
}

const CODER: SourceRef = { name: CODER_SOURCE, kind: 'monitor', handle: null, date: null, mention: null };

/** Sources for claims, in the same order. */
export function attributeSources(a: Annotated, claims: Attributable[]): SourceRef[] {
  const { text, sentences } = a;
  const posts = findSocialPosts(text);
  return claims.map((c) => {
    if (c.coded) return { ...CODER, mention: { start: c.quote.start, end: c.quote.end } };
    const post = posts.find((p) => p.body.start <= c.quote.start && c.quote.end <= p.body.end);
    if (post) return { name: post.author, kind: 'social', handle: post.handle, date: post.date, mention: post.signature };
    const s: Sentence = sentences[c.sentence];
    const here = attributedIn(text, s.start, s.end, c.quote.start);
    if (here) return here;
    const paragraphStart = Math.max(0, text.lastIndexOf('\n', s.start - 1) + 1);
    const closing = quotationEnd(text, c.quote.start, paragraphStart);
    if (closing !== -1) {
      const after = attributedIn(text, closing, Math.min(text.length, closing + 160), closing);
      if (after) return after;
    }
    if (PRONOUN_SOURCE.test(text.slice(s.start, s.end))) {
      for (let k = c.sentence - 1; k >= Math.max(0, c.sentence - 2); k--) {
        const prior = attributedIn(text, sentences[k].start, sentences[k].end, sentences[k].end);
        if (prior) return prior;
      }
    }
    return unattributed();
  });
}
