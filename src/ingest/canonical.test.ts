import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../core/errors.js';
import { canonicalUrl, contentHash } from './canonical.js';

test('scheme and host are lowercased, the default port, fragment and credentials dropped', () => {
  assert.equal(canonicalUrl('HTTPS://User:pw@News.Example.COM:443/World/Story#comments'), 'https://news.example.com/World/Story');
  assert.equal(canonicalUrl('http://news.example.com:80/a'), 'http://news.example.com/a');
  assert.equal(canonicalUrl('http://news.example.com:8080/a'), 'http://news.example.com:8080/a');
  assert.equal(canonicalUrl('https://news.example.com./a'), 'https://news.example.com/a');
});

test('tracking parameters go and the rest are sorted, so two links to one story match', () => {
  const a = canonicalUrl('https://n.example/story?utm_source=tw&id=42&utm_campaign=x&fbclid=abc&lang=en');
  const b = canonicalUrl('https://n.example/story?lang=en&gclid=zzz&id=42&ref=homepage&mc_cid=1&mc_eid=2&igshid=3');
  assert.equal(a, 'https://n.example/story?id=42&lang=en');
  assert.equal(a, b);
  assert.equal(canonicalUrl('https://n.example/story?utm_medium=email'), 'https://n.example/story');
});

test('parameters that may pick the page are kept, repeated ones in their order', () => {
  assert.equal(canonicalUrl('https://n.example/view?p=7&source=abc&p=3'), 'https://n.example/view?p=7&p=3&source=abc');
});

test('a non-URL or a non-http scheme is a BAD_URL error naming it', () => {
  assert.throws(() => canonicalUrl('not a url'), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_URL' && e.message.startsWith('"not a url"'));
  assert.throws(() => canonicalUrl('javascript:alert(1)'), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_URL');
});

test('the content hash ignores differences of spacing and line ends only', () => {
  assert.equal(contentHash('Two  killed\r\nin blast. '), contentHash('Two killed in blast.'));
  assert.notEqual(contentHash('Two killed in blast.'), contentHash('Three killed in blast.'));
  assert.match(contentHash('x'), /^[0-9a-f]{64}$/);
});
