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

export type Effect = Query | Lock;
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

/** "?, ?, ?" for an IN list or a VALUES row. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** One multi-row INSERT for `rows` (all with `columns.length` values); returns nothing. */
export function* insertRows(table: string, columns: readonly string[], rows: SqlValue[][]): Program<void> {
  // Chunks keep each statement under both engines' parameter limits and the statement cache small.
  const chunk = Math.max(1, Math.floor(900 / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const row = `(${marks(columns.length)})`;
    yield* run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => row).join(', ')}`, ...part.flat());
  }
}

export type SyncExecutor = (query: Query) => unknown;
export type AsyncExecutor = (effect: Effect) => Promise<unknown>;

/** Runs a program to its end with a synchronous executor (locks are no-ops). */
export function runSync<T>(program: Program<T>, exec: SyncExecutor): T {
  let step = program.next();
  while (!step.done) {
    const effect = step.value;
    step = program.next(effect.kind === 'query' ? exec(effect) : undefined);
  }
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
