import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { type DocLine, type DocLineError, parseDocLine, readJsonlLines } from './jsonl.js';

const collect = async (chunks: (string | Buffer)[], opts = {}): Promise<(DocLine | DocLineError)[]> => {
  const out: (DocLine | DocLineError)[] = [];
  for await (const r of readJsonlLines(Readable.from(chunks), opts)) out.push(r);
  return out;
};

const errorOf = (r: DocLine | DocLineError): string => {
  assert.ok('error' in r, `expected an error, got ${JSON.stringify(r)}`);
  return r.error;
};

test('a good line gives a Doc with every contract field and ignores extra fields', () => {
  const r = parseDocLine(
    '{"id":"a1","text":"Two people were killed.","title":" Blast ","publishedAt":"2016-05-03","url":"https://x.example/a","source":"Wire","extra":1}',
    1,
  );
  assert.deepEqual(r, {
    doc: { id: 'a1', text: 'Two people were killed.', title: 'Blast', publishedAt: '2016-05-03', url: 'https://x.example/a', source: 'Wire' },
    line: 1,
  });
});

test('an integer id is accepted and becomes a string; a fractional one is refused', () => {
  const ok = parseDocLine('{"id":17,"text":"x"}', 1);
  assert.ok('doc' in ok && ok.doc.id === '17');
  assert.match(errorOf(parseDocLine('{"id":1.5,"text":"x"}', 2)), /^line 2: "id" must be a string or an integer, got number 1.5$/);
});

test('null optional fields are treated as absent', () => {
  const r = parseDocLine('{"id":"a","text":"x","title":null,"publishedAt":null}', 1);
  assert.deepEqual(r, { doc: { id: 'a', text: 'x' }, line: 1 });
});

test('an ISO date-time publishedAt is kept in canonical spelling', () => {
  const r = parseDocLine('{"id":"a","text":"x","publishedAt":"2016-05-03 10:00+0300"}', 1);
  assert.ok('doc' in r);
  assert.equal(r.doc.publishedAt, '2016-05-03T10:00:00+03:00');
});

test('invalid JSON names the line and the parser message', () => {
  const r = parseDocLine('{"id": "a", text}', 3);
  assert.match(errorOf(r), /^line 3: not valid JSON \(.+\)$/);
  assert.equal((r as DocLineError).code, 'BAD_JSON');
  assert.equal((r as DocLineError).id, null);
});

test('a missing text names the field and keeps the id', () => {
  const r = parseDocLine('{"id":"doc-4"}', 4);
  assert.equal(errorOf(r), 'line 4: missing "text"');
  assert.equal((r as DocLineError).id, 'doc-4');
});

test('a missing id is reported', () => {
  assert.equal(errorOf(parseDocLine('{"text":"x"}', 1)), 'line 1: missing "id"');
});

test('an impossible publishedAt is reported with its value', () => {
  assert.match(errorOf(parseDocLine('{"id":"a","text":"x","publishedAt":"2016-13-45"}', 5)), /^line 5: "publishedAt" is not a date: "2016-13-45"/);
  assert.match(errorOf(parseDocLine('{"id":"a","text":"x","publishedAt":"2015-02-29"}', 5)), /is not a date: "2015-02-29"/);
  assert.ok('doc' in parseDocLine('{"id":"a","text":"x","publishedAt":"2016-02-29"}', 5), 'a leap day is a real date');
});

test('a text of the wrong type names the type', () => {
  assert.equal(errorOf(parseDocLine('{"id":"a","text":42}', 6)), 'line 6: "text" must be a string, got number');
  assert.equal(errorOf(parseDocLine('{"id":"a","text":"x","url":["u"]}', 6)), 'line 6: "url" must be a string, got array');
});

test('a blank text is refused', () => {
  assert.equal(errorOf(parseDocLine('{"id":"a","text":"  \\n "}', 2)), 'line 2: "text" is empty');
});

test('a line that is not an object says what it is', () => {
  assert.equal(errorOf(parseDocLine('[1,2]', 2)), 'line 2: expected a JSON object, got array');
});

test('a text over the character limit gives its length and the limit', () => {
  const r = parseDocLine(JSON.stringify({ id: 'big', text: 'a'.repeat(1500) }), 7, { maxTextChars: 1000 });
  assert.equal(errorOf(r), 'line 7: text is 1500 characters; the limit is 1000');
  assert.equal((r as DocLineError).code, 'TOO_LARGE');
  assert.equal((r as DocLineError).id, 'big');
});

test('the reader handles CRLF, a BOM, blank lines and a last line without newline, counting lines', async () => {
  const input = '\uFEFF{"id":"a","text":"one"}\r\n\r\n   \n{"id":"b","text":"two"}\r\n{"id":"c","text":"three"}';
  const out = await collect([input]);
  assert.deepEqual(out.map((r) => ('doc' in r ? [r.line, r.doc.id, r.doc.text] : r)), [
    [1, 'a', 'one'],
    [4, 'b', 'two'],
    [5, 'c', 'three'],
  ]);
});

test('lines split across chunks, even inside a multi-byte character, are joined', async () => {
  const bytes = Buffer.from('{"id":"a","text":"Alep حلب"}\n{"id":"b","text":"x"}\n', 'utf8');
  const cut = bytes.indexOf(0xd8) + 1; // in the middle of an Arabic letter
  const out = await collect([bytes.subarray(0, cut), bytes.subarray(cut, cut + 5), bytes.subarray(cut + 5)]);
  assert.equal(out.length, 2);
  assert.ok('doc' in out[0] && out[0].doc.text === 'Alep حلب');
});

test('a bad line is reported and the lines after it are still read', async () => {
  const out = await collect(['{"id":"a","text":"ok"}\nnot json\n{"id":"c","text":"ok"}\n']);
  assert.equal(out.length, 3);
  assert.ok('doc' in out[0] && 'error' in out[1] && 'doc' in out[2]);
  assert.equal((out[1] as DocLineError).line, 2);
});

test('a 20 MB line is skipped with a clear message that keeps its id, and the next line is read', async () => {
  const chunk = Buffer.alloc(1 << 20, 'a'.charCodeAt(0));
  async function* source(): AsyncGenerator<Buffer> {
    yield Buffer.from('{"id":"huge","text":"');
    for (let i = 0; i < 20; i++) yield chunk;
    yield Buffer.from('"}\n{"id":"next","text":"still read"}\n');
  }
  const out: (DocLine | DocLineError)[] = [];
  for await (const r of readJsonlLines(source())) out.push(r);
  assert.equal(out.length, 2);
  const err = out[0] as DocLineError;
  assert.equal(err.code, 'TOO_LARGE');
  assert.equal(err.id, 'huge');
  assert.match(err.error, /^line 1: line is 20971543 bytes, over the limit of 8065536 bytes for one line \(texts may have up to 2000000 characters\)/);
  assert.ok('doc' in out[1] && out[1].doc.id === 'next');
});

test('binary garbage gives clear errors instead of a crash', async () => {
  const out = await collect([Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a, 0xff, 0xfe, 0xc3, 0x28, 0x0a])]);
  assert.deepEqual(out.map((r) => errorOf(r)), [
    'line 1: contains NUL bytes; this is binary data, not JSON',
    'line 2: is not valid UTF-8 text',
  ]);
});

test('a binary blob with no newline over the line limit is called binary, not too large', async () => {
  const blob = Buffer.alloc(3000, 0);
  const out = await collect([blob], { maxLineBytes: 1000 });
  assert.equal(out.length, 1);
  assert.equal((out[0] as DocLineError).code, 'NOT_TEXT');
  assert.match(errorOf(out[0]), /^line 1: contains NUL bytes.*3000 bytes skipped/);
});

test('an escaped NUL inside the text is refused as binary data', () => {
  const r = parseDocLine('{"id":"a","text":"ab\\u0000cd"}', 1);
  assert.equal((r as DocLineError).code, 'NOT_TEXT');
});
