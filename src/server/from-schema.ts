// TypeScript types derived from the JSON Schema consts in schemas.ts, so each shape is written once: the same
// object validates requests, serialises responses, documents the API (OpenAPI) and types the handlers and the
// web client. Covers the subset of JSON Schema our schemas use: type (one or a list), properties/required,
// items, enum, const, anyOf/oneOf, and {} for "any JSON value".

type Primitive<T> = T extends 'string' ? string : T extends 'number' | 'integer' ? number : T extends 'boolean' ? boolean : T extends 'null' ? null : never;

type RequiredKeys<S> = S extends { required: readonly (infer R)[] } ? R : never;

/** Flattens an intersection so editors show one object type. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

type ObjectOf<S> = S extends { properties: infer P }
  ? Flat<
      { -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]: FromSchema<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: FromSchema<P[K]>;
      }
    >
  : Record<string, unknown>;

type OfType<S, T> = T extends 'object' ? ObjectOf<S> : T extends 'array' ? (S extends { items: infer I } ? FromSchema<I>[] : unknown[]) : Primitive<T>;

export type FromSchema<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { anyOf: readonly (infer A)[] }
      ? FromSchema<A>
      : S extends { oneOf: readonly (infer A)[] }
        ? FromSchema<A>
        : S extends { type: readonly (infer T)[] }
          ? OfType<S, T>
          : S extends { type: infer T }
            ? OfType<S, T>
            : unknown;
