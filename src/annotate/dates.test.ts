import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parsePublishedAt, referenceDateOf } from './dates.js';

// 2016-07-07 was a Thursday; 2016-07-09 a Saturday.
const THU = '2016-07-07';
const SAT = '2016-07-09';

/** Each mention as [span text, start, end, precision]. */
const read = (text: string, ref: string | null): [string, string, string, string][] =>
  findDates(text, ref).map((d) => [text.slice(d.span.start, d.span.end), d.date.start, d.date.end, d.date.precision]);
const first = (text: string, ref: string | null) => {
  const ds = findDates(text, ref);
  assert.ok(ds.length > 0, `no date in ${JSON.stringify(text)}`);
  return ds[0];
};

test('Thursday resolves to the most recent Thursday on or before publication', () => {
  assert.deepEqual(read('Jets struck on Thursday.', SAT), [['Thursday', '2016-07-07', '2016-07-07', 'day']]);
  assert.equal(first('A bomb went off Friday.', THU).date.start, '2016-07-01');
});

test('a weekday equal to the publication weekday is the publication day itself', () => {
  assert.equal(first('Jets struck on Thursday.', THU).date.start, THU);
});

test("'last Thursday' on a Thursday is a week before", () => {
  assert.equal(first('It began last Thursday.', THU).date.start, '2016-06-30');
});

test("spans hold the date expression without a leading 'on'", () => {
  assert.deepEqual(read('Gunmen attacked on 3 May 2016.', null).map((r) => r[0]), ['3 May 2016']);
});

test('weekday mentions are relative', () => {
  assert.equal(first('on Thursday', SAT).relative, true);
});

test("'Friday at 10 pm' is Friday and 'at 10 pm' alone is no date", () => {
  assert.deepEqual(read('Shelling began Friday at 10 pm.', SAT).map((r) => [r[1], r[3]]), [['2016-07-08', 'day']]);
  assert.deepEqual(read('Shelling began at 10 pm.', SAT), []);
});

test('yesterday, today, last night and overnight resolve from the publication date', () => {
  assert.deepEqual(read('Yesterday. Today. Last night. Overnight.', THU).map((r) => [r[0], r[1]]), [
    ['Yesterday', '2016-07-06'], ['Today', THU], ['Last night', '2016-07-06'], ['Overnight', THU],
  ]);
});

test("'overnight and into Friday' is that Friday", () => {
  assert.deepEqual(read('Raids went on overnight and into Friday.', SAT), [['overnight and into Friday', '2016-07-08', '2016-07-08', 'day']]);
});

test("'last week' is the previous Monday-to-Sunday week", () => {
  const d = first('Clashes last week killed 4.', THU);
  assert.deepEqual(d.date, { start: '2016-06-27', end: '2016-07-03', precision: 'week' });
  assert.equal(d.relative, true);
  assert.equal(d.past, false);
});

test("'earlier this week' runs from Monday to the day before publication", () => {
  assert.deepEqual(first('Earlier this week a drone hit a car.', THU).date, { start: '2016-07-04', end: '2016-07-06', precision: 'week' });
});

test("'this week' runs from Monday to the publication day", () => {
  assert.deepEqual(first('This week a drone hit a car.', THU).date, { start: '2016-07-04', end: THU, precision: 'week' });
});

test("'last month' and 'last year' give month and year precision", () => {
  assert.deepEqual(first('The siege began last month.', THU).date, { start: '2016-06-01', end: '2016-06-30', precision: 'month' });
  const y = first('It was captured last year.', THU);
  assert.deepEqual(y.date, { start: '2015-01-01', end: '2015-12-31', precision: 'year' });
  assert.equal(y.past, true);
});

test("'three days ago' is a day and 'two years ago' is a past year", () => {
  assert.equal(first('The raid three days ago killed 2.', THU).date.start, '2016-07-04');
  const y = first('It fell two years ago.', THU);
  assert.deepEqual([y.date.start, y.date.precision, y.past], ['2014-01-01', 'year', true]);
});

test('a day without a year is the most recent such day on or before publication', () => {
  assert.deepEqual(read('Troops attacked early on 3 May.', THU), [['3 May', '2016-05-03', '2016-05-03', 'day']]);
  assert.equal(first('Troops attacked on 3 May.', '2016-04-01').date.start, '2015-05-03');
  assert.equal(first('On October 7, gunmen crossed.', '2023-10-09').date.start, '2023-10-07');
});

test('a full date resolves as written and is not relative', () => {
  const d = first('The attack on 3 May 2016 killed 5.', THU);
  assert.deepEqual([d.date.start, d.relative], ['2016-05-03', false]);
  assert.equal(first('9 May 2020', null).date.start, '2020-05-09');
  assert.equal(first('7 October 2023', null).date.start, '2023-10-07');
  assert.equal(first('dated 2016-07-05 in the log', null).date.start, '2016-07-05');
});

test('a MM/DD/YYYY prefix is read in US order', () => {
  assert.deepEqual(read('02/29/2016: A police officer opened fire.', null), [['02/29/2016', '2016-02-29', '2016-02-29', 'day']]);
  assert.equal(first('05/07/2016: A bomb exploded.', null).date.start, '2016-05-07');
});

test("a dateline 'Tue 05 Jul 2016' is one day mention", () => {
  assert.deepEqual(read('Tue 05 Jul 2016 Suicide bombing kills 16.', THU), [['Tue 05 Jul 2016', '2016-07-05', '2016-07-05', 'day']]);
});

test("a day range '5 to 7 May 2016' spans the three days", () => {
  assert.deepEqual(read('Fighting on 5 to 7 May 2016 killed 30.', null).map((r) => [r[1], r[2]]), [['2016-05-05', '2016-05-07']]);
});

test("month only: 'in March 2011' has month precision and is past", () => {
  const d = first('The uprising began in March 2011.', THU);
  assert.deepEqual(d.date, { start: '2011-03-01', end: '2011-03-31', precision: 'month' });
  assert.equal(d.past, true);
  assert.deepEqual(first('In March the town fell.', THU).date, { start: '2016-03-01', end: '2016-03-31', precision: 'month' });
});

test("year only: 'in 2015' has year precision and is past", () => {
  const d = first('The group seized the town in 2015.', THU);
  assert.deepEqual(d.date, { start: '2015-01-01', end: '2015-12-31', precision: 'year' });
  assert.equal(d.past, true);
  assert.deepEqual(read('in 2015', THU).map((r) => r[0]), ['in 2015']);
});

test("a year after 'since' is past, even the publication year", () => {
  assert.equal(first('Fighting has gone on since 2016.', THU).past, true);
  assert.equal(first('Fighting has gone on since March 2016.', THU).past, true);
});

test("'in 2016' in 2016 is not past", () => {
  assert.equal(first('Attacks rose in 2016.', THU).past, false);
});

test("'killed since Saturday' is the current event, not past", () => {
  assert.equal(first('Thirty were killed since Saturday.', THU).past, false);
});

test('a day more than 31 days before publication is past; one within 31 days is not', () => {
  assert.equal(first('On 1 June 2016 a bomb exploded.', THU).past, true);
  assert.equal(first('On 10 June 2016 a bomb exploded.', THU).past, false);
});

test('a dotted date reads day first, a slashed one month first', () => {
  assert.deepEqual(read('Posted 08.04.2017 (updated 19:54 08.04.2017).', SAT).map((r) => r[1]), ['2017-04-08', '2017-04-08']);
  assert.equal(first('Published 25.12.2016.', SAT).date.start, '2016-12-25');
  assert.equal(first('Posted on 04/08/2016.', SAT).date.start, '2016-04-08');
  assert.equal(first('Posted on 12/25/2015.', SAT).date.start, '2015-12-25');
});

test('counts, tolls, times and number ranges are not dates', () => {
  assert.deepEqual(read('Gunmen killed 16 and wounded 5-7 others, about 1/2 of them at 10:30.', THU), []);
});

test('lower-case month words and weekday abbreviations standing alone are not dates', () => {
  assert.deepEqual(read('They march to the square; the sun rose and they sat down. It may rain.', THU), []);
});

test('without a reference date, calendar dates resolve and relative ones are dropped', () => {
  assert.deepEqual(read('On Thursday, 3 May, yesterday and on 9 May 2020 and last week and in 2015.', null).map((r) => r[0]), [
    '9 May 2020', 'in 2015',
  ]);
});

test('an invalid reference date is treated as missing', () => {
  assert.deepEqual(read('on Thursday and on 9 May 2020', 'not a date').map((r) => r[0]), ['9 May 2020']);
  assert.deepEqual(read('on Thursday', '2016-02-30'), []);
});

test('referenceDateOf takes the date part of a valid publishedAt', () => {
  assert.equal(referenceDateOf({ id: 'a', text: 'On 9 May 2020 x.', publishedAt: '2016-07-07' }), '2016-07-07');
  assert.equal(referenceDateOf({ id: 'a', text: 'x', publishedAt: '2016-07-07T23:30:00+03:00' }), '2016-07-07');
});

test('referenceDateOf falls back to the first explicit full date in the text', () => {
  assert.equal(referenceDateOf({ id: 'a', text: '02/29/2016: On Sunday a gunman opened fire.' }), '2016-02-29');
  assert.equal(referenceDateOf({ id: 'a', text: 'On Sunday, and then on 9 May 2020, it rained.' }), '2020-05-09');
  assert.equal(referenceDateOf({ id: 'a', text: 'On Sunday a gunman opened fire.' }), null);
});

test('an invalid publishedAt counts as missing and parsePublishedAt reports it as null', () => {
  assert.equal(parsePublishedAt('2016-02-30'), null);
  assert.equal(parsePublishedAt('yesterday'), null);
  assert.equal(parsePublishedAt(undefined), null);
  assert.equal(parsePublishedAt('2016-02-29'), '2016-02-29');
  assert.equal(referenceDateOf({ id: 'a', text: 'On 9 May 2020 it rained.', publishedAt: '2016-13-01' }), '2020-05-09');
});

test('empty text, lone surrogates, zero-width characters and RTL marks do not throw', () => {
  assert.deepEqual(findDates('', THU), []);
  const text = '\u200f\ud800On\u200b Thursday\udc00, on 3 May 2016\u200e.';
  assert.deepEqual(read(text, SAT).map((r) => r[1]), ['2016-07-07', '2016-05-03']);
});

test('a 1 MB text is read without throwing, in roughly linear time', () => {
  const unit = 'At least 16 people were killed on Thursday, the monitor said, after clashes since 2015. No date here at all. ';
  const small = unit.repeat(200);
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  let t = performance.now();
  const a = findDates(small, SAT).length;
  const tSmall = performance.now() - t;
  t = performance.now();
  const b = findDates(big, SAT).length;
  const tBig = performance.now() - t;
  assert.equal(a, 400);
  assert.equal(b, 2 * Math.ceil(1_000_000 / unit.length));
  assert.ok(tBig < 5 * (tSmall + 5) * (big.length / small.length), `not linear: ${tSmall} ms vs ${tBig} ms`);
});

test("a two-digit figure after a month and day is a count, not the year: 'October 24th, 17 civilians'", () => {
  assert.deepEqual(read('At dawn on October 24th, 17 civilians were killed.', '2023-10-25'), [['October 24th', '2023-10-24', '2023-10-24', 'day']]);
});

test('a bare month abbreviation is a name, not a date: "Jan, an army official, was killed"', () => {
  assert.equal(findDates('Jan, an army official, was killed in the blast.', THU).length, 0);
});

test('a bare month name counts when a preposition introduces it', () => {
  const [d] = findDates('Fighting intensified in March across the province.', THU);
  assert.equal(d.date.precision, 'month');
  assert.equal(findDates('March said the convoy was hit.', THU).length, 0);
});
