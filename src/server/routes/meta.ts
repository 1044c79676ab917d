// About the ledger and the API itself: counts, who a token belongs to, the ACLED taxonomy the review forms
// offer, and the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { RULES } from '../../core/types.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../data/acled-taxonomy.js';
import { INCIDENT_STATUSES } from '../../store/types.js';
import type { ReadAccess } from '../access.js';
import { Session, Stats, Taxonomy } from '../schemas.js';

export interface MetaRouteOptions {
  readAccess: ReadAccess;
  openapi: () => Record<string, unknown>;
}

export async function metaRoutes(app: FastifyInstance, options: MetaRouteOptions): Promise<void> {
  app.get('/api/stats', {
    schema: { response: { 200: Stats } },
    config: { access: 'read', summary: 'How many documents, incidents, reports and claims the ledger holds' },
  }, async () => app.store.stats());

  app.get('/api/session', {
    schema: { response: { 200: Session } },
    config: { access: 'analyst', summary: 'The name of the presented token (the web app\'s sign-in check)' },
  }, async (request) => ({ name: request.analyst as string }));

  const taxonomy = {
    eventTypes: EVENT_TYPES.map((name) => ({ name, subEventTypes: Object.values(SUB_EVENT_TYPES).filter((s) => s.eventType === name).map((s) => s.label) })),
    rules: [...RULES],
    statuses: [...INCIDENT_STATUSES],
    readAccess: options.readAccess,
  };
  app.get('/api/taxonomy', {
    schema: { response: { 200: Taxonomy } },
    config: { access: 'public', summary: 'ACLED event and sub-event types, toll rules and review statuses; whether reading needs a token' },
  }, async () => taxonomy);

  let document: Record<string, unknown> | null = null;
  app.get('/api/openapi.json', {
    config: { access: 'public', summary: 'This document', produces: { 200: { 'application/json': { schema: { type: 'object' } } } } },
  }, async () => (document ??= options.openapi()));
}
