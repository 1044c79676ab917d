// Who may call what. Each route says its access in `config.access`: "public" (the web app's files, the
// OpenAPI document), "read" (open unless the server runs with private reads) or "analyst" (a bearer token
// made with `sitrep token create`; the token's name goes to the audit log). Writes are rate-limited per
// client address and per token; failed sign-ins count against the address.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../store/types.js';
import { HttpError } from './errors.js';
import { type RateLimit, TokenBuckets } from './rate-limit.js';
import { bearerSecret, tokenFor } from './tokens.js';

export type Access = 'public' | 'read' | 'analyst';
export type ReadAccess = 'open' | 'private';

// Query parameters people use to pass tokens; refused so that a token never sits in a URL (and in logs, history, Referer).
const TOKEN_PARAMS = ['token', 'access_token', 'api_key', 'apikey', 'key'];

const unauthorized = (message: string) => new HttpError(401, 'UNAUTHORIZED', message);

function limited(seconds: number, what: string): HttpError {
  return new HttpError(429, 'RATE_LIMITED', `too many requests from this ${what}; try again in ${seconds} s`, undefined, { 'retry-after': String(seconds) });
}

export function registerAccess(app: FastifyInstance, options: { store: Store; readAccess: ReadAccess; rateLimit: RateLimit }): void {
  const byAddress = new TokenBuckets(options.rateLimit);
  const byToken = new TokenBuckets(options.rateLimit);

  /** The token's name, or a 401; every miss costs the client address a request. */
  async function analyst(request: FastifyRequest): Promise<string> {
    const secret = bearerSecret(request.headers.authorization);
    const token = secret ? await tokenFor(options.store, secret) : null;
    if (token) return token.name;
    const wait = byAddress.take(`miss:${request.ip}`);
    if (wait > 0) throw limited(wait, 'address');
    throw unauthorized(secret ? 'the bearer token is not valid (unknown or revoked)' : 'this needs an "Authorization: Bearer <token>" header (make one with `sitrep token create`)');
  }

  app.decorateRequest('analyst', null);
  app.addHook('onRequest', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (query && typeof query === 'object') {
      const param = TOKEN_PARAMS.find((p) => p in query);
      if (param) throw new HttpError(400, 'BAD_ARGUMENT', 'tokens go in the Authorization header, never in a URL', param);
    }
    const access: Access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    if (access === 'read') {
      if (options.readAccess === 'private') request.analyst = await analyst(request);
      return;
    }
    const wait = byAddress.take(`write:${request.ip}`);
    if (wait > 0) throw limited(wait, 'address');
    request.analyst = await analyst(request);
    const tokenWait = byToken.take(request.analyst);
    if (tokenWait > 0) throw limited(tokenWait, 'token');
  });
}
