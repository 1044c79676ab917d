import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../core/errors.js';
import { htmlFragmentToText, htmlToDoc } from './html.js';

// A news page written for this test: site furniture (navigation, an ad, a "most read" box, a footer,
// a script) around a four-paragraph article.
const PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Convoy hit on the coast road | The Daily Example</title>
<meta property="og:title" content="Convoy hit on the coast road">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2019-11-20T06:30:00+0100">
<link rel="canonical" href="https://daily.example/world/convoy-hit?utm_medium=social">
<script>window.tracker = { id: 'should never appear' };</script>
<style>.ad { color: red }</style>
</head><body>
<header class="site-header"><a class="logo" href="/">The Daily Example</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<div class="ad banner" id="top-ad">Advertisement: Subscribe today and save 50 percent on your first year!</div>
<main><article class="story">
<h1>Convoy hit on the coast road</h1>
<p>A supply convoy was struck by artillery fire on the coast road early on Wednesday, according to officials in the provincial capital who spoke to reporters.</p>
<p>Five drivers were killed and at least&nbsp;eleven people were wounded, the provincial health directorate said in a statement issued later that morning.</p>
<p>Witnesses said the shells landed within minutes of each other.<br>Traffic on the road was halted for several hours afterwards.</p>
<p>No group has said it carried out the attack, and the army did not respond to a request for comment on Wednesday afternoon.</p>
</article></main>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Ten gadgets for the winter</a></li><li><a href="/b">Star chef opens new place</a></li></ol></aside>
<footer class="site-footer"><p>Copyright 2019 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>document.body.innerHTML = 'hijacked';</script>
</body></html>`;

test('the article text is kept as paragraphs and the boilerplate is dropped', () => {
  const doc = htmlToDoc(PAGE, { url: 'https://daily.example/world/convoy-hit?utm_source=feed#comments' });
  const paragraphs = doc.text.split('\n\n');
  assert.equal(paragraphs.length, 4);
  assert.match(paragraphs[0], /^A supply convoy was struck by artillery fire/);
  assert.equal(paragraphs[1], 'Five drivers were killed and at least eleven people were wounded, the provincial health directorate said in a statement issued later that morning.');
  assert.equal(paragraphs[2], 'Witnesses said the shells landed within minutes of each other.\nTraffic on the road was halted for several hours afterwards.');
  for (const furniture of ['Business', 'Advertisement', 'Most read', 'Ten gadgets', 'Copyright', 'Privacy', 'tracker', 'hijacked', 'color: red']) {
    assert.ok(!doc.text.includes(furniture), `boilerplate "${furniture}" leaked into the text`);
  }
});

test('title, date, site name and id come from the page metadata and the URL', () => {
  const doc = htmlToDoc(PAGE, { url: 'https://Daily.Example:443/world/convoy-hit?utm_source=feed#comments' });
  assert.equal(doc.title, 'Convoy hit on the coast road');
  assert.equal(doc.publishedAt, '2019-11-20T06:30:00+01:00');
  assert.equal(doc.source, 'The Daily Example');
  assert.equal(doc.id, 'https://daily.example/world/convoy-hit');
  assert.equal(doc.url, 'https://Daily.Example:443/world/convoy-hit?utm_source=feed#comments');
});

test('without a URL the page\'s own canonical link gives the id; an explicit id wins', () => {
  assert.equal(htmlToDoc(PAGE).id, 'https://daily.example/world/convoy-hit');
  assert.equal(htmlToDoc(PAGE, { id: 'saved/convoy.html' }).id, 'saved/convoy.html');
});

test('the date is found in JSON-LD, a <time datetime> or Dublin Core when Open Graph has none', () => {
  const body = '<body><article><p>Some text about the events of the day, long enough to read.</p></article></body>';
  const jsonLd = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2018-07-01T09:00:00Z"}]}</script></head>${body}</html>`;
  assert.equal(htmlToDoc(jsonLd, { id: 'a' }).publishedAt, '2018-07-01T09:00:00Z');
  const time = `<html><head></head><body><article><p>Text of the day.</p><time datetime="2018-07-02">2 July</time></article></body></html>`;
  assert.equal(htmlToDoc(time, { id: 'b' }).publishedAt, '2018-07-02');
  const dc = `<html><head><meta name="DC.date.issued" content="2018-07-03"><meta name="parsely-pub-date" content="nonsense"></head>${body}</html>`;
  assert.equal(htmlToDoc(dc, { id: 'c' }).publishedAt, '2018-07-03');
});

test('the title falls back to <title>, then to the first <h1>', () => {
  assert.equal(htmlToDoc('<html><head><title> Only   title </title></head><body><p>Body text here.</p></body></html>', { id: 'a' }).title, 'Only title');
  assert.equal(htmlToDoc('<html><body><h1>Heading title</h1><p>Body text here.</p></body></html>', { id: 'b' }).title, 'Heading title');
});

test('a page with no readable text is a bad document naming it', () => {
  assert.throws(
    () => htmlToDoc('<html><body><script>var a = 1;</script></body></html>', { url: 'https://x.example/empty' }),
    (e: unknown) => e instanceof SitrepError && e.code === 'BAD_DOCUMENT' && e.message === 'https://x.example/empty: has no readable text',
  );
});

test('an HTML fragment becomes paragraphs with entities decoded and whitespace collapsed', () => {
  assert.equal(htmlFragmentToText('<p>Rain &amp;   wind</p>\n<p>Roads\n closed<br/>again</p>tail <script>x()</script>'), 'Rain & wind\n\nRoads closed\nagain\n\ntail');
});

test('a bare fragment with no <html> or <body> still gives its text', () => {
  assert.equal(htmlToDoc('<p>Only a paragraph.</p>', { id: 'frag' }).text, 'Only a paragraph.');
  assert.equal(htmlToDoc('plain words, no tags', { id: 'plain' }).text, 'plain words, no tags');
});
