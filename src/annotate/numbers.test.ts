import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './numbers.js';
import type { NumberMention } from './types.js';

/** Each mention as [span text, value text, min, max, qualifier]. */
const read = (text: string, all = false): [string, string, number, number | null, string][] =>
  findNumbers(text, { includeNonCounts: all }).map((n) => [
    text.slice(n.span.start, n.span.end), text.slice(n.valueSpan.start, n.valueSpan.end), n.min, n.max, n.qualifier,
  ]);
const only = (text: string): NumberMention => {
  const all = findNumbers(text);
  assert.equal(all.length, 1, `expected one count in ${JSON.stringify(text)}, got ${all.length}`);
  return all[0];
};
const unitOf = (text: string, figure: string): string | null | undefined => {
  const n = findNumbers(text, { includeNonCounts: true }).find((m) => text.slice(m.valueSpan.start, m.valueSpan.end) === figure);
  assert.ok(n, `no mention of ${figure} in ${JSON.stringify(text)}`);
  return n.unit ?? null;
};

test('a plain figure is an exact count with its span', () => {
  assert.deepEqual(read('Gunmen killed 16 villagers.'), [['16', '16', 16, 16, 'exact']]);
});

test("'at least 16' is 16 with no upper bound, and the qualifier is inside the span", () => {
  assert.deepEqual(read('At least 16 people died.'), [['At least 16', '16', 16, null, 'at_least']]);
  assert.deepEqual(read('no fewer than 9 and a minimum of 4'), [['no fewer than 9', '9', 9, null, 'at_least'], ['a minimum of 4', '4', 4, null, 'at_least']]);
});

test("'more than 100' is 101 with no upper bound", () => {
  assert.deepEqual(read('more than 100 wounded'), [['more than 100', '100', 101, null, 'more_than']]);
  assert.deepEqual(read('over 20, upwards of 30, in excess of 40').map((r) => r[2]), [21, 31, 41]);
});

test("'about', 'nearly', 'some' give an approximate figure", () => {
  assert.deepEqual(read('about 2500 marched; nearly 30 died; some 40 fled'), [
    ['about 2500', '2500', 2500, 2500, 'about'], ['nearly 30', '30', 30, 30, 'about'], ['some 40', '40', 40, 40, 'about'],
  ]);
});

test("'up to 40' and 'as many as 40' keep 40 as both bounds, qualified up_to", () => {
  assert.deepEqual(read('up to 40 and as many as 50'), [['up to 40', '40', 40, 40, 'up_to'], ['as many as 50', '50', 50, 50, 'up_to']]);
});

test("'fewer than 10' is at most 9", () => {
  assert.deepEqual(read('fewer than 10 died'), [['fewer than 10', '10', 9, 9, 'up_to']]);
});

test('ranges: between 5 and 7, 5-7, 5 to 7, 5–7, five or six', () => {
  assert.deepEqual(read('between 5 and 7 died'), [['between 5 and 7', '5 and 7', 5, 7, 'range']]);
  assert.deepEqual(read('5-7 died, 5 to 7 hurt, 8–9 fled, five or six missing'), [
    ['5-7', '5-7', 5, 7, 'range'], ['5 to 7', '5 to 7', 5, 7, 'range'], ['8–9', '8–9', 8, 9, 'range'],
    ['five or six', 'five or six', 5, 6, 'range'],
  ]);
});

test("'between' without a second figure is not a range", () => {
  assert.deepEqual(read('spread between 3 locations'), [['3', '3', 3, 3, 'exact']]);
});

test("'12 soldiers and 5 civilians' are two counts, not a range", () => {
  assert.deepEqual(read('12 and 5 others').map((r) => r[0]), ['12', '5']);
});

test('additive counts: a further 3, another 3, 3 more, an additional 3', () => {
  const text = 'a further 3 died, another 4 died, 5 more died, an additional 6 died';
  const ns = findNumbers(text);
  assert.deepEqual(ns.map((n) => [text.slice(n.span.start, n.span.end), n.min, n.additive, n.qualifier]), [
    ['a further 3', 3, true, 'exact'], ['another 4', 4, true, 'exact'], ['5 more', 5, true, 'exact'], ['an additional 6', 6, true, 'exact'],
  ]);
});

test("'5 more than last year' is not additive", () => {
  assert.equal(only('5 more than last year').additive, false);
});

test('suffix qualifiers: 10 or more, 40-odd, 100-plus', () => {
  assert.deepEqual(read('10 or more, 40-odd, 100-plus'), [
    ['10 or more', '10', 10, null, 'at_least'], ['40-odd', '40', 40, 40, 'about'], ['100-plus', '100', 100, null, 'at_least'],
  ]);
});

test('digits with separators: 1,200 and 1 200, and 1.200 before a noun', () => {
  assert.deepEqual(read('1,200 fled, 1 200 fled, 1.200 people fled, 12,500.5 tonnes').slice(0, 3).map((r) => [r[0], r[2]]), [
    ['1,200', 1200], ['1 200', 1200], ['1.200', 1200],
  ]);
});

test("'1.5 million' is a count of 1,500,000 and '3.5' alone is a decimal", () => {
  assert.deepEqual(read('1.5 million displaced'), [['1.5 million', '1.5 million', 1_500_000, 1_500_000, 'exact']]);
  assert.deepEqual(read('a 3.5 rating'), []);
  assert.equal(unitOf('a 3.5 rating', '3.5'), 'decimal');
});

test('number words: eighty, two hundred and forty, twenty-one, a dozen, a hundred, one thousand five hundred', () => {
  assert.deepEqual(read('eighty, two hundred and forty, twenty-one, a dozen, a hundred, one thousand five hundred').map((r) => [r[0], r[2]]), [
    ['eighty', 80], ['two hundred and forty', 240], ['twenty-one', 21], ['a dozen', 12], ['a hundred', 100],
    ['one thousand five hundred', 1500],
  ]);
});

test("number words stop where the number stops: 'five and six' is five, then six", () => {
  assert.deepEqual(read('five and six').map((r) => r[0]), ['five', 'six']);
  assert.deepEqual(read('one two').map((r) => r[0]), ['one', 'two']);
});

test("'more than a dozen' is 13 upwards and 'nearly two dozen' is about 24", () => {
  assert.deepEqual(read('more than a dozen'), [['more than a dozen', 'a dozen', 13, null, 'more_than']]);
  assert.deepEqual(read('nearly two dozen'), [['nearly two dozen', 'two dozen', 24, 24, 'about']]);
});

test("'one' is the number 1, but not in 'no one' or 'one another'", () => {
  assert.deepEqual(read('one soldier died').map((r) => r[2]), [1]);
  assert.deepEqual(read('no one died; they blamed one another'), []);
});

test("'one of the attackers' is kept as 1 for the extractor to judge", () => {
  assert.deepEqual(read('one of the attackers was killed').map((r) => r[0]), ['one']);
});

test('vague words take min/max and the ACLED and Airwars codes from the table', () => {
  const d = only('dozens were killed');
  assert.equal(d.vague, true);
  assert.equal(d.qualifier, 'vague');
  assert.deepEqual([d.min, d.max], [24, 99]);
  assert.deepEqual(d.vagueCodes, { acled: 12, airwars: { min: 12, max: 24 } });
  assert.equal(only('several were hurt').vagueCodes?.acled, 10);
  assert.deepEqual(only('several were hurt').vagueCodes?.airwars, { min: 2, max: 2 });
  assert.equal(only('hundreds fled').vagueCodes?.acled, 100);
});

test('vague phrases: scores of, tens of thousands, several hundred, a number of, a few, a couple of', () => {
  const text = 'scores of people, tens of thousands, several hundred, a number of, a few, a couple of men';
  assert.deepEqual(read(text).map((r) => [r[0], r[2], r[3]]), [
    ['scores', 40, 199],
    ['tens of thousands', 20_000, 99_000], ['several hundred', 300, 900], ['a number of', 2, 9], ['a few', 2, 5],
    ['a couple of', 2, 3],
  ]);
  assert.equal(findNumbers('several hundred').at(0)?.vagueCodes?.acled, 100);
});

test('"an unknown number of" is a plural count of at least two, coded by Airwars as 2', () => {
  const [n] = findNumbers('an unknown number of people were killed');
  assert.deepEqual([n.min, n.max], [2, 9]);
  assert.deepEqual(n.vagueCodes?.airwars, { min: 2, max: 2 });
});

test("'settled scores', 'how many' and 'as many as' do not make vague counts", () => {
  assert.deepEqual(read('they settled scores; how many died is unclear'), []);
  assert.deepEqual(read('as many as 30').map((r) => r[4]), ['up_to']);
});

test('years are not counts: in 2015, since 2011, 2016 after a month, the 2011 uprising, mid-2014, 2011-2015', () => {
  assert.deepEqual(read('in 2015, since 2011, on 3 May 2016, the 2011 uprising, in mid-2014, during 2011-2015'), []);
  assert.equal(unitOf('since 2011', '2011'), 'year');
  assert.equal(unitOf('during 2011-2015', '2011-2015'), 'year');
});

test("a 4-digit figure with a qualifier or before a lower-case noun is a count: 'about 2000 fled', '2000 people'", () => {
  assert.deepEqual(read('about 2000 fled and 2000 people marched').map((r) => r[2]), [2000, 2000]);
});

test('calendar dates and times are not counts', () => {
  assert.deepEqual(read('On 3 May, May 3, 05/07/2016, 02/29/2016: at 10:30, at 3 pm, 0400 GMT'), []);
  assert.equal(unitOf('On 3 May', '3'), 'date');
  assert.equal(unitOf('at 3 pm', '3'), 'time');
  assert.equal(unitOf('at 0400 GMT', '0400'), 'time');
  assert.equal(unitOf('02/29/2016: A', '02/29/2016'), 'date');
});

test('ages are not counts: 25-year-old, aged 25, 25 years old', () => {
  assert.deepEqual(read('a 25-year-old man, aged 30, 40 years old'), []);
  assert.equal(unitOf('aged 30', '30'), 'age');
});

test('percentages and money are not counts', () => {
  assert.deepEqual(read('25%, 30 percent, $5 million, 5 million dollars'), []);
  assert.equal(unitOf('$5 million', '5 million'), 'money');
  assert.equal(unitOf('25%', '25'), 'percent');
});

test('measurements and durations are not counts', () => {
  assert.deepEqual(read('5 km, 10 kilometres, 100 metres, 40 kg, 3 hours, 2 days, a 10-day siege, a few days'), []);
  assert.equal(unitOf('3 hours', '3'), 'duration');
  assert.equal(unitOf('40 kg', '40'), 'measure');
});

test('ordinals, model names and labels are not counts', () => {
  assert.deepEqual(read('1st, 3rd brigade, Division 93, No. 5, F-16, Su-24, T-72, MQ-9, BM-21, AK-47, Resolution 2254, Highway M5, Route 7'), []);
  assert.equal(unitOf('an F-16 jet', '16'), 'model');
  assert.equal(unitOf('Resolution 2254', '2254'), 'label');
});

test('phone numbers are one non-count figure', () => {
  assert.deepEqual(read('call +963 11 2345 678'), []);
  assert.equal(unitOf('call +963 11 2345 678', '963 11 2345 678'), 'phone');
});

test('compound modifiers are not counts: a two-storey house, a three-member team', () => {
  assert.deepEqual(read('a two-storey house and a three-member team'), []);
});

test('counts without a unit have no unit field', () => {
  assert.equal(only('killed 16').unit, undefined);
});

test('empty text, lone surrogates, zero-width characters and RTL marks do not throw', () => {
  assert.deepEqual(findNumbers(''), []);
  const text = '\u200f\ud800killed\u200b 16\udc00 and \u202bfive\u202c';
  assert.deepEqual(read(text).map((r) => [r[0], r[2]]), [['16', 16], ['five', 5]]);
});

test('a 1 MB text is read without throwing, in roughly linear time', () => {
  const unit = 'At least 16 people were killed and dozens injured on 3 May 2016, the U.S. monitor said. ';
  const small = unit.repeat(500);
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  let t = performance.now();
  const a = findNumbers(small).length;
  const tSmall = performance.now() - t;
  t = performance.now();
  const b = findNumbers(big).length;
  const tBig = performance.now() - t;
  assert.equal(a, 1000);
  assert.equal(b, 2 * Math.ceil(1_000_000 / unit.length));
  assert.ok(tBig < 3000, `1 MB took ${tBig} ms`);
  assert.ok(tBig < 5 * (tSmall + 5) * (big.length / small.length), `not linear: ${tSmall} ms vs ${tBig} ms`);
});

test('a 1 MB run of digits or number words does not blow up', () => {
  assert.doesNotThrow(() => findNumbers('9'.repeat(1_000_000)));
  const words = 'one '.repeat(100_000);
  assert.equal(findNumbers(words).length, 100_000);
});

test("'scores' is vague before 'of' or a casualty word, not in 'settled scores'", () => {
  assert.deepEqual(read('scores dead and scores of wounded').map((r) => r[0]), ['scores', 'scores']);
  assert.deepEqual(read('old scores were settled'), []);
});

test("a figure glued to a unit is not read in part: '14.5mm', '155mm', '3km'", () => {
  assert.deepEqual(read('14.5mm guns, 155mm shells, 3km away', true), []);
});
