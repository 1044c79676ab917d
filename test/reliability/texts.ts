// Hostile and news-like texts for the property tests: fast-check arbitraries that mix words the recognisers
// react to (counts, casualty words, dates, places, sources) with characters that break naive text code:
// lone surrogates, bidirectional marks, zero-width joiners, combining marks, letters whose case or Unicode
// normal form has another length, control characters and odd line ends. Written for these tests.
import fc from 'fast-check';

/** Characters that change length under toLowerCase/toUpperCase/normalize, or that code often mishandles. */
export const HOSTILE_CHARS = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
  '\u200E', '\u200F', '\u202A', '\u202B', '\u202E', '\u2066', '\u2067', '\u2069', '\u061C', // bidi marks and overrides
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
  '\u0301', '\u0308', '\u0651', // combining marks
  'İ', 'ẞ', 'ß', 'ﬃ', 'Å', 'ŉ', 'Ω', // change length or form under case mapping or NFC/NFKC
  '\u00A0', '\u2028', '\u2029', '\u0085', '\u3000', '\r', '\r\n', '\t', '\v', '\f', // odd spaces and line ends
  '\u0000', '\u0007', '\u001B', '\u007F', // controls
  '💥', '👨‍👩‍👧', '🇸🇾', // astral and joined emoji, a flag
  '«', '»', '“', '”', '‘', '’', '—', '–', '…', '·', '؟', '،', '٫', '٣', '١٢', '۵', // punctuation and digits of other scripts
];

/** Words and phrases the recognisers act on; short so that many combine in one text. */
export const NEWS_TOKENS = [
  'killed', 'were killed', 'was killed', 'died', 'dead', 'wounded', 'injured', 'were injured', 'casualties', 'toll', 'death toll',
  'at least', 'more than', 'up to', 'about', 'nearly', 'some', 'dozens', 'scores', 'hundreds', 'several', 'a further', 'another',
  'one', 'two', 'three', 'seven', 'twelve', 'forty-five', 'a hundred', 'two hundred and forty', 'a million', 'half',
  '0', '1', '3', '12', '40', '100', '1,000', '1.5', '12-15', '5 to 7', 'between 5 and 7', '9,999,999,999,999,999,999', '1e308', '007',
  'people', 'civilians', 'children', 'soldiers', 'fighters', 'police officers', 'militants', 'villagers', 'including',
  'on Monday', 'on Tuesday', 'last week', 'yesterday', 'on Sunday night', 'March 3, 2024', '3 March', '2024-02-30', '2024-13-45',
  '31/12/2023', '12/31/2023', 'in 2015', 'since 2011', 'this year', 'last month', 'Feb. 29', 'the 1990s',
  'in Kabul', 'near Aleppo', 'Kharkiv', 'Mogadishu', 'Baghdad', 'Sanaa', 'Goma', 'Tripoli', 'Georgia', 'Paris', 'Syria',
  'the outskirts of', 'province', 'Idlib province', 'northern', 'Washington', 'Jordan', 'Chad', 'Niger', 'Nice',
  'police said', 'the ministry said', 'according to', 'the Syrian Observatory for Human Rights', 'witnesses said', 'reported',
  'al-Shabaab', 'Islamic State', 'Taliban', 'Hamas', 'government troops', 'gunmen', 'Mr.', 'U.S.', 'Gen.', 'No.',
  'air strike', 'drone strike', 'suicide bomber', 'car bomb', 'shelling', 'clashes', 'protesters', 'riot', 'abducted', 'arrested',
  '.', ',', ';', ':', '!', '?', '"', "'", '(', ')', '[', ']', '-', '/', '\n', '\n\n', "'s",
];

const token = fc.constantFrom(...NEWS_TOKENS);
const hostile = fc.constantFrom(...HOSTILE_CHARS);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '  ', '\u00A0', '\u200B', '\u202E');

/** News-like text: recognised words and hostile characters in random order, joined by random separators. */
export const newsText = (maxTokens = 60): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: token }, { weight: 2, arbitrary: hostile }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), separator), { maxLength: maxTokens })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));

const pick = (...xs: string[]) => fc.constantFrom(...xs);

/** One toll sentence in one of the shapes news uses, with a count, victims, place, date and source. */
export const tollSentence = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .record({
        qualifier: pick('', 'At least ', 'More than ', 'Up to ', 'About ', 'Nearly ', 'Between 5 and '),
        count: fc.oneof(fc.integer({ min: 0, max: 5000 }).map(String), pick('two', 'dozens of', 'twelve', 'a hundred', 'several', 'forty-five', '1,200', 'scores of')),
        victims: pick('people', 'civilians', 'children', 'soldiers', 'police officers', 'fighters', 'members of one family'),
        verb: pick('were killed', 'were wounded', 'died', 'were injured', 'were killed and 4 wounded', 'have been killed'),
        place: pick('in Kabul', 'near Aleppo', 'in Kharkiv', 'in the town of Goma', '', 'in northern Syria', 'on the outskirts of Mogadishu'),
        date: pick('on Monday', 'last week', 'on March 3, 2024', 'yesterday', ''),
        source: pick(', police said.', ', the ministry said.', ', according to the Syrian Observatory for Human Rights.', '.', ', witnesses told Reuters.'),
      })
      .map((r) => `${r.qualifier}${r.count} ${r.victims} ${r.verb} ${r.place} ${r.date}${r.source}`),
    fc
      .record({
        agent: pick('A car bomb', 'An air strike', 'Gunmen', 'A suicide bomber', 'Shelling', 'Al-Shabaab fighters', 'Government troops'),
        verb: pick('killed', 'wounded', 'killed at least', 'left', 'injured more than'),
        count: fc.oneof(fc.integer({ min: 1, max: 900 }).map(String), pick('three', 'dozens of', 'a dozen')),
        victims: pick('people', 'villagers', 'worshippers', 'soldiers dead', 'passengers'),
        rest: pick(' in Baghdad on Friday, officials said.', ' at a market in Idlib province.', '.', ' in Maiduguri, Borno state, the army said.'),
      })
      .map((r) => `${r.agent} ${r.verb} ${r.count} ${r.victims}${r.rest}`),
  );

/** A short article of toll sentences with hostile characters inserted anywhere, words and numbers included. */
export const article = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(tollSentence(), { minLength: 1, maxLength: 5 }), pick(' ', '\n', '\n\n', ' \u200B'), fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 6 }))
    .map(([sentences, joiner, inserts]) => {
      let text = sentences.join(joiner);
      for (const [at, ch] of inserts) {
        const k = at % (text.length + 1);
        text = text.slice(0, k) + ch + text.slice(k);
      }
      return text;
    });

/** Any UTF-16 string, lone surrogates included. */
export const anyUtf16 = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), hostile), maxLength });

/** Full Unicode text (well-formed code points, graphemes). */
export const anyUnicode = (maxLength = 200): fc.Arbitrary<string> => fc.string({ unit: 'grapheme', maxLength });

/** All the kinds, so one property sees each of them. */
export const hostileText = (): fc.Arbitrary<string> => fc.oneof({ weight: 3, arbitrary: article() }, { weight: 3, arbitrary: newsText() }, anyUtf16(), anyUnicode());

/** A publication date: valid days, valid date-times, and strings that are neither. */
export const publishedAt = (): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2024-02-30', '2024-13-45', '0000-00-00', 'yesterday', '', '9999-12-31', '2024-02-29T25:61:00Z'),
  );

/** A text of about `bytes` UTF-16 code units made by repeating `unit`. */
export const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
