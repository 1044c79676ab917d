// Every error leaves the API as JSON `{error: {code, message, field?}}` with a fitting status: SitrepErrors by
// their code, Fastify's own errors (validation, body too large, bad JSON) by theirs, anything else as a 500
// whose details go to the server log only, never to the client (no stack traces, no SQL).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, SitrepError, isSitrepError } from '../core/errors.js';

/** Codes the API adds to the project's SitrepError codes. */
export type ApiErrorCode = ErrorCode | 'RATE_LIMITED' | 'UNSUPPORTED_MEDIA_TYPE' | 'INTERNAL';

const STATUS: Record<ApiErrorCode, number> = {
  BAD_ARGUMENT: 400,
  UNREADABLE_FILE: 400,
  BAD_JSON: 400,
  BAD_DOCUMENT: 400,
  NOT_TEXT: 400,
  BAD_URL: 400,
  FORBIDDEN_ADDRESS: 400,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FETCH_FAILED: 502,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  STORE_FAILED: 500,
  INTERNAL: 500,
};

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; field?: string };
}

/** An error the API answers with as it is (a status, a code, a message naming the field). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
    /** Headers the answer carries (Retry-After for 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(field ? `${field}: ${message}` : message);
  }
}

// CLI-style subjects some shared validators use ("--event-type"), as the API's query fields.
const FLAG_FIELDS: Record<string, string> = { '--event-type': 'eventType' };

// Codes whose subject is a request field (for the others it names a thing: "incident 12").
const FIELD_CODES = new Set<ErrorCode>(['BAD_ARGUMENT', 'BAD_JSON', 'BAD_DOCUMENT', 'BAD_URL', 'NOT_TEXT', 'TOO_LARGE']);

/** The body for a SitrepError: its subject, written the way the API spells it, leads the message (and is the field when it is one). */
export function sitrepErrorBody(e: SitrepError): { status: number; body: ApiErrorBody } {
  const subject = e.subject;
  const bare = subject && e.message.startsWith(`${subject}: `) ? e.message.slice(subject.length + 2) : e.message;
  const named = subject === undefined ? undefined : FLAG_FIELDS[subject] ?? subject.replace(/^--/, '');
  const field = named !== undefined && FIELD_CODES.has(e.code) ? named : undefined;
  return { status: STATUS[e.code] ?? 400, body: { error: { code: e.code, message: named ? `${named}: ${bare}` : bare, ...(field ? { field } : {}) } } };
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The field an Ajv issue is about: "limit", "location.lat", "actors[0].role", or a missing/extra property. */
function issueField(issue: AjvIssue): string {
  const parts = issue.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = issue.params.missingProperty ?? issue.params.additionalProperty;
  if (typeof extra === 'string') parts.push(extra);
  return parts.reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
}

function validationBody(issues: AjvIssue[], context: string | undefined): ApiErrorBody {
  const issue = issues[0];
  const field = issueField(issue) || context || 'body';
  let message = issue.message ?? 'is not valid';
  if (issue.keyword === 'additionalProperties') message = 'is not a known field';
  else if (issue.keyword === 'required') message = 'is required';
  else if (issue.keyword === 'enum') message = `must be one of ${(issue.params.allowedValues as unknown[]).join(', ')}`;
  return { error: { code: 'BAD_ARGUMENT', message: `${field}: ${message}`, field } };
}

/** Fastify's own error codes that are the client's fault, with our code for each. */
const FASTIFY_CODES: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_ARGUMENT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
};

export function toErrorReply(error: FastifyError | Error, request: FastifyRequest): { status: number; body: ApiErrorBody } {
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } } };
  }
  if (isSitrepError(error)) {
    if (error.code !== 'STORE_FAILED') return sitrepErrorBody(error);
    // A database failure's message holds the ledger's path or host and the driver's words: for the log only.
    request.log.error({ err: error }, 'the store failed');
    return { status: 500, body: { error: { code: 'STORE_FAILED', message: 'the ledger database failed to answer; the error is in the server log' } } };
  }
  const fe = error as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
  if (fe.validation && fe.validation.length > 0) return { status: 400, body: validationBody(fe.validation, fe.validationContext) };
  const code = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (code) return { status: fe.statusCode ?? STATUS[code], body: { error: { code, message: fe.message } } };
  // JSON.parse errors from the body parser carry a 400 status and a SyntaxError message.
  if (fe instanceof SyntaxError || (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500)) {
    const status = fe.statusCode ?? 400;
    return { status, body: { error: { code: status === 413 ? 'TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_ARGUMENT', message: fe.message } } };
  }
  request.log.error({ err: error }, 'request failed');
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'the server failed to answer this request; the error is in its log' } } };
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorReply(error, request);
    if (error instanceof HttpError) for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    if (status === 401) reply.header('www-authenticate', 'Bearer realm="sitrep"');
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).type('application/json; charset=utf-8').send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` } });
  });
}

export const notFound = (what: string): SitrepError => new SitrepError('NOT_FOUND', 'does not exist', what);

/**
 * For actions that take no body (confirm, restore): a body with anything in it is refused rather than ignored,
 * since a client sending fields expects them to mean something.
 */
export async function refuseBody(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  const what = typeof body === 'object' && !Array.isArray(body) ? `fields ${Object.keys(body).map((k) => `"${k}"`).join(', ')}` : `a JSON ${Array.isArray(body) ? 'array' : typeof body}`;
  throw new SitrepError('BAD_ARGUMENT', `this action takes no body, got ${what}`, 'body');
}
