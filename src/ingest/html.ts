// A web page becomes one document: its main text (found by Mozilla Readability, the Firefox Reader View
// algorithm, over a linkedom DOM: no browser, no scripts run), its title and publication date from the
// page's metadata. The text is plain: paragraphs separated by a blank line, whitespace normalised.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Doc } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { canonicalUrl, contentHash } from './canonical.js';
import { normaliseDate } from './dates.js';

// Where pages declare their publication date, most trustworthy first: Open Graph article metadata
// (ogp.me), schema.org microdata, Parse.ly, Dublin Core (DCMI terms), then older ad-hoc names.
// Matched against a <meta>'s property, name or itemprop, case-insensitively.
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'article.published', 'sailthru.date', 'date',
];

const TITLE_META = ['og:title', 'twitter:title'];
const SITE_NAME_META = ['og:site_name', 'application-name'];

// Never text: removed before anything reads the page.
const NON_CONTENT = 'script, style, noscript, template, iframe, object, embed, svg, canvas';
// Page furniture: removed only on the fallback path, when Readability finds no article.
const BOILERPLATE = 'nav, header, footer, aside, form, menu, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

// Elements that start a new paragraph in the plain text.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const CELLS = new Set(['td', 'th']);

const ELEMENT = 1;
const TEXT = 3;

// Invisible characters that only break words apart for matching; ZWJ/ZWNJ stay (they matter in Persian, Indic scripts).
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** Collapses whitespace (NBSP included) to single spaces and drops invisible characters. */
export const cleanInline = (s: string): string => s.replace(INVISIBLE, '').replace(/\s+/g, ' ');

/** Plain text of a DOM subtree: one paragraph per block element, separated by blank lines. */
export function nodeToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).filter((l) => l !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT) {
      const raw = node.nodeValue ?? '';
      current += pre ? raw.replace(INVISIBLE, '').replace(/[^\S\n]+/g, ' ') : cleanInline(raw);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = (node as Element).localName.toLowerCase();
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag)) current += ' ';
    for (const child of Array.from(node.childNodes)) walk(child, pre || tag === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text of an HTML fragment (a feed item's description, say), paragraphs separated by blank lines. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll(NON_CONTENT))) el.remove();
  return nodeToText(document.body);
}

/** Non-empty `content`s of <meta> tags whose property, name or itemprop is one of `keys`, in `keys` order. */
function metaValues(document: Document, keys: readonly string[]): string[] {
  const found = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key) found.set(key, [...(found.get(key) ?? []), content]);
    }
  }
  return keys.flatMap((key) => found.get(key) ?? []);
}

const metaValue = (document: Document, keys: readonly string[]): string | null => metaValues(document, keys)[0] ?? null;

/** Every datePublished in the page's JSON-LD blocks (schema.org), in document order; bad JSON is skipped. */
function jsonLdDates(document: Document): string[] {
  const dates: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.datePublished === 'string') dates.push(o.datePublished);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) visit(o[key], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // a broken JSON-LD block says nothing about the date
    }
  }
  return dates;
}

/** The page's publication date as "YYYY-MM-DD" or an ISO date-time, or null. */
export function publishedDateOf(document: Document): string | null {
  const candidates: (string | null | undefined)[] = [...metaValues(document, PUBLISHED_META), ...jsonLdDates(document)];
  for (const el of Array.from(document.querySelectorAll('time[pubdate], [itemprop="datePublished"]'))) {
    candidates.push(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  candidates.push(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  for (const c of candidates) {
    const date = normaliseDate(c);
    if (date) return date;
  }
  return null;
}

function titleOf(document: Document): string | null {
  const candidates = [metaValue(document, TITLE_META), document.querySelector('title')?.textContent, document.querySelector('h1')?.textContent];
  for (const c of candidates) {
    const t = c ? cleanInline(c).trim() : '';
    if (t) return t;
  }
  return null;
}

function declaredUrl(document: Document): string | null {
  const candidates = [document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), metaValue(document, ['og:url'])];
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c.trim())) return c.trim();
  }
  return null;
}

export interface HtmlDocOptions {
  /** The address the page was fetched from: becomes `url`, and the id (canonicalised) unless `id` is given. */
  url?: string;
  id?: string;
}

/** A DOM for a page; linkedom builds no proper <html>/<body> for a bare fragment ("<p>text</p>"), so it gets the frame a browser would add. */
function pageDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.localName.toLowerCase() === 'html' && document.body) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * One document from an HTML page. The id is `id`, else the canonical form of `url` (or of the page's own
 * rel=canonical / og:url), else "sha256:" and the text's content hash. Throws SitrepError BAD_DOCUMENT
 * naming the page when it has no readable text.
 */

export function htmlToDoc(html: string, opts: HtmlDocOptions = {}): Doc {
  const document = pageDocument(html);
  for (const el of Array.from(document.querySelectorAll(NON_CONTENT))) {
    if (el.getAttribute('type') !== 'application/ld+json') el.remove();
  }
  const title = titleOf(document);
  const publishedAt = publishedDateOf(document);
  const siteName = metaValue(document, SITE_NAME_META);
  const url = opts.url ?? declaredUrl(document) ?? undefined;
  for (const el of Array.from(document.querySelectorAll('script'))) el.remove();

  let text = '';
  try {
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    text = article?.content ? nodeToText(article.content) : '';
  } catch {
    // Readability gives up on some odd documents; the fallback below still reads them
  }
  if (text === '') {
    // No article found: fall back to the page minus its furniture, on a fresh DOM since Readability edits the one it reads.
    const fresh = pageDocument(html);
    for (const el of Array.from(fresh.querySelectorAll(`${NON_CONTENT}, ${BOILERPLATE}`))) el.remove();
    text = nodeToText(fresh.body);
  }
  const subject = opts.id ?? opts.url ?? 'HTML page';
  if (text === '') throw new SitrepError('BAD_DOCUMENT', 'has no readable text', subject);

  const id = opts.id ?? (url ? canonicalUrl(url) : `sha256:${contentHash(text)}`);
  const doc: Doc = { id, text };
  if (title) doc.title = title;
  if (publishedAt) doc.publishedAt = publishedAt;
  if (url) doc.url = url;
  if (siteName) doc.source = cleanInline(siteName).trim();
  return doc;
}
