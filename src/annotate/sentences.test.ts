import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, type SplitOptions } from './sentences.js';

const texts = (text: string, options?: SplitOptions): string[] =>
  splitSentences(text, options).map((s) => text.slice(s.start, s.end));

test('plain full stops, question and exclamation marks end sentences', () => {
  assert.deepEqual(texts('Two died. Why now? Nobody knows!  Four were hurt.'), [
    'Two died.', 'Why now?', 'Nobody knows!', 'Four were hurt.',
  ]);
});

test('spans skip leading and trailing whitespace and are numbered in order', () => {
  const text = '  \n One fell.   Two rose.  \n';
  const s = splitSentences(text);
  assert.deepEqual(s, [{ start: 4, end: 13, index: 0 }, { start: 16, end: 25, index: 1 }]);
});

test('titles, ranks and "No." before a number do not end a sentence', () => {
  assert.deepEqual(texts('Gen. Ali met Dr. Omar and Lt. Col. Hani at No. 5 St. George Road. They left.'), [
    'Gen. Ali met Dr. Omar and Lt. Col. Hani at No. 5 St. George Road.', 'They left.',
  ]);
});

test('"no." without a number after it ends the sentence', () => {
  assert.deepEqual(texts('He said no. The talks ended.'), ['He said no.', 'The talks ended.']);
});

test('U.S. and U.N. stay inside a sentence unless a sentence opener follows', () => {
  assert.deepEqual(texts('The U.S. Army and the U.N. Security Council met. Aid came from the U.S. The convoy left.'), [
    'The U.S. Army and the U.N. Security Council met.', 'Aid came from the U.S.', 'The convoy left.',
  ]);
});

test('single-letter initials and e.g. do not end a sentence', () => {
  assert.deepEqual(texts('John F. Kennedy spoke, e.g. About peace. Done.'), ['John F. Kennedy spoke, e.g. About peace.', 'Done.']);
});

test('month abbreviations before a day do not end a sentence', () => {
  assert.deepEqual(texts('It began on Jan. 5 and ended Feb. 9. Then calm.'), ['It began on Jan. 5 and ended Feb. 9.', 'Then calm.']);
});

test('decimals are not full stops', () => {
  assert.deepEqual(texts('A 3.5 tonne bomb fell. It hit 2.5 km away.'), ['A 3.5 tonne bomb fell.', 'It hit 2.5 km away.']);
});

test('an ellipsis ends a sentence only before a capital', () => {
  assert.deepEqual(texts('We waited... and waited... Then it came.'), ['We waited... and waited...', 'Then it came.']);
});

test('a closing quote after the full stop stays with the sentence', () => {
  assert.deepEqual(texts('"We are dying," he said. "Help us." Then silence.'), [
    '"We are dying," he said.', '"Help us."', 'Then silence.',
  ]);
  assert.deepEqual(texts('It was \u201cterrible.\u201d The rest fled.'), ['It was \u201cterrible.\u201d', 'The rest fled.']);
});

test('glued sentences without a space are split after a lower-case letter or digit', () => {
  assert.deepEqual(texts('Life went on as normal.Omar Abu said he heard it.Five people died in 2023.Rescuers came.'), [
    'Life went on as normal.', 'Omar Abu said he heard it.', 'Five people died in 2023.', 'Rescuers came.',
  ]);
});

test('glued sentences after an acronym or before an acronym are split', () => {
  assert.deepEqual(texts('It was reported by ABC.Multiple sources agreed.Four were wounded.PRCS said so.'), [
    'It was reported by ABC.', 'Multiple sources agreed.', 'Four were wounded.', 'PRCS said so.',
  ]);
});

test('glued text keeps U.S., titles, initials and host names whole', () => {
  assert.deepEqual(texts('The U.S.Army and Mrs.Hana met Ali H.Saleh at news.Example.org today.'), [
    'The U.S.Army and Mrs.Hana met Ali H.Saleh at news.Example.org today.',
  ]);
});

test('a glued sentence after a closing quote is split', () => {
  assert.deepEqual(texts('He said "enough."The army denied it.'), ['He said "enough."', 'The army denied it.']);
});

test('a blank line always ends a sentence', () => {
  assert.deepEqual(texts('Shelling hit the town\n\nthe next day it stopped'), ['Shelling hit the town', 'the next day it stopped']);
});

test('a short heading line ends at its newline, a wrapped line does not', () => {
  assert.deepEqual(texts('Strike kills 16 in town\nA strike hit a market in the north of\nthe town on Tuesday.'), [
    'Strike kills 16 in town', 'A strike hit a market in the north of\nthe town on Tuesday.',
  ]);
});

test('list items on their own lines are sentences', () => {
  assert.deepEqual(texts('Casualties were\n- 4 soldiers\n- 2 civilians'), ['Casualties were', '- 4 soldiers', '- 2 civilians']);
});

test('a dash-framed section head between sentences is its own sentence', () => {
  assert.deepEqual(texts('The crackdown went on. - Troops kill 10 children - Meanwhile the monitor said more died.'), [
    'The crackdown went on.', '- Troops kill 10 children -', 'Meanwhile the monitor said more died.',
  ]);
});

test('a dateline at the top is its own sentence', () => {
  assert.deepEqual(texts('Tue 05 Jul 2016 Suicide bombing kills 16 in a town. A bomber struck.'), [
    'Tue 05 Jul 2016', 'Suicide bombing kills 16 in a town.', 'A bomber struck.',
  ]);
  assert.deepEqual(texts('02/29/2016: A gunman opened fire.'), ['02/29/2016:', 'A gunman opened fire.']);
  assert.deepEqual(texts('Published July 5 2015 Aircraft struck the city.'), ['Published July 5 2015', 'Aircraft struck the city.']);
});

test('a headline run into the text without a full stop is split off when the title is given', () => {
  const text = 'Blast kills dozens near a town A bomb hit a convoy on Saturday.';
  assert.deepEqual(texts(text, { title: 'Blast kills dozens near a town' }), [
    'Blast kills dozens near a town', 'A bomb hit a convoy on Saturday.',
  ]);
  assert.deepEqual(texts(text), [text]);
});

test('wire sign-offs are their own sentence', () => {
  assert.deepEqual(texts('Fighting went on near the border. --Reuters'), ['Fighting went on near the border.', '--Reuters']);
  assert.deepEqual(texts('The sieges were not lifted.-AFP'), ['The sieges were not lifted.', '-AFP']);
});

test('a hyphenated place name at the end is not a sign-off', () => {
  assert.deepEqual(texts('Shelling hit the town of Al-Bab'), ['Shelling hit the town of Al-Bab']);
});

test('empty and blank texts have no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\t\u200b '), []);
});

test('lone surrogates, zero-width characters and RTL marks do not throw and are trimmed', () => {
  const text = '\u200f\ud800Two died.\u200b \udc00 Four fled.\u200e';
  const s = texts(text);
  assert.equal(s.length, 2);
  assert.equal(s[0], '\ud800Two died.');
  assert.equal(s[1], '\udc00 Four fled.');
});

test('a 1 MB text splits without throwing, in roughly linear time', () => {
  const unit = 'Shelling killed 5 people in the town on Tuesday, the U.S. monitor said.Four were hurt. ';
  const small = unit.repeat(1000);
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  let t = performance.now();
  const a = splitSentences(small).length;
  const tSmall = performance.now() - t;
  t = performance.now();
  const b = splitSentences(big).length;
  const tBig = performance.now() - t;
  assert.equal(a, 2000);
  assert.equal(b, 2 * Math.ceil(1_000_000 / unit.length));
  assert.ok(tBig < 2000, `1 MB took ${tBig} ms`);
  // 11x the text may take at most 5x as long per character as the small run (plus slack for a cold JIT).
  assert.ok(tBig < 5 * (tSmall + 5) * (big.length / small.length), `not linear: ${tSmall} ms vs ${tBig} ms`);
});

test('a 1 MB text without any terminator is one sentence', () => {
  const big = 'a'.repeat(1_000_000);
  assert.deepEqual(splitSentences(big), [{ start: 0, end: 1_000_000, index: 0 }]);
});
