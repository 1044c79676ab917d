// News feeds: RSS 2.0 (<rss><channel><item>), RSS 1.0 / RDF (<rdf:RDF><item>) and Atom 1.0 (<feed><entry>),
// read with fast-xml-parser (no DTDs fetched; its entity-expansion limits stay on). Each item keeps what a
// document needs: title, link, guid, date, and its content as plain text (through html.ts).

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Doc } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { canonicalUrl } from './canonical.js';
import { normaliseDate } from './dates.js';
import { cleanInline, htmlFragmentToText } from './html.js';

export interface FeedItem {
  title?: string;
  /** The item's page, absolute (resolved against the feed's URL when relative). */
  link?: string;
  /** RSS guid or Atom id. */
  guid?: string;
  /** "YYYY-MM-DD" or an ISO date-time. */
  publishedAt?: string;
  /** The fullest content the item carries, as plain text; absent when it has none. */
  text?: string;
  /** The feed's own title, e.g. the publication's name. */
  feedTitle?: string;
}

export type FeedFormat = 'rss2' | 'rss1' | 'atom';

// Element names below are local names: the parser drops namespace prefixes, so content:encoded is
// "encoded", dc:date is "date", and an Atom feed written with an "atom:" prefix reads the same.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: { enabled: true, maxEntityCount: 100, maxExpandedLength: 100_000, maxTotalExpansions: 10_000 },
  htmlEntities: true,
});

type XmlNode = Record<string, unknown>;

const asNode = (v: unknown): XmlNode | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as XmlNode) : null);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** Text of an element that may be a plain string or an object with attributes and "#text". */
function textOf(v: unknown): string | undefined {
  if (Array.isArray(v)) v = v[0];
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  const node = asNode(v);
  if (node && node['#text'] !== undefined) return String(node['#text']).trim() || undefined;
  return undefined;
}

/** All text under an element parsed into objects (Atom type="xhtml" content), one paragraph per element. */
function nestedTextOf(v: unknown, depth = 0): string {
  if (depth > 20) return '';
  if (typeof v === 'string' || typeof v === 'number') return cleanInline(String(v)).trim();
  const parts = Array.isArray(v)
    ? v.map((x) => nestedTextOf(x, depth + 1))
    : Object.entries(asNode(v) ?? {}).filter(([k]) => !k.startsWith('@')).map(([, x]) => nestedTextOf(x, depth + 1));
  return parts.filter((p) => p !== '').join('\n\n');
}

/** Which feed format a parsed document is, from its root element. */
function formatOf(root: XmlNode): { format: FeedFormat; channel: XmlNode; items: XmlNode[] } | null {
  const rss = asNode(root.rss);
  if (rss) {
    const channel = asNode(asList(rss.channel)[0]) ?? {};
    return { format: 'rss2', channel, items: asList(channel.item).map(asNode).filter((x): x is XmlNode => x !== null) };
  }
  const rdf = asNode(root.RDF);
  if (rdf) {
    const channel = asNode(asList(rdf.channel)[0]) ?? {};
    return { format: 'rss1', channel, items: asList(rdf.item).map(asNode).filter((x): x is XmlNode => x !== null) };
  }
  const feed = asNode(root.feed);
  if (feed) return { format: 'atom', channel: feed, items: asList(feed.entry).map(asNode).filter((x): x is XmlNode => x !== null) };
  return null;
}

function resolveLink(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return undefined; // relative with no base, or malformed: not a usable link
  }
}

/** Atom: the rel="alternate" (or rel-less) link's href. RSS: the <link> text (or an href, as some feeds write). */
function linkOf(item: XmlNode): string | undefined {
  const links = asList(item.link);
  const alternate = links.find((l) => {
    const n = asNode(l);
    return n !== null && n['@href'] !== undefined && (n['@rel'] === undefined || n['@rel'] === 'alternate');
  });
  if (alternate) return String(asNode(alternate)!['@href']).trim();
  for (const l of links) {
    const t = textOf(l);
    if (t) return t;
  }
  return undefined;
}

// Fullest content first: RSS content:encoded, Atom content, then the summaries.
const CONTENT_FIELDS = ['encoded', 'content', 'description', 'summary'];
// Publication before modification: RSS pubDate, Atom published, Dublin Core date, then Atom updated.
const DATE_FIELDS = ['pubDate', 'published', 'date', 'issued', 'updated'];

function itemOf(item: XmlNode, base: string | undefined, feedTitle: string | undefined): FeedItem {
  const out: FeedItem = {};
  const title = textOf(item.title);
  if (title) out.title = cleanInline(htmlFragmentToText(title)).trim() || undefined;
  const link = resolveLink(linkOf(item), base);
  if (link) out.link = link;
  const guid = textOf(item.guid) ?? textOf(item.id);
  if (guid) out.guid = guid;
  for (const field of DATE_FIELDS) {
    const date = normaliseDate(textOf(item[field]));
    if (date) {
      out.publishedAt = date;
      break;
    }
  }
  for (const field of CONTENT_FIELDS) {
    const raw = textOf(item[field]);
    const text = raw ? htmlFragmentToText(raw) : asNode(item[field]) ? nestedTextOf(item[field]) : '';
    if (text) {
      out.text = text;
      break;
    }
  }
  if (feedTitle) out.feedTitle = feedTitle;
  if (out.title === undefined) delete out.title;
  return out;
}

/** Which feed format `xml` is in, or null when it is not a feed (or not XML). */
export function feedFormat(xml: string): FeedFormat | null {
  try {
    const root = asNode(parser.parse(xml));
    return root ? formatOf(root)?.format ?? null : null;
  } catch {
    return null;
  }
}

// A bare "&" (in a link's query string, in "AT&T") is the commonest flaw of real feeds; it is escaped
// and the feed read, while any other well-formedness error refuses it.
const BARE_AMPERSAND = /&(?!#\d+;|#x[0-9a-f]+;|[a-z][\w.-]*;)/gi;

function wellFormed(xml: string, subject: string): string {
  const first = XMLValidator.validate(xml);
  if (first === true) return xml;
  const repaired = xml.replace(BARE_AMPERSAND, '&amp;');
  if (repaired !== xml && XMLValidator.validate(repaired) === true) return repaired;
  throw new SitrepError('BAD_DOCUMENT', `is not a feed: not well-formed XML (${first.err.msg.replace(/\.$/, '')}, line ${first.err.line})`, subject);
}

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed, in document order. `feedUrl` resolves relative
 * links; errors name `name` (default: `feedUrl`, else "feed"). Throws SitrepError BAD_DOCUMENT when `xml`
 * is not well-formed XML or not a feed.
 */
export function parseFeed(xml: string, feedUrl?: string, name?: string): FeedItem[] {
  const subject = name ?? feedUrl ?? 'feed';
  const source = wellFormed(xml, subject);
  let root: XmlNode | null;
  try {
    root = asNode(parser.parse(source));
  } catch (e) {
    throw new SitrepError('BAD_DOCUMENT', `is not a feed: ${(e as Error).message}`, subject);
  }
  const found = root ? formatOf(root) : null;
  if (!found) {
    const rootName = root ? Object.keys(root).find((k) => !k.startsWith('?')) : undefined;
    throw new SitrepError('BAD_DOCUMENT', `is not an RSS or Atom feed (its root element is <${rootName ?? '?'}>)`, subject);
  }
  const feedTitleRaw = textOf(found.channel.title);
  const feedTitle = feedTitleRaw ? cleanInline(feedTitleRaw).trim() : undefined;
  // Atom's xml:base is rare; the feed's own address is the usual base for relative links.
  return found.items.map((item) => itemOf(item, feedUrl, feedTitle));
}

/**
 * The id a feed item's document gets: the canonical form of its link, else its guid, else `fallback`
 * (e.g. "feed.xml#3"). Links and URL-shaped guids are canonicalised so a story seen in two feeds, or
 * with tracking parameters, gets one id.
 */
export function feedItemId(item: FeedItem, fallback: string): string {
  for (const candidate of [item.link, item.guid]) {
    if (candidate && /^https?:\/\//i.test(candidate)) {
      try {
        return canonicalUrl(candidate);
      } catch {
        // not a usable URL after all: try the next candidate
      }
    }
  }
  return item.guid ?? fallback;
}

/** A document from a feed item's own content. Throws SitrepError BAD_DOCUMENT naming the item when it has no text. */
export function feedItemToDoc(item: FeedItem, fallbackId: string): Doc {
  const id = feedItemId(item, fallbackId);
  if (!item.text) {
    throw new SitrepError('BAD_DOCUMENT', `feed item has no text${item.link ? ' (its page can be fetched instead)' : ''}`, id);
  }
  const doc: Doc = { id, text: item.text };
  if (item.title) doc.title = item.title;
  if (item.publishedAt) doc.publishedAt = item.publishedAt;
  if (item.link) doc.url = item.link;
  if (item.feedTitle) doc.source = item.feedTitle;
  return doc;
}
