// Documents: the stored text with every span the ledger ties to it, per incident: each claim's quote, who the
// claim cites, the actors named, the place as the document named it. The web app highlights these spans; it
// never searches the text. The store answers a document's reports directly (Store.documentIncidents).
import type { FastifyInstance } from 'fastify';
import type { DocumentIncident, StoredDocument } from '../../store/types.js';
import { notFound } from '../errors.js';
import { type ApiDocumentSpan, type DocumentQueryT, type IdParamsT, DocumentQuery, DocumentWithSpans, IdParams } from '../schemas.js';

const inText = (text: string, s: { start: number; end: number }): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;

/** Every span this document gives one incident (its claims, their sources, its actors, its place), in text order. */
export function documentSpans(doc: StoredDocument, incident: DocumentIncident): ApiDocumentSpan[] {
  const spans: ApiDocumentSpan[] = [];
  const add = (kind: ApiDocumentSpan['kind'], s: { start: number; end: number } | null | undefined, label: string, claimId?: number) => {
    if (!s || !inText(doc.text, s)) return;
    spans.push({ kind, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), incidentId: incident.incidentId, ...(claimId !== undefined ? { claimId } : {}), label });
  };
  for (const report of incident.reports) {
    for (const c of report.claims) {
      const figure = c.max === null ? `${c.min}+` : c.max === c.min ? `${c.min}` : `${c.min}–${c.max}`;
      add('claim', c.quote, `${figure} ${c.kind} (${c.qualifier})`, c.id);
      add('source', c.source.mention, `source: ${c.source.name ?? 'unattributed'} (${c.source.kind})`, c.id);
    }
    for (const a of report.actors) add('actor', a.mention, `${a.role}: ${a.name}`);
    // The place as this report named it, wherever the ledger incident is placed now.
    if (report.location) add('location', report.location.mention, `place: ${report.location.name}`);
  }
  // One span per kind and place: two reports of one document may point at the same words.
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.kind}:${s.start}:${s.end}:${s.claimId ?? ''}:${s.label}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

export async function documentRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: IdParamsT; Querystring: DocumentQueryT }>('/api/documents/:id', {
    schema: { params: IdParams, querystring: DocumentQuery, response: { 200: DocumentWithSpans } },
    config: { access: 'read', summary: 'A document\'s text with every span (claim quotes, sources, actors, place) of each incident it reports' },
  }, async (request) => {
    const { id } = request.params;
    const [doc, reported] = await Promise.all([app.store.getDocument(id), app.store.documentIncidents(id)]);
    if (!doc) throw notFound(`document ${id}`);
    let incidents = reported;
    if (request.query.incident !== undefined) {
      incidents = reported.filter((i) => i.incidentId === request.query.incident);
      if (incidents.length === 0) throw notFound(`incident ${request.query.incident} of document ${id}`);
    }
    return { ...doc, incidentIds: incidents.map((i) => i.incidentId), spans: incidents.flatMap((i) => documentSpans(doc, i)) };
  });
}
