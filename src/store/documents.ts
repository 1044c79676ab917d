// Which documents of a batch are new, and which repeat one the ledger holds. A document repeats another when
// its text (the hash of the whitespace-normalised text) or its canonical URL is stored already. Every canonical
// URL the ledger has met stands for one document (document_urls, migration 8): a stored document's own, and the
// address of each copy skipped for its text, so that the same page fetched again with its text touched up (an
// "Updated" line, tracking parameters) is a copy too, whichever copy of a syndicated story came first.
//
// The tables decide what is stored, not the look-up: UNIQUE content hash and the PRIMARY KEY on the address.
// When two writers race on one text, one insert is skipped and its writer takes the stored document as the
// original; when they race on one address (a document stored at it, a copy's address recorded), the one that
// comes second finds it taken and stores its batch again, in which the document is a copy.
import { SitrepError } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import { canonicalUrl, contentHash } from '../ingest/canonical.js';
import { type Program, type SqlValue, all, inLists, marks, rowInserts, writeAll } from './program.js';
import type { IngestItem } from './types.js';

export interface DocumentKeys {
  canonicalUrl: string | null;
  contentHash: string;
}

export interface Duplicate {
  documentId: number;
  by: 'url' | 'hash';
}

/** The two keys that make a document a duplicate: its canonical URL (when it has an http(s) one) and its text's hash. */
export function documentKeys(doc: Doc): DocumentKeys {
  let url: string | null = null;
  if (doc.url) {
    try {
      url = canonicalUrl(doc.url);
    } catch {
      url = null; // not a web address (a file name given as url): only the text identifies the document
    }
  }
  return { canonicalUrl: url, contentHash: contentHash(doc.text) };
}

export function* findDuplicate(keys: DocumentKeys): Program<Duplicate | null> {
  const [found] = yield* findDuplicates([keys]);
  return found;
}

/** The stored document each of these would repeat (same text first, then same address), or null. */
export function* findDuplicates(keys: DocumentKeys[]): Program<(Duplicate | null)[]> {
  const known = yield* lookUp(keys);
  return keys.map((k) => storedOriginal(k, known));
}

/** Stored document ids by text hash and by address, for these keys: one read each (IN lists). */
interface Known {
  byHash: Map<string, number>;
  byUrl: Map<string, number>;
}

function* lookUp(keys: DocumentKeys[]): Program<Known> {
  const urls = keys.flatMap((k) => (k.canonicalUrl === null ? [] : [k.canonicalUrl]));
  return {
    byHash: yield* idsBy('SELECT id, content_hash AS key FROM documents WHERE content_hash', keys.map((k) => k.contentHash)),
    byUrl: yield* idsBy('SELECT document_id AS id, canonical_url AS key FROM document_urls WHERE canonical_url', urls),
  };
}

function* idsBy(select: string, values: string[]): Program<Map<string, number>> {
  const found = new Map<string, number>();
  for (const list of inLists([...new Set(values)])) {
    for (const r of yield* all<{ id: number; key: string }>(`${select} IN (${marks(list.length)})`, ...list)) found.set(r.key, r.id);
  }
  return found;
}

const storedOriginal = (k: DocumentKeys, known: Known): Duplicate | null => {
  const hash = known.byHash.get(k.contentHash);
  if (hash !== undefined) return { documentId: hash, by: 'hash' };
  const url = k.canonicalUrl === null ? undefined : known.byUrl.get(k.canonicalUrl);
  return url === undefined ? null : { documentId: url, by: 'url' };
};

/** The document an item repeats: a stored one, or an earlier item of its batch. */
export type Original = { id: number } | { item: number };

export interface Sorted {
  /** For each item: null when it is new, else what it repeats and by which key. */
  copies: ({ original: Original; by: 'url' | 'hash' } | null)[];
  /** Addresses of copies skipped for their text, new to the ledger: each now stands for the original. */
  addresses: { url: string; original: Original }[];
}

/** A batch sorted in order, as if its items were stored one by one: `known` is what is stored before it. */
export function sortBatch(keys: DocumentKeys[], known: Known): Sorted {
  const texts = new Map<string, Original>();
  const urls = new Map<string, Original>();
  const stored = (map: Map<string, number>, key: string): Original | undefined => {
    const id = map.get(key);
    return id === undefined ? undefined : { id };
  };
  const out: Sorted = { copies: [], addresses: [] };
  keys.forEach((k, item) => {
    const url = k.canonicalUrl;
    const sameText = texts.get(k.contentHash) ?? stored(known.byHash, k.contentHash);
    const sameUrl = url === null ? undefined : (urls.get(url) ?? stored(known.byUrl, url));
    if (sameText) {
      out.copies.push({ original: sameText, by: 'hash' });
      if (url !== null && !sameUrl) {
        urls.set(url, sameText);
        out.addresses.push({ url, original: sameText });
      }
    } else if (sameUrl) {
      out.copies.push({ original: sameUrl, by: 'url' });
    } else {
      out.copies.push(null);
      texts.set(k.contentHash, { item });
      if (url !== null) urls.set(url, { item });
    }
  });
  return out;
}

/** Where an item's document is: its own id when it was stored now (`by` null), else its original's. */
export interface Placed {
  documentId: number;
  by: 'url' | 'hash' | null;
}

const DOCUMENT_COLUMNS = ['source_id', 'url', 'canonical_url', 'content_hash', 'title', 'published_at', 'source', 'text', 'ingested_at'] as const;

/**
 * Stores the new documents of a batch (item i at `at[i]`) with their addresses, and the addresses its copies
 * give; where each item's document is. Fails (at the next statement) when another writer took the address of
 * a document stored here since the look-up: the caller stores the batch again, and then it is a copy.
 */
export function* storeDocuments(items: IngestItem[], at: string[]): Program<Placed[]> {
  const keys = items.map((item) => documentKeys(item.doc));
  const sorted = sortBatch(keys, yield* lookUp(keys));
  const fresh = sorted.copies.flatMap((c, i) => (c === null ? [i] : []));
  const rows = fresh.map((i): SqlValue[] => {
    const { doc } = items[i];
    return [doc.id, doc.url ?? null, keys[i].canonicalUrl, keys[i].contentHash, doc.title ?? null, doc.publishedAt ?? null, doc.source ?? null, doc.text, at[i]];
  });
  const ids = new Map<string, number>();
  for (const q of rowInserts('documents', DOCUMENT_COLUMNS, rows, 'ON CONFLICT DO NOTHING RETURNING id, content_hash')) {
    for (const r of yield* all<{ id: number; content_hash: string }>(q.sql, ...q.params)) ids.set(r.content_hash, r.id);
  }
  // Skipped: another writer stored the text or the address since the look-up, and that is the original.
  const skipped = fresh.filter((i) => !ids.has(keys[i].contentHash));
  const late = skipped.length > 0 ? yield* lookUp(skipped.map((i) => keys[i])) : null;

  const placed: Placed[] = [];
  const own: SqlValue[][] = [];
  const copied = [...sorted.addresses];
  const documentOf = (o: Original) => ('id' in o ? o.id : placed[o.item].documentId);
  for (let i = 0; i < items.length; i++) {
    const copy = sorted.copies[i];
    const url = keys[i].canonicalUrl;
    if (copy) {
      placed.push({ documentId: documentOf(copy.original), by: copy.by });
    } else if (ids.has(keys[i].contentHash)) {
      placed.push({ documentId: ids.get(keys[i].contentHash) as number, by: null });
      if (url !== null) own.push([url, placed[i].documentId]);
    } else {
      const original = storedOriginal(keys[i], late as Known);
      if (!original) throw new SitrepError('STORE_FAILED', 'the document could not be stored and is not a duplicate', items[i].doc.id);
      placed.push(original);
      if (original.by === 'hash' && url !== null && !(late as Known).byUrl.has(url)) copied.push({ url, original: { id: original.documentId } });
    }
  }
  // A stored document's address must be new: should another writer have taken it since the look-up (for a
  // copy), this INSERT fails, and the batch is written again, in which the document is that copy's.
  yield* writeAll([
    ...rowInserts('document_urls', ['canonical_url', 'document_id'], own),
    ...rowInserts('document_urls', ['canonical_url', 'document_id'], copied.map((a) => [a.url, documentOf(a.original)]), 'ON CONFLICT DO NOTHING'),
  ]);
  return placed;
}
