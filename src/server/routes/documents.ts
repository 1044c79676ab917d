// Documents: the stored text with every span the ledger ties to it, per incident: each claim's quote, who the
// claim cites, the actors named, the place. The web app highlights these spans; it never searches the text.
import type { FastifyInstance } from 'fastify';
import type { LedgerIncident, Store, StoredDocument } from '../../store/types.js';
import { notFound } from '../errors.js';
import { type ApiDocumentSpan, type DocumentQueryT, type IdParamsT, DocumentQuery, DocumentWithSpans, IdParams } from '../schemas.js';

/** The incidents with a report from this document: through the store when it can answer, else by a scan. */
async function incidentsOfDocument(store: Store, documentId: number): Promise<LedgerIncident[]> {
  // A store may offer the lookup directly (a report index); the Store interface does not require it yet.
  const direct = (store as Store & { documentIncidents?: (id: number) => Promise<number[]> }).documentIncidents;
  if (typeof direct === 'function') {
    const ids = await direct.call(store, documentId);
    const found = await Promise.all(ids.map((id) => store.getIncident(id)));
    return found.filter((i): i is LedgerIncident => i !== null);
  }
  const out: LedgerIncident[] = [];
  for await (const incident of store.incidents({}, 500)) if (incident.reports.some((r) => r.documentId === documentId)) out.push(incident);
  return out;
}

const inText = (text: string, s: { start: number; end: number }): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;

/** Every span of one incident in one document, in text order. */
export function documentSpans(doc: StoredDocument, incident: LedgerIncident): ApiDocumentSpan[] {
  const spans: ApiDocumentSpan[] = [];
  const add = (kind: ApiDocumentSpan['kind'], s: { start: number; end: number } | null | undefined, label: string, claimId?: number) => {
    if (!s || !inText(doc.text, s)) return;
    spans.push({ kind, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), incidentId: incident.id, ...(claimId !== undefined ? { claimId } : {}), label });
  };
  for (const c of incident.claims) {
    if (c.documentId !== doc.id) continue;
    const figure = c.max === null ? `${c.min}+` : c.max === c.min ? `${c.min}` : `${c.min}–${c.max}`;
    add('claim', c.quote, `${figure} ${c.kind} (${c.qualifier})`, c.id);
    add('source', c.source.mention, `source: ${c.source.name ?? 'unattributed'} (${c.source.kind})`, c.id);
  }
  for (const a of incident.actors) if (a.documentId === doc.id) add('actor', a.mention, `${a.role}: ${a.name}`);
  // A ledger incident's place mention belongs to a document only when the incident has that one report.
  if (incident.location?.mention && incident.reports.length === 1 && incident.reports[0].documentId === doc.id) {
    add('location', incident.location.mention, `place: ${incident.location.name}`);
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

export async function documentRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: IdParamsT; Querystring: DocumentQueryT }>('/api/documents/:id', {
    schema: { params: IdParams, querystring: DocumentQuery, response: { 200: DocumentWithSpans } },
    config: { access: 'read', summary: 'A document\'s text with every span (claim quotes, sources, actors, place) of each incident it reports' },
  }, async (request) => {
    const { id } = request.params;
    const doc = await app.store.getDocument(id);
    if (!doc) throw notFound(`document ${id}`);
    let incidents: LedgerIncident[];
    if (request.query.incident !== undefined) {
      const one = await app.store.getIncident(request.query.incident);
      if (!one || !one.reports.some((r) => r.documentId === id)) throw notFound(`incident ${request.query.incident} of document ${id}`);
      incidents = [one];
    } else incidents = await incidentsOfDocument(app.store, id);
    return { ...doc, incidentIds: incidents.map((i) => i.id), spans: incidents.flatMap((i) => documentSpans(doc, i)) };
  });
}
