// JSON bodies are typed: a value of the wrong JSON type is refused, never coerced. The app's Ajv coerces types
// because query strings and path parameters arrive as text ("?limit=5" is the integer 5), and Ajv applies one
// setting to every part of a request, so without this check {"reason": 12} would be stored as the reason "12"
// and {"reportIds": 5} read as [5]. The check walks the route's own body schema (declared once in schemas.ts)
// before Ajv sees the body, and names the first field whose JSON type is wrong.
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

interface TypedSchema {
  type?: string | readonly string[];
  properties?: Record<string, TypedSchema>;
  items?: TypedSchema;
}

/** The JSON type of a parsed value; integers count as numbers (Ajv itself tells 1.5 from an integer). */
const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'bigint' ? 'number' : typeof v);

const kindOf = (type: string): string => (type === 'integer' ? 'number' : type);

/** The first place where `value` has another JSON type than `schema` declares: its path and the expected types. */
export function typeMismatch(schema: TypedSchema, value: unknown, path = ''): { path: string; expected: string } | null {
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : [...schema.type];
    if (!types.some((t) => kindOf(t) === jsonType(value))) return { path, expected: types.join(' or ') };
  }
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, sub] of Object.entries(schema.properties)) {
      if (!(key in value)) continue;
      const m = typeMismatch(sub, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (m) return m;
    }
  }
  if (schema.items && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const m = typeMismatch(schema.items, value[i], `${path}[${i}]`);
      if (m) return m;
    }
  }
  return null;
}

export function registerStrictBodies(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema?.body as TypedSchema | undefined;
    if (!schema || request.body === undefined) return;
    const m = typeMismatch(schema, request.body);
    if (m) throw new HttpError(400, 'BAD_ARGUMENT', `must be ${m.expected}`, m.path || 'body');
  });
}
