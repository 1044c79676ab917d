// Adding documents from the API (and the demo): each one extracted, then all stored in one store.ingest call,
// with an outcome per input item in input order. Extraction is synchronous CPU work, so the loop yields to the
// event loop between documents and other requests keep being answered.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SitrepError } from '../core/errors.js';
import type { Doc, Rule } from '../core/types.js';
import { extract } from '../extract/index.js';
import type { IngestItem, Store } from '../store/types.js';
import type { ApiIngestResult } from './schemas.js';
import { sitrepErrorBody } from './errors.js';

export type InputEntry = ({ doc: Doc } | { error: SitrepError }) & { origin: string; id?: string | null };

type ResultItem = ApiIngestResult['items'][number];

const failed = (origin: string, id: string | null | undefined, error: SitrepError): ResultItem => ({
  origin,
  ...(id ? { id } : {}),
  status: 'failed',
  error: sitrepErrorBody(error).body.error,
});

export async function ingestDocuments(store: Store, entries: InputEntry[], rule: Rule = 'ucdp'): Promise<ApiIngestResult> {
  const items: (ResultItem | null)[] = [];
  const toStore: { item: IngestItem; slot: number }[] = [];
  for (const entry of entries) {
    if ('error' in entry) {
      items.push(failed(entry.origin, entry.id, entry.error));
      continue;
    }
    const duplicate = await store.findDuplicate(entry.doc);
    if (duplicate) {
      items.push({ origin: entry.origin, id: entry.doc.id, status: 'duplicate', documentId: duplicate.documentId });
      continue;
    }
    await nextTurn();
    let incidents;
    try {
      incidents = extract(entry.doc, { rule }).incidents;
    } catch (e) {
      const err = e as Error;
      items.push({ origin: entry.origin, id: entry.doc.id, status: 'failed', error: { code: 'INTERNAL', message: `extraction failed: ${err.message}` } });
      continue;
    }
    toStore.push({ item: { doc: entry.doc, incidents }, slot: items.length });
    items.push(null);
  }
  const outcomes = await store.ingest(toStore.map((s) => s.item), { rule });
  outcomes.forEach((o, k) => {
    const { item, slot } = toStore[k];
    const origin = entries[slot].origin;
    if (o.status === 'added') items[slot] = { origin, id: item.doc.id, status: 'added', documentId: o.documentId, created: o.created, merged: o.merged };
    else if (o.status === 'duplicate') items[slot] = { origin, id: item.doc.id, status: 'duplicate', documentId: o.documentId };
    else items[slot] = failed(origin, item.doc.id, o.error);
  });
  const done = items as ResultItem[];
  const summary = { documentsAdded: 0, duplicatesSkipped: 0, errors: 0, incidentsCreated: 0, reportsMerged: 0 };
  for (const item of done) {
    if (item.status === 'added') {
      summary.documentsAdded++;
      summary.incidentsCreated += item.created?.length ?? 0;
      summary.reportsMerged += item.merged?.length ?? 0;
    } else if (item.status === 'duplicate') summary.duplicatesSkipped++;
    else summary.errors++;
  }
  return { summary, items: done };
}
