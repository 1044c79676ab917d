// The HTTP API and the web app as one Fastify instance. `build` wires it and returns it unstarted (tests call
// app.inject()); server.ts listens. Order matters: security headers first (every answer gets them, errors
// too), then access checks, then the route catalogue (so the OpenAPI document sees every route), then routes,
// one file per resource.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { FetchOptions } from '../ingest/url.js';
import type { Store } from '../store/types.js';
import { type Access, type ReadAccess, registerAccess } from './access.js';
import { registerErrorHandlers } from './errors.js';
import { catalogueRoutes, openApiDocument } from './openapi.js';
import { DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.js';
import { auditRoutes } from './routes/audit.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/export.js';
import { incidentRoutes } from './routes/incidents.js';
import { ingestRoutes } from './routes/ingest.js';
import { metaRoutes } from './routes/meta.js';
import { registerSecurityHeaders } from './security.js';
import { registerStrictBodies } from './strict-body.js';
import { webRoutes } from './static.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
  interface FastifyRequest {
    /** The name of the token the request came with (analyst routes, and reads when reading is private). */
    analyst: string | null;
  }
  interface FastifyContextConfig {
    access?: Access;
    summary?: string;
    description?: string;
    /** An OpenAPI requestBody, for bodies Fastify does not validate by schema (several media types). */
    requestBody?: Record<string, unknown>;
    /** OpenAPI response content for answers that are not JSON (status → media type → {schema}). */
    produces?: Record<string, Record<string, unknown>>;
    /** false keeps the route out of the OpenAPI document. */
    openapi?: boolean;
  }
}

export interface BuildOptions {
  store: Store;
  /** "open" (default): anyone may read; "private": reads need a token too. */
  readAccess?: ReadAccess;
  rateLimit?: RateLimit;
  /** Fastify's logger; off by default. Request logs never include headers (tokens live there). */
  logger?: FastifyServerOptions['logger'];
  /** Largest ingest body, in bytes (default 10 MB). */
  ingestBodyLimit?: number;
  /** Most documents one ingest request may carry (default 500). */
  maxIngestDocuments?: number;
  /** Guards for `POST /api/ingest {url}` fetches (the SSRF guard of src/ingest refuses private addresses by default). */
  fetch?: FetchOptions;
  /** Serve the web app at / (default true). */
  web?: boolean;
  /** Where the compiled web modules are (default: dist/web of this package; from sources they are compiled on request). */
  webDir?: string;
  version?: string;
}

/** The request log: method, path and status only. Headers (and so tokens) are never logged. */
const SERIALIZERS = {
  req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

export async function build(options: BuildOptions): Promise<FastifyInstance> {
  const readAccess = options.readAccess ?? 'open';
  const logger = options.logger === undefined || options.logger === false ? false : options.logger === true ? { serializers: SERIALIZERS } : { ...options.logger, serializers: SERIALIZERS };
  const app = Fastify({
    logger,
    // A query field the schema does not know is an error naming it, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  app.decorate('store', options.store);
  registerSecurityHeaders(app);
  registerErrorHandlers(app);
  registerAccess(app, { store: options.store, readAccess, rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT });
  registerStrictBodies(app);
  const routes = catalogueRoutes(app);

  await app.register(incidentRoutes);
  await app.register(claimRoutes);
  await app.register(documentRoutes);
  await app.register(ingestRoutes, {
    bodyLimit: options.ingestBodyLimit ?? 10 * 1024 * 1024,
    maxDocuments: options.maxIngestDocuments ?? 500,
    fetch: options.fetch ?? {},
  });
  await app.register(exportRoutes);
  await app.register(auditRoutes);
  await app.register(metaRoutes, { readAccess, openapi: () => openApiDocument(routes, { version: options.version ?? '0.1.0', readAccess }) });
  if (options.web !== false) await app.register(webRoutes, { webDir: options.webDir });
  return app;
}
