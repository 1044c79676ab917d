import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../core/errors.js';
import { feedItemToDoc, parseFeed } from './feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Wire &amp; Partners</title>
  <link>https://wire.example/</link>
  <item>
    <title>Bridge &lt;b&gt;closed&lt;/b&gt; after blast</title>
    <link>/news/101?utm_source=rss&amp;id=7</link>
    <guid isPermaLink="false">wire-101</guid>
    <pubDate>Mon, 06 Mar 2017 14:05:00 +0200</pubDate>
    <description>&lt;p&gt;Short teaser.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>An explosion damaged the bridge on Monday.</p><p>Two guards were hurt.</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a summary</title>
    <link>https://wire.example/news/102</link>
    <dc:date>2017-03-07</dc:date>
    <description>Talks resumed in the capital.</description>
  </item>
  <item>
    <title>Only a link</title>
    <link>https://wire.example/news/103</link>
  </item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom Example Monitor</title>
  <id>urn:example:monitor</id>
  <entry>
    <title>Curfew extended</title>
    <link rel="edit" href="https://monitor.example/edit/1"/>
    <link rel="alternate" type="text/html" href="https://monitor.example/reports/1"/>
    <id>tag:monitor.example,2017:1</id>
    <published>2017-04-01T08:00:00Z</published>
    <updated>2017-04-02T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;The curfew was extended by a week.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Statement on the crossing</title>
    <id>tag:monitor.example,2017:2</id>
    <updated>2017-04-03T10:00:00+03:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The crossing reopened.</p></div></content>
  </entry>
</feed>`;

test('an RSS 2.0 feed gives each item with its full content as text, link resolved, date in ISO', () => {
  const items = parseFeed(RSS, 'https://wire.example/feed.xml');
  assert.equal(items.length, 3);
  assert.deepEqual(items[0], {
    title: 'Bridge closed after blast',
    link: 'https://wire.example/news/101?utm_source=rss&id=7',
    guid: 'wire-101',
    publishedAt: '2017-03-06T14:05:00+02:00',
    text: 'An explosion damaged the bridge on Monday.\n\nTwo guards were hurt.',
    feedTitle: 'Example Wire & Partners',
  });
  assert.equal(items[1].text, 'Talks resumed in the capital.');
  assert.equal(items[1].publishedAt, '2017-03-07');
  assert.equal(items[2].text, undefined);
});

test('an RSS item becomes a document whose id is its canonical link', () => {
  const [first, , linkOnly] = parseFeed(RSS, 'https://wire.example/feed.xml');
  assert.deepEqual(feedItemToDoc(first, 'feed#1'), {
    id: 'https://wire.example/news/101?id=7',
    text: 'An explosion damaged the bridge on Monday.\n\nTwo guards were hurt.',
    title: 'Bridge closed after blast',
    publishedAt: '2017-03-06T14:05:00+02:00',
    url: 'https://wire.example/news/101?utm_source=rss&id=7',
    source: 'Example Wire & Partners',
  });
  assert.throws(() => feedItemToDoc(linkOnly, 'feed#3'), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_DOCUMENT' && /has no text/.test(e.message));
});

test('an Atom feed takes the alternate link, published before updated, and xhtml content', () => {
  const items = parseFeed(ATOM);
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], {
    title: 'Curfew extended',
    link: 'https://monitor.example/reports/1',
    guid: 'tag:monitor.example,2017:1',
    publishedAt: '2017-04-01T08:00:00Z',
    text: 'The curfew was extended by a week.',
    feedTitle: 'Atom Example Monitor',
  });
  assert.equal(items[1].publishedAt, '2017-04-03T10:00:00+03:00');
  assert.equal(items[1].text, 'The crossing reopened.');
  assert.equal(feedItemToDoc(items[1], 'x').id, 'tag:monitor.example,2017:2');
});

test('an RSS 1.0 (RDF) feed is read', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://r.example/"><title>RDF Example</title></channel>
  <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><description>First item.</description><dc:date>2015-01-02T03:04:05Z</dc:date></item>
  </rdf:RDF>`;
  assert.deepEqual(parseFeed(rdf), [
    { title: 'One', link: 'https://r.example/1', publishedAt: '2015-01-02T03:04:05Z', text: 'First item.', feedTitle: 'RDF Example' },
  ]);
});

test('an HTML page or broken XML is not a feed, and the error names the input', () => {
  assert.throws(() => parseFeed('<html><body><p>hi</p></body></html>', 'https://x.example/page'),
    (e: unknown) => e instanceof SitrepError && e.code === 'BAD_DOCUMENT' && e.message === 'https://x.example/page: is not an RSS or Atom feed (its root element is <html>)');
  assert.throws(() => parseFeed('<rss><channel><item></channel>', undefined, 'feeds/bad.xml'),
    (e: unknown) => e instanceof SitrepError && /^feeds\/bad\.xml: is not a feed: not well-formed XML/.test(e.message));
});

test('entity expansion in a DOCTYPE is bounded (no billion laughs)', () => {
  const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<rss><channel><title>t</title><item><title>x</title><description>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</description></item></channel></rss>`;
  const started = Date.now();
  let text: string | undefined;
  try {
    text = parseFeed(lol)[0]?.text;
  } catch (e) {
    assert.ok(e instanceof SitrepError, `a plain ${String(e)} escaped`);
  }
  assert.ok((text ?? '').length <= 200_000, `expanded to ${text?.length} characters`);
  assert.ok(Date.now() - started < 2000);
});

test('a bare ampersand, the commonest flaw of real feeds, is tolerated', () => {
  const rss = '<rss version="2.0"><channel><title>AT&T news</title><item><title>A</title><link>https://n.example/a?x=1&y=2</link><description>Text.</description></item></channel></rss>';
  const [item] = parseFeed(rss);
  assert.equal(item.link, 'https://n.example/a?x=1&y=2');
  assert.equal(item.feedTitle, 'AT&T news');
});
