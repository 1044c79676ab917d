// The ledger logic is written once, as generator "programs" that yield the SQL they need and receive its
// result. Each adapter runs programs with its own driver: SQLite synchronously inside `db.transaction(fn)`
// (better-sqlite3 must not await inside a transaction), PostgreSQL asynchronously on one pooled client.
// So there is one copy of every rule and query, and no async code inside a SQLite transaction.
//
// SQL is written with `?` placeholders in the common subset of both dialects; the PostgreSQL driver numbers them.

import { SitrepError, isSitrepError } from '../core/errors.js';

export type SqlValue = string | number | null;

/** A database failure (not a SitrepError the ledger logic threw on purpose) as STORE_FAILED naming the store. */
export function storeFailure(e: unknown, location: string): SitrepError {
  if (isSitrepError(e)) return e;
  return new SitrepError('STORE_FAILED', `the database failed: ${(e as Error)?.message ?? String(e)}`, location);
}

export interface Query {
  kind: 'query';
  sql: string;
  params: SqlValue[];
  /** all: every row; get: the first row or undefined; run: the number of changed rows. */
  mode: 'all' | 'get' | 'run';
}

/** Serialise writers on these keys until the transaction ends (PostgreSQL advisory locks; SQLite has one writer). */
export interface Lock {
  kind: 'lock';
  keys: string[];
}

/**
 * Statements whose results the program does not need, each touching rows no other one of them touches: the
 * adapter may send them together (PostgreSQL: one statement, so one round trip), as long as it does so before
 * the program's next effect.
 */
export interface Writes {
  kind: 'writes';
  queries: Query[];
}

/** Tables whose ids a program takes before inserting, so that their children can be written in the same statement. */
export type IdTable = 'incidents' | 'reports';

/** Fresh ids for `count` rows of `table` (a PostgreSQL sequence; SQLite, the one writer, counts on from the largest). */
export interface Ids {
  kind: 'ids';
  table: IdTable;
  count: number;
}

export type Effect = Query | Lock | Writes | Ids;
export type Program<T> = Generator<Effect, T, unknown>;
export type Row = Record<string, unknown>;

export function* all<R = Row>(sql: string, ...params: SqlValue[]): Program<R[]> {
  return (yield { kind: 'query', sql, params, mode: 'all' }) as R[];
}

export function* get<R = Row>(sql: string, ...params: SqlValue[]): Program<R | undefined> {
  return (yield { kind: 'query', sql, params, mode: 'get' }) as R | undefined;
}

export function* run(sql: string, ...params: SqlValue[]): Program<number> {
  return (yield { kind: 'query', sql, params, mode: 'run' }) as number;
}

export function* lock(keys: string[]): Program<void> {
  if (keys.length > 0) yield { kind: 'lock', keys: [...new Set(keys)].sort() };
}

/** A statement to send with `writeAll`. */
export const statement = (sql: string, ...params: SqlValue[]): Query => ({ kind: 'query', sql, params, mode: 'run' });

/** Sends statements that need no answer and touch different rows, together where the adapter can. */
export function* writeAll(queries: Query[]): Program<void> {
  if (queries.length > 0) yield { kind: 'writes', queries };
}

/** Ids for `count` new rows of `table`, in increasing order; rows inserted with them keep that order. */
export function* newIds(table: IdTable, count: number): Program<number[]> {
  if (count === 0) return [];
  return (yield { kind: 'ids', table, count }) as number[];
}

/** "?, ?, ?" for an IN list or a VALUES row. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

const IN_LIST_SIZES = [1, 4, 16, 64, 256, 512];

/**
 * Values cut into IN lists of a few set lengths, the last value repeated to fill one up: lists of any length
 * then share a few prepared statements instead of one each.
 */
export function inLists<T extends SqlValue>(values: T[]): T[][] {
  const max = IN_LIST_SIZES[IN_LIST_SIZES.length - 1];
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += max) {
    const part = values.slice(i, i + max);
    const size = IN_LIST_SIZES.find((n) => n >= part.length) ?? max;
    out.push([...part, ...Array.from({ length: size - part.length }, () => part[part.length - 1])]);
  }
  return out;
}

/**
 * Multi-row INSERTs for `rows` (all with `columns.length` values), `tail` (ON CONFLICT, RETURNING) after each.
 * Chunks keep each statement under both engines' parameter limits and the statement cache small.
 */
export function rowInserts(table: string, columns: readonly string[], rows: SqlValue[][], tail = ''): Query[] {
  const chunk = Math.max(1, Math.floor(900 / columns.length));
  const row = `(${marks(columns.length)})`;
  const out: Query[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    out.push(statement(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => row).join(', ')}${tail ? ` ${tail}` : ''}`, ...part.flat()));
  }
  return out;
}

/** One multi-row INSERT for `rows` (chunked, see rowInserts); returns nothing. */
export function* insertRows(table: string, columns: readonly string[], rows: SqlValue[][]): Program<void> {
  for (const q of rowInserts(table, columns, rows)) yield* run(q.sql, ...q.params);
}

export type SyncExecutor = (effect: Effect) => unknown;
export type AsyncExecutor = (effect: Effect) => Promise<unknown>;

/** Runs a program to its end with a synchronous executor. */
export function runSync<T>(program: Program<T>, exec: SyncExecutor): T {
  let step = program.next();
  while (!step.done) step = program.next(exec(step.value));
  return step.value;
}

export async function runAsync<T>(program: Program<T>, exec: AsyncExecutor): Promise<T> {
  let step = program.next();
  while (!step.done) step = program.next(await exec(step.value));
  return step.value;
}

/** What every adapter provides to the shared store logic. */
export interface Backend {
  readonly dialect: 'sqlite' | 'postgres';
  readonly location: string;
  /** Runs a program in one write transaction, after taking `locks`. */
  write<T>(program: () => Program<T>, locks?: string[]): Promise<T>;
  /**
   * Runs programs in one transaction, each in a savepoint: a program that throws undoes only its own writes
   * and its error is returned in its place.
   */
  writeEach<T>(programs: (() => Program<T>)[], locks?: string[]): Promise<({ ok: true; value: T } | { ok: false; error: unknown })[]>;
  /** Runs a read-only program on a consistent snapshot. */
  read<T>(program: () => Program<T>): Promise<T>;
  close(): Promise<void>;
}
