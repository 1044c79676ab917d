// The ingest stage's one entry point: whatever the user points sitrep at (a directory, a file, stdin, a
// URL), a stream of documents in a stable order, each bad item reported as data so the caller goes on.
// Ids: the given id for JSON Lines, the file's path relative to the target for files (its name when the
// target is the file itself, as CONTRACT.md says), the canonical URL for web pages and feed items.
// A target that cannot be read at all (missing path, failed fetch of the URL itself) makes the iteration
// throw a SitrepError instead: there is nothing to go on with.

import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Doc } from '../core/types.js';
import { type ErrorCode, SitrepError, isSitrepError } from '../core/errors.js';
import { decodeDeclared } from './charset.js';
import { type FeedItem, feedItemId, feedItemToDoc, parseFeed } from './feed.js';
import { htmlToDoc } from './html.js';
import { isDocLineError, type JsonlOptions, readJsonlLines } from './jsonl.js';
import { binaryReason, textFileToDoc, textToDoc } from './text.js';
import { type FetchOptions, type FetchedText, fetchText } from './url.js';
import { DEFAULT_MAX_TEXT_CHARS, idOf, validateDoc } from './validate.js';

export { canonicalUrl, contentHash } from './canonical.js';
export { parseDocLine, readJsonlLines, type DocLine, type DocLineError } from './jsonl.js';
export { htmlToDoc, htmlFragmentToText } from './html.js';
export { parseFeed, feedItemToDoc, type FeedItem } from './feed.js';
export { fetchText, type FetchOptions, type FetchedText } from './url.js';
export { textFileToDoc, textToDoc } from './text.js';
export { validateDoc, DEFAULT_MAX_TEXT_CHARS } from './validate.js';

/** How a file's content is read. */
export type InputFormat = 'jsonl' | 'json' | 'text' | 'html' | 'feed';

// File extensions a directory walk reads; files with other extensions are skipped.
const EXTENSION_FORMATS: Record<string, InputFormat> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

export interface InputOptions extends JsonlOptions {
  /** Read files (or stdin) in this format whatever their extension (`sitrep extract --format`). */
  format?: InputFormat;
  /** Largest HTML, feed, JSON or text file read whole, in bytes (default 20 MB); JSON Lines stream with no total limit. */
  maxFileBytes?: number;
  /** Guards and limits for every network fetch (the target URL and feed items' pages). */
  fetch?: FetchOptions;
  /** Fetch a feed item's page: `true` when the item carries no content of its own, `'always'` for every item with a link. */
  fetchItems?: boolean | 'always';
  /** What "-" reads (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type InputItem = ({ doc: Doc } | { error: SitrepError }) & {
  /** Where the item came from: "dir/a.jsonl:3", "notes.txt", a URL. */
  origin: string;
  /** Line number within a JSON Lines input. */
  line?: number;
  /** The document id when an error item still has one. */
  id?: string | null;
};

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

const asSitrepError = (e: unknown, code: ErrorCode, subject: string): SitrepError => {
  if (isSitrepError(e)) return e;
  const err = e as NodeJS.ErrnoException;
  return new SitrepError(code, `cannot be read (${err.code ?? err.message})`, subject);
};

/**
 * The documents in `target`: a directory (walked in name order, hidden entries skipped), a file (read by
 * its extension, else by sniffing its content), "-" (stdin, JSON Lines unless `format` says otherwise),
 * or an http(s) URL (a page, a feed, or plain text).
 */
export async function* readInputs(target: string, opts: InputOptions = {}): AsyncGenerator<InputItem> {
  if (target === '-') {
    const stdin = opts.stdin ?? process.stdin;
    if ((opts.format ?? 'jsonl') === 'jsonl') {
      yield* jsonlItems(stdin, 'stdin', undefined, opts);
    } else {
      const bytes = await readAllBounded(stdin, 'stdin', opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
      yield* bytesItems(bytes, 'stdin', 'stdin', opts.format as InputFormat, opts);
    }
    return;
  }
  // "ftp://…", "file://…": a URL sitrep does not fetch, not a path that happens to be missing.
  if (!isUrl(target) && /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    throw new SitrepError('BAD_URL', `refused: scheme "${target.slice(0, target.indexOf(':')).toLowerCase()}" is not fetched, only http and https`, target);
  }
  if (isUrl(target)) {
    const fetched = await fetchText(target, opts.fetch);
    yield* fetchedItems(fetched, opts);
    return;
  }
  let info;
  try {
    info = await stat(target);
  } catch (e) {
    throw asSitrepError(e, 'UNREADABLE_FILE', target);
  }
  if (info.isDirectory()) {
    for await (const path of walk(target)) {
      const format = opts.format ?? EXTENSION_FORMATS[extname(path).toLowerCase()];
      if (!format) continue;
      const rel = relative(target, path).split(sep).join('/');
      yield* fileItems(path, rel, format, opts, rel);
    }
    return;
  }
  if (!info.isFile()) throw new SitrepError('UNREADABLE_FILE', 'is not a regular file or directory', target);
  const name = basename(target);
  const format = opts.format ?? EXTENSION_FORMATS[extname(target).toLowerCase()] ?? (await sniffFormat(target));
  yield* fileItems(target, name, format, opts, undefined);
}

/** Files under `dir`, depth first in code-point order of names; hidden entries and symlinked directories are skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      // A link to a file is read; a link to a directory is not followed, so a cycle cannot loop forever.
      const target = await stat(path).catch(() => null);
      if (target?.isFile()) yield path;
    }
  }
}

/** What a file with no telling extension holds, from its first bytes. */
async function sniffFormat(path: string): Promise<InputFormat> {
  const handle = await open(path, 'r').catch((e: unknown) => {
    throw asSitrepError(e, 'UNREADABLE_FILE', path);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{') || head.startsWith('[')) return head.startsWith('[') ? 'json' : 'jsonl';
    if (/^(<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*)?<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
    if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
    return 'text';
  } finally {
    await handle.close();
  }
}

/** Items of one file. `rel` is its id (or name); `prefix` names the file in line errors when walking a directory. */
async function* fileItems(path: string, rel: string, format: InputFormat, opts: InputOptions, prefix: string | undefined): AsyncGenerator<InputItem> {
  if (format === 'jsonl') {
    const head = await readHead(path).catch((e: unknown) => e as Error);
    if (head instanceof Error) {
      yield { error: asSitrepError(head, 'UNREADABLE_FILE', rel), origin: rel };
      return;
    }
    const reason = binaryReason(head, true);
    if (reason === 'contains NUL bytes' || reason === 'is mostly control characters') {
      yield { error: new SitrepError('NOT_TEXT', `is not JSON Lines: ${reason}`, rel), origin: rel };
      return;
    }
    try {
      yield* jsonlItems(createReadStream(path), rel, prefix, opts);
    } catch (e) {
      yield { error: asSitrepError(e, 'UNREADABLE_FILE', rel), origin: rel };
    }
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    const max = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (info.size > max) {
      yield { error: new SitrepError('TOO_LARGE', `is ${info.size} bytes; the limit for a ${format} file is ${max}`, rel), origin: rel };
      return;
    }
    bytes = await readAllBounded(createReadStream(path), rel, max);
  } catch (e) {
    yield { error: asSitrepError(e, 'UNREADABLE_FILE', rel), origin: rel };
    return;
  }
  yield* bytesItems(bytes, rel, rel, format, opts);
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readAllBounded(stream: AsyncIterable<Uint8Array | string>, subject: string, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > max) throw new SitrepError('TOO_LARGE', `is over ${max} bytes`, subject);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

async function* jsonlItems(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, origin: string, prefix: string | undefined, opts: InputOptions): AsyncGenerator<InputItem> {
  for await (const r of readJsonlLines(stream, opts)) {
    const where = `${origin}:${r.line}`;
    if (isDocLineError(r)) yield { error: new SitrepError(r.code, r.error, prefix), origin: where, line: r.line, id: r.id };
    else yield { doc: r.doc, origin: where, line: r.line };
  }
}

/** Items from a whole file's bytes (or stdin's). `id` is the document id a single-document file gets. */
async function* bytesItems(bytes: Buffer, id: string, origin: string, format: InputFormat, opts: InputOptions): AsyncGenerator<InputItem> {
  try {
    if (format === 'text') {
      yield { doc: textFileToDoc(bytes, id, opts), origin };
    } else if (format === 'html') {
      yield { doc: limited(htmlToDoc(decodeDeclared(bytes), { id }), origin, opts), origin };
    } else if (format === 'feed') {
      yield* feedItems(parseFeed(decodeDeclared(bytes), undefined, origin), origin, opts);
    } else if (format === 'json') {
      yield* jsonItems(bytes, origin, opts);
    } else {
      yield* jsonlItems([bytes], origin, undefined, opts);
    }
  } catch (e) {
    yield { error: asSitrepError(e, 'UNREADABLE_FILE', origin), origin };
  }
}

/** A .json file: an array of documents, one document object, or (failing both) JSON Lines. */
async function* jsonItems(bytes: Buffer, origin: string, opts: InputOptions): AsyncGenerator<InputItem> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch {
    yield* jsonlItems([bytes], origin, origin, opts);
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (let i = 0; i < list.length; i++) {
    const subject = Array.isArray(value) ? `${origin} item ${i + 1}` : origin;
    try {
      yield { doc: validateDoc(list[i], subject, opts), origin: subject };
    } catch (e) {
      yield { error: asSitrepError(e, 'BAD_DOCUMENT', subject), origin: subject, id: idOf(list[i]) };
    }
  }
}

function limited(doc: Doc, subject: string, opts: InputOptions): Doc {
  const max = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (doc.text.length > max) throw new SitrepError('TOO_LARGE', `text is ${doc.text.length} characters; the limit is ${max}`, subject);
  return doc;
}

/** Documents from a fetched page, feed or text; the page's id is the canonical form of its final URL. */
async function* fetchedItems(fetched: FetchedText, opts: InputOptions): AsyncGenerator<InputItem> {
  const origin = fetched.url;
  try {
    if (fetched.kind === 'feed') {
      yield* feedItems(parseFeed(fetched.text, fetched.url), origin, opts);
    } else if (fetched.kind === 'html') {
      yield { doc: limited(htmlToDoc(fetched.text, { url: fetched.url }), origin, opts), origin };
    } else {
      const doc = textToDoc(fetched.text, feedItemId({ link: fetched.url }, fetched.url), opts);
      yield { doc: { ...doc, url: fetched.url }, origin };
    }
  } catch (e) {
    yield { error: asSitrepError(e, 'BAD_DOCUMENT', origin), origin };
  }
}

/** A feed's items as documents: from their own content, or from their page when `fetchItems` asks for it. */
async function* feedItems(items: FeedItem[], origin: string, opts: InputOptions): AsyncGenerator<InputItem> {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const fallbackId = `${origin}#${i + 1}`;
    const where = item.link ?? fallbackId;
    const fetchPage = item.link !== undefined && (opts.fetchItems === 'always' || (opts.fetchItems === true && !item.text));
    try {
      yield { doc: limited(fetchPage ? await fetchedItemDoc(item, opts) : feedItemToDoc(item, fallbackId), where, opts), origin: where };
    } catch (e) {
      yield { error: asSitrepError(e, 'BAD_DOCUMENT', where), origin: where, id: feedItemId(item, fallbackId) };
    }
  }
}

/** A feed item's page, fetched; the feed's title, date and source fill what the page lacks. */
async function fetchedItemDoc(item: FeedItem, opts: InputOptions): Promise<Doc> {
  const fetched = await fetchText(item.link as string, opts.fetch);
  if (fetched.kind !== 'html') {
    throw new SitrepError('BAD_DOCUMENT', `the item's page is ${fetched.kind === 'feed' ? 'a feed' : 'plain text'}, not an HTML page`, fetched.url);
  }
  const doc = htmlToDoc(fetched.text, { url: fetched.url, id: feedItemId(item, fetched.url) });
  if (doc.title === undefined && item.title) doc.title = item.title;
  if (doc.publishedAt === undefined && item.publishedAt) doc.publishedAt = item.publishedAt;
  if (doc.source === undefined && item.feedTitle) doc.source = item.feedTitle;
  return doc;
}
