// Claims: an analyst may discount a claim (with a reason) so that it no longer counts in the tolls, and restore it.
import type { FastifyInstance } from 'fastify';
import { refuseBody } from '../errors.js';
import { type DiscountBodyT, type IdParamsT, DiscountBody, IdParams, Incident } from '../schemas.js';

export async function claimRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Params: IdParamsT; Body: DiscountBodyT }>('/api/claims/:id/discount', {
    schema: { params: IdParams, body: DiscountBody, response: { 200: Incident } },
    config: { access: 'analyst', summary: 'Discount a claim with a reason; answers with its incident, tolls recomputed' },
  }, async (request) => app.store.discountClaim(request.params.id, request.body.reason, request.analyst as string));

  app.post<{ Params: IdParamsT }>('/api/claims/:id/restore', {
    schema: { params: IdParams, response: { 200: Incident } },
    config: { access: 'analyst', summary: 'Count a discounted claim again; answers with its incident' },
    preValidation: refuseBody,
  }, async (request) => app.store.restoreClaim(request.params.id, request.analyst as string));
}
