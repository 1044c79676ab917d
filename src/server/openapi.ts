// The OpenAPI 3.1 document, written from the routes as Fastify registers them: each route's own schemas
// (params, querystring, body, response) and its config (access, summary, non-JSON bodies). Shapes listed in
// COMPONENTS are published once under components/schemas and referenced wherever a route uses them, matched
// by identity (the route schema holds the very same const).
import type { FastifyInstance, RouteOptions } from 'fastify';
import { COMPONENTS } from './schemas.js';

type Json = Record<string, unknown>;

export interface CatalogedRoute {
  method: string;
  url: string;
  schema: Json;
  config: Json;
}

/** Records every route (but HEAD twins and routes that opt out) as it is registered. */
export function catalogueRoutes(app: FastifyInstance): CatalogedRoute[] {
  const routes: CatalogedRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as Json;
    if (config.openapi === false) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, schema: (route.schema ?? {}) as Json, config });
    }
  });
  return routes;
}

const COMPONENT_NAMES = new Map<unknown, string>(Object.entries(COMPONENTS).map(([name, schema]) => [schema, name]));
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A copy of `schema` where every component (other than the root itself) becomes a $ref. */
function withRefs(schema: unknown, root = true): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const name = COMPONENT_NAMES.get(schema);
  if (name && !root) return ref(name);
  if (Array.isArray(schema)) return schema.map((s) => withRefs(s, false));
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, withRefs(v, false)]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') out[key] = withRefs(value, false);
    else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') out[key] = (value as unknown[]).map((v) => withRefs(v, false));
    else out[key] = value;
  }
  return out;
}

function parameters(where: 'path' | 'query', schema: unknown): Json[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as { properties?: Json; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop as Json;
    return {
      name,
      in: where,
      required: where === 'path' || (s.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: withRefs(rest, false),
    };
  });
}

const STATUS_TEXT: Record<string, string> = {
  200: 'OK', 201: 'Created', 400: 'Bad request: the error names the field', 401: 'A bearer token is missing or not valid',
  404: 'Not found', 409: 'Conflict with the ledger\'s state', 413: 'Body too large', 429: 'Rate limited (see Retry-After)',
  500: 'Server error (details in the server log only)',
};

function operation(route: CatalogedRoute, readAccess: 'open' | 'private'): Json {
  const { schema, config } = route;
  const responses: Json = {};
  for (const [status, body] of Object.entries((schema.response ?? {}) as Json)) {
    responses[status] = { description: STATUS_TEXT[status] ?? 'Answer', content: { 'application/json': { schema: withRefs(body, false) } } };
  }
  for (const [status, media] of Object.entries((config.produces ?? {}) as Record<string, Record<string, Json>>)) {
    responses[status] = { description: STATUS_TEXT[status] ?? 'Answer', content: media };
  }
  const errors = ['400', '404', '500'];
  if (config.access === 'analyst' || (config.access === 'read' && readAccess === 'private')) errors.push('401');
  if (config.access === 'analyst') errors.push('429');
  if (route.method !== 'GET') errors.push('409', '413');
  for (const status of errors) responses[status] ??= { description: STATUS_TEXT[status], content: { 'application/json': { schema: ref('Error') } } };

  const op: Json = {
    operationId: `${route.method.toLowerCase()}${route.url.replace(/\/:?(\w+)/g, (_, w: string) => w[0].toUpperCase() + w.slice(1)).replace(/\W/g, '')}`,
    ...(config.summary ? { summary: config.summary } : {}),
    ...(config.description ? { description: config.description } : {}),
    tags: [String(route.url.split('/')[2] ?? 'web')],
    parameters: [...parameters('path', schema.params), ...parameters('query', schema.querystring)],
    responses,
  };
  if (config.requestBody) op.requestBody = config.requestBody;
  else if (schema.body) op.requestBody = { required: true, content: { 'application/json': { schema: withRefs(schema.body, false) } } };
  if (config.access === 'analyst') op.security = [{ bearer: [] }];
  else if (config.access === 'read') op.security = readAccess === 'private' ? [{ bearer: [] }] : [{}, { bearer: [] }];
  return op;
}

export function openApiDocument(routes: CatalogedRoute[], info: { version: string; readAccess: 'open' | 'private' }): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    if (!route.url.startsWith('/api/')) continue;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route, info.readAccess);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep incident ledger API',
      version: info.version,
      description: `Incidents, their sourced claims and tolls, the documents they come from, and review actions. Reading is ${info.readAccess === 'open' ? 'open' : 'private (needs a token)'}; writes need a bearer token (sitrep token create). Errors are {"error": {"code", "message", "field"}}.`,
    },
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([name, schema]) => [name, withRefs(schema, true)])),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token made with `sitrep token create --name NAME`' } },
    },
  };
}
