// The audit log: every review action with who made it (the token's name), when, and the incident before and after.
import type { FastifyInstance } from 'fastify';
import { type AuditQueryT, AuditList, AuditQuery } from '../schemas.js';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AuditQueryT }>('/api/audit', {
    schema: { querystring: AuditQuery, response: { 200: AuditList } },
    config: { access: 'read', summary: 'Review actions in the order they were made, optionally of one incident' },
  }, async (request) => {
    const { incident, after, limit = 100 } = request.query;
    const entries = await app.store.auditLog({ incidentId: incident, after, limit });
    return { entries, next: entries.length === limit ? entries[entries.length - 1].id : null };
  });
}
