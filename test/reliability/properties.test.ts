// Property tests (fast-check) of the recognisers and the whole extractor on hostile text: they never throw,
// every span lies in the text (and every claim quotes it exactly), counts keep min ≤ max, and the same input
// gives the same output, also after a JSON round trip. Big inputs (1 MB lines) are few and fixed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findDates } from '../../src/annotate/dates.js';
import { loadGazetteer } from '../../src/annotate/gazetteer/index.js';
import { findNumbers } from '../../src/annotate/numbers.js';
import { findPlaces } from '../../src/annotate/places.js';
import { splitSentences } from '../../src/annotate/sentences.js';
import type { Doc } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { runs } from './fc.js';
import { dateProblems, extractionProblems, nonFinite, numberProblems, placeProblems, placeRecordProblems, spanProblem } from './invariants.js';
import { HOSTILE_CHARS, anyUtf16, hostileText, newsText, publishedAt, repeatTo } from './texts.js';

const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const MB = 1_000_000;

/** 1 MB lines, each a different way to be hostile; few, since each costs seconds. */
const BIG_LINES: Record<string, string> = {
  'lone surrogates': repeatTo('\uD800', MB),
  'zero-width characters': repeatTo('\u200B\u200D\uFEFF', MB),
  'bidi overrides around words': repeatTo('\u202Ekilled\u202C \u200F12\u200E ', MB),
  'digits and separators without a sentence end': repeatTo('1,234 5.6 7-8 ', MB),
};

describe('findNumbers', () => {
  test('never throws on any string; each mention lies in the text with its value inside it and min ≤ max', () => {
    fc.assert(fc.property(hostileText(), fc.boolean(), (text, includeNonCounts) => {
      assert.deepEqual(numberProblems(text, findNumbers(text, { includeNonCounts })), []);
    }), runs(600));
  });

  test('gives the same mentions for the same text, and for the text after a JSON round trip', () => {
    fc.assert(fc.property(hostileText(), (text) => {
      const once = findNumbers(text, { includeNonCounts: true });
      assert.deepEqual(findNumbers(text, { includeNonCounts: true }), once);
      assert.deepEqual(findNumbers(roundTrip(text), { includeNonCounts: true }), once);
      assert.deepEqual(roundTrip(once), once, 'mentions survive JSON');
    }), runs(200));
  });

  test('reads the counts of a short news sentence (the generator reaches the parser)', () => {
    const text = 'At least 12 people were killed and two hundred and forty wounded, dozens more missing.';
    const found = findNumbers(text).map((n) => [text.slice(n.valueSpan.start, n.valueSpan.end), n.min, n.max]);
    assert.deepEqual(found.slice(0, 2), [['12', 12, null], ['two hundred and forty', 240, 240]]);
  });

  for (const [name, line] of Object.entries(BIG_LINES)) {
    test(`a 1 MB line of ${name}: no throw, spans in the text`, () => {
      assert.deepEqual(numberProblems(line, findNumbers(line, { includeNonCounts: true })), []);
    });
  }
});

describe('findDates', () => {
  test('never throws on any string or reference date; each mention lies in the text with start ≤ end, both calendar days', () => {
    fc.assert(fc.property(hostileText(), publishedAt(), (text, ref) => {
      assert.deepEqual(dateProblems(text, findDates(text, ref ?? null)), []);
    }), runs(500));
  });

  test('gives the same mentions for the same text and reference date, and after a JSON round trip', () => {
    fc.assert(fc.property(newsText(), publishedAt(), (text, ref) => {
      const once = findDates(text, ref ?? null);
      assert.deepEqual(findDates(text, ref ?? null), once);
      assert.deepEqual(findDates(roundTrip(text), ref ?? null), once);
      assert.deepEqual(roundTrip(once), once);
    }), runs(200));
  });

  test('resolves a weekday against the reference date (the generator reaches the resolver)', () => {
    const [d] = findDates('Shelling hit the town on Monday.', '2024-03-07');
    assert.deepEqual(d.date, { start: '2024-03-04', end: '2024-03-04', precision: 'day' });
  });

  for (const [name, line] of Object.entries(BIG_LINES)) {
    test(`a 1 MB line of ${name}: no throw, spans in the text`, () => {
      assert.deepEqual(dateProblems(line, findDates(line, '2024-01-01')), []);
    });
  }
});

describe('gazetteer lookup', () => {
  const g = loadGazetteer();

  test('never throws on any string; every candidate is a well-formed place; the same name gives the same list', () => {
    fc.assert(fc.property(fc.oneof(anyUtf16(40), fc.constantFrom(...HOSTILE_CHARS), fc.constantFrom('Kabul', 'kabul ', 'KABUL', 'Ḱabul', 'Aleppo\u200B', 'Kharkiv', 'Kharkov', 'São Paulo', 'Sao\u0301 Paulo', 'İzmir', '')), (name) => {
      const found = g.lookup(name);
      found.forEach((p, i) => assert.deepEqual(placeRecordProblems(p, `candidate ${i}`), []));
      assert.deepEqual(g.lookup(name), found);
      g.country(name);
      g.admin1('SY', name);
    }), runs(800));
  });

  test('finds a capital by its name and a country by its code (the lookup is not vacuous)', () => {
    assert.equal(g.lookup('Kabul')[0]?.countryCode, 'AF');
    assert.equal(g.country('SY')?.name, 'Syria');
  });
});

describe('findPlaces', () => {
  test('never throws on any string; each mention lies in the text and names a well-formed place', () => {
    fc.assert(fc.property(hostileText(), (text) => {
      assert.deepEqual(placeProblems(text, findPlaces(text)), []);
      assert.deepEqual(placeProblems(text, findPlaces(text, splitSentences(text))), []);
    }), runs(500));
  });

  test('gives the same mentions for the same text, and after a JSON round trip', () => {
    fc.assert(fc.property(newsText(), (text) => {
      const once = findPlaces(text);
      assert.deepEqual(findPlaces(text), once);
      assert.deepEqual(findPlaces(roundTrip(text)), once);
      assert.deepEqual(roundTrip(once), once);
    }), runs(200));
  });

  for (const [name, line] of Object.entries(BIG_LINES)) {
    test(`a 1 MB line of ${name}: no throw, spans in the text`, () => {
      assert.deepEqual(placeProblems(line, findPlaces(line)), []);
    });
  }
});

const docArb: fc.Arbitrary<Doc> = fc.record(
  { id: fc.string({ minLength: 1, maxLength: 12 }), text: hostileText(), title: fc.oneof(fc.constant(undefined), newsText(8), anyUtf16(30)), publishedAt: publishedAt() },
  { requiredKeys: ['id', 'text'] },
).map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as Doc);

describe('extract', () => {
  test('never throws on any document; quotes are exact slices, spans lie in the text, min ≤ max, tolls ordered', () => {
    let claims = 0;
    fc.assert(fc.property(docArb, (doc) => {
      const r = extract(doc);
      assert.deepEqual(extractionProblems(doc.text, doc.id, r), []);
      claims += r.incidents.reduce((n, i) => n + i.claims.length, 0);
    }), runs(400));
    assert.ok(claims > 20, `the generated documents gave only ${claims} claims: the property would be vacuous`);
  });

  test('the same document gives byte-identical output, also after a JSON round trip of the document', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const once = JSON.stringify(extract(doc));
      assert.equal(JSON.stringify(extract(doc)), once);
      assert.equal(JSON.stringify(extract(roundTrip(doc))), once);
    }), runs(150));
  });

  test('every rule keeps the invariants', () => {
    fc.assert(fc.property(docArb, fc.constantFrom('lowest', 'ucdp', 'minmax' as const), (doc, rule) => {
      assert.deepEqual(extractionProblems(doc.text, doc.id, extract(doc, { rule })), []);
    }), runs(150));
  });

  for (const name of ['lone surrogates', 'zero-width characters', 'digits and separators without a sentence end']) {
    test(`a 1 MB line of ${name}: no throw, invariants hold`, () => {
      const line = BIG_LINES[name];
      assert.deepEqual(extractionProblems(line, 'big', extract({ id: 'big', text: line, publishedAt: '2024-01-01' })), []);
    });
  }

  test('a 1 MB title with a short text: no throw, spans in the text (never the title)', () => {
    const text = 'A car bomb killed 5 people in Kabul on Monday, police said.';
    const r = extract({ id: 't', text, title: repeatTo('Bomb kills 5 \u202E', MB), publishedAt: '2024-01-03' });
    assert.deepEqual(extractionProblems(text, 't', r), []);
    assert.deepEqual(nonFinite(r), []);
    for (const c of r.incidents.flatMap((i) => i.claims)) assert.equal(spanProblem(text, c.quote, 'quote'), null);
  });
});
