// Incidents: the filtered, paged list; one incident with its toll history and audit trail; and the review
// actions on an incident (confirm, edit, merge, split). Each review runs one store method under the token's
// name, which writes the audit entry and recomputes the tolls.
import type { FastifyInstance } from 'fastify';
import type { IncidentPatch, LedgerIncident } from '../../store/types.js';
import { notFound, refuseBody } from '../errors.js';
import { incidentListBytes, listPage, planIncidentList } from '../incident-query.js';
import {
  type IdParamsT, type IncidentPatchT, type IncidentQueryT, type MergeBodyT, type SplitBodyT,
  IdParams, Incident, IncidentDetail, IncidentList, IncidentPatch as PatchSchema, IncidentQuery, MergeBody, SplitBody, SplitResult,
} from '../schemas.js';

export async function incidentRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: IncidentQueryT }>('/api/incidents', {
    schema: { querystring: IncidentQuery, response: { 200: IncidentList } },
    config: { access: 'read', summary: 'Incidents matching the filters, in id order, a page at a time' },
  }, async (request, reply) => {
    const page = await listPage(app.store, planIncidentList(request.query));
    // Sent as bytes made with the `Incident` schema (incident-query.ts); `IncidentList` above still describes them.
    const serializeIncident = reply.compileSerializationSchema(Incident) as unknown as (incident: LedgerIncident) => string;
    return reply.type('application/json; charset=utf-8').send(incidentListBytes(page, serializeIncident));
  });

  app.get<{ Params: IdParamsT }>('/api/incidents/:id', {
    schema: { params: IdParams, response: { 200: IncidentDetail } },
    config: { access: 'read', summary: 'One incident with its claims, reports (and their documents), toll history and audit log' },
  }, async (request) => {
    const { id } = request.params;
    const incident = await app.store.getIncident(id);
    if (!incident) throw notFound(`incident ${id}`);
    const [tollHistory, audit] = await Promise.all([app.store.tollHistory(id), app.store.auditLog({ incidentId: id, limit: 1000 })]);
    return { incident, tollHistory, audit };
  });

  app.post<{ Params: IdParamsT }>('/api/incidents/:id/confirm', {
    schema: { params: IdParams, response: { 200: Incident } },
    config: { access: 'analyst', summary: 'Mark the incident as checked by an analyst' },
    preValidation: refuseBody,
  }, async (request) => app.store.confirm(request.params.id, request.analyst as string));

  app.patch<{ Params: IdParamsT; Body: IncidentPatchT }>('/api/incidents/:id', {
    schema: { params: IdParams, body: PatchSchema, response: { 200: Incident } },
    config: { access: 'analyst', summary: 'Edit the event type, date, place, actors or toll rule; the tolls are recomputed' },
  }, async (request) => app.store.edit(request.params.id, request.body as IncidentPatch, request.analyst as string));

  app.post<{ Params: IdParamsT; Body: MergeBodyT }>('/api/incidents/:id/merge', {
    schema: { params: IdParams, body: MergeBody, response: { 200: Incident } },
    config: { access: 'analyst', summary: 'Move every report of incident `from` into this one (`from` is left pointing here)' },
  }, async (request) => app.store.merge(request.params.id, request.body.from, request.analyst as string));

  app.post<{ Params: IdParamsT; Body: SplitBodyT }>('/api/incidents/:id/split', {
    schema: { params: IdParams, body: SplitBody, response: { 200: SplitResult } },
    config: { access: 'analyst', summary: 'Move the chosen reports out of this incident into a new one' },
  }, async (request) => app.store.split(request.params.id, request.body.reportIds, request.analyst as string));
}
