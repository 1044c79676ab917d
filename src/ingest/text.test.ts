import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../core/errors.js';
import { textFileToDoc } from './text.js';

const throwsCode = (fn: () => unknown, code: string, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof SitrepError && e.code === code && message.test(e.message));
};

test('a text file is one document named after the file, its text kept byte for byte', () => {
  const text = 'Shelling hit the port.\r\n\r\nThree were hurt.  \n';
  assert.deepEqual(textFileToDoc(Buffer.from(text), 'report.txt'), { id: 'report.txt', text });
});

test('a UTF-8 byte order mark is dropped and UTF-16 with a BOM is read', () => {
  assert.equal(textFileToDoc(Buffer.from('\uFEFFhello', 'utf8'), 'a.txt').text, 'hello');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo', 'utf16le')]);
  assert.equal(textFileToDoc(utf16, 'b.txt').text, 'héllo');
});

test('a Markdown file takes its first heading as the title', () => {
  const doc = textFileToDoc(Buffer.from('\n# Strikes on the bridge\n\nBody text.'), 'notes/day1.md');
  assert.equal(doc.title, 'Strikes on the bridge');
  assert.equal(doc.text, '\n# Strikes on the bridge\n\nBody text.');
});

test('NUL bytes make a file not text, naming it', () => {
  throwsCode(() => textFileToDoc(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'photo.txt'), 'NOT_TEXT', /^photo\.txt: is not text: contains NUL bytes$/);
});

test('invalid UTF-8 makes a file not text', () => {
  throwsCode(() => textFileToDoc(Buffer.from([0x61, 0xc3, 0x28, 0x62]), 'x.txt'), 'NOT_TEXT', /^x\.txt: is not text: is not valid UTF-8$/);
});

test('a file mostly of control characters is not text', () => {
  const bytes = Buffer.from('ab\x01\x02\x03\x04\x05\x06\x07\x08cd');
  throwsCode(() => textFileToDoc(bytes, 'c.txt'), 'NOT_TEXT', /is mostly control characters/);
});

test('an empty or blank file is a bad document "is empty"', () => {
  throwsCode(() => textFileToDoc(Buffer.alloc(0), 'empty.txt'), 'BAD_DOCUMENT', /^empty\.txt: is empty$/);
  throwsCode(() => textFileToDoc(Buffer.from(' \n\t\n'), 'blank.txt'), 'BAD_DOCUMENT', /^blank\.txt: is empty$/);
});

test('a text over the character limit is too large', () => {
  throwsCode(() => textFileToDoc(Buffer.from('abcdef'), 'long.txt', { maxTextChars: 5 }), 'TOO_LARGE', /^long\.txt: text is 6 characters; the limit is 5$/);
});
