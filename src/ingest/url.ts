// Fetching one web page or feed, guarded: only http(s), only public addresses (ssrf.ts) checked on every
// hop and pinned for the connection, redirects followed by hand so each one is checked, the body size
// limited while it streams (after decompression, so a small gzip bomb cannot grow past it), and one
// deadline for the whole fetch.

import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { SitrepError, isSitrepError } from '../core/errors.js';
import { type AddressPolicy, parseIp, resolveChecked } from './ssrf.js';
import { binaryReason } from './text.js';
import { feedFormat } from './feed.js';
import { charsetOf, decodeDeclared } from './charset.js';

export { canonicalUrl, contentHash } from './canonical.js';

export interface FetchOptions extends AddressPolicy {
  /** Largest body accepted, in bytes after decompression (default 5 MB). */
  maxBytes?: number;
  /** Deadline for the whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
}

/** How the body is to be read: html.ts, feed.ts or as plain text. */
export type FetchedKind = 'html' | 'feed' | 'text';

export interface FetchedText {
  /** The address after redirects. */
  url: string;
  status: number;
  /** The media type without parameters, e.g. "text/html"; "" when the server sent none. */
  contentType: string;
  kind: FetchedKind;
  text: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

// Media types by how they are read; anything else (images, PDFs, archives) is refused.
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown']);
const UNTYPED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** Parses an absolute http(s) URL; throws SitrepError BAD_URL naming it otherwise. */
export function httpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    throw new SitrepError('BAD_URL', 'is not a valid URL', JSON.stringify(raw));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new SitrepError('BAD_URL', `refused: scheme "${u.protocol.slice(0, -1)}" is not fetched, only http and https`, u.href);
  }
  return u;
}

/**
 * Fetches a URL and returns its body as text with the kind of content it is. Throws SitrepError:
 * BAD_URL (not http(s)), FORBIDDEN_ADDRESS (private address, on any hop), TOO_LARGE (over maxBytes),
 * NOT_TEXT (an image, a PDF...), FETCH_FAILED (DNS, connection, HTTP status, timeout, too many redirects).
 * Every message names the URL.
 */
export async function fetchText(url: string, opts: FetchOptions = {}): Promise<FetchedText> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = httpUrl(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const target = await untilAborted(resolveChecked(current.hostname, current.href, opts), controller.signal);
      const res = await request(current, target.address, opts, controller.signal);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location) {
        res.resume();
        if (hop >= maxRedirects) throw new SitrepError('FETCH_FAILED', `too many redirects (more than ${maxRedirects})`, url);
        current = httpUrl(location, current);
        continue;
      }
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 299) {
        res.resume();
        throw new SitrepError('FETCH_FAILED', `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, current.href);
      }
      const body = await readBody(res, current.href, opts.maxBytes ?? DEFAULT_MAX_BYTES);
      return decodeBody(body, res.headers['content-type'] ?? '', current.href, status);
    }
  } catch (e) {
    // Once the deadline passed, any failure to connect or read is the timeout's doing.
    const timedOut = controller.signal.aborted && (!isSitrepError(e) || e.code === 'FETCH_FAILED');
    if (timedOut) throw new SitrepError('FETCH_FAILED', `timed out after ${timeoutMs} ms`, current.href);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** One GET to `address` (already checked) for `url`: the host name still goes in Host and in TLS SNI. */
function request(url: URL, address: string, opts: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const isHttps = url.protocol === 'https:';
    const hostIsIp = parseIp(url.hostname.replace(/^\[|\]$/g, '')) !== null;
    const req = (isHttps ? https : http).request({
      host: address,
      port: url.port || (isHttps ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false, // no pooled socket that was connected for another host or address
      servername: isHttps && !hostIsIp ? url.hostname : undefined,
      signal,
      headers: {
        Host: url.host,
        'User-Agent': opts.userAgent ?? 'sitrep/0.1 (incident ledger; +https://github.com/)',
        Accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
        'Accept-Encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', resolve);
    req.on('error', (e: NodeJS.ErrnoException) => {
      reject(signal.aborted ? e : new SitrepError('FETCH_FAILED', `could not fetch (${e.code ?? e.message})`, url.href));
    });
    req.end();
  });
}

function decompressed(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip()
    : encoding === 'deflate' ? zlib.createInflate()
    : encoding === 'br' ? zlib.createBrotliDecompress()
    : null;
  if (!decoder) return res;
  return pipeline(res, decoder, () => {
    // errors surface through the decoder stream being read
  });
}

/** The body, refused as soon as it passes `maxBytes` (a Content-Length over it is refused before reading). */
async function readBody(res: IncomingMessage, subject: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = (size: string): SitrepError => new SitrepError('TOO_LARGE', `body is ${size}; the limit is ${maxBytes} bytes`, subject);
  if (!res.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge(`${declared} bytes`);
  }
  const stream = decompressed(res);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        res.destroy();
        stream.destroy();
        throw tooLarge(`over ${maxBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (isSitrepError(e)) throw e;
    if ((e as Error).name === 'AbortError') throw e;
    throw new SitrepError('FETCH_FAILED', `could not read the body (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, subject);
  }
  return Buffer.concat(chunks, total);
}

const looksLikeFeed = (text: string): boolean => /^\s*(<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>])/i.test(text) && feedFormat(text) !== null;
const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

function decodeBody(body: Buffer, contentTypeHeader: string, url: string, status: number): FetchedText {
  const contentType = contentTypeHeader.split(';')[0].trim().toLowerCase();
  const known = HTML_TYPES.has(contentType) || FEED_TYPES.has(contentType) || TEXT_TYPES.has(contentType);
  if (!known && !UNTYPED.has(contentType)) {
    throw new SitrepError('NOT_TEXT', `has content type ${contentType}; only HTML pages, RSS/Atom feeds and plain text are read`, url);
  }
  if (!charsetOf(body, contentTypeHeader).toLowerCase().startsWith('utf-16')) {
    const reason = binaryReason(body, true);
    if (reason === 'contains NUL bytes' || reason === 'is mostly control characters') {
      throw new SitrepError('NOT_TEXT', `is not text: ${reason}`, url);
    }
  }
  const text = decodeDeclared(body, contentTypeHeader);
  // Servers mislabel feeds as text/html or text/plain, and often send no type at all: the body decides.
  let kind: FetchedKind;
  if (FEED_TYPES.has(contentType) || looksLikeFeed(text)) kind = 'feed';
  else if (HTML_TYPES.has(contentType) || looksLikeHtml(text)) kind = 'html';
  else kind = 'text';
  return { url, status, contentType, kind, text };
}
