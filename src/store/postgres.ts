// PostgreSQL adapter (pg Pool): the same programs as SQLite, run asynchronously on one pooled client per
// transaction. `?` placeholders become `$1..$n` once per SQL text, and each text is a named prepared statement
// (prepared once per connection). Writers that could open or join the same incident serialise on
// transaction-scoped advisory locks, taken in sorted order so that two writers never deadlock.
import pg from 'pg';
import { SitrepError } from '../core/errors.js';
import { type Backend, type Effect, type Program, type Query, runAsync, storeFailure } from './program.js';
import { MIGRATIONS, MIGRATIONS_TABLE, migrationSql } from './schema.js';

export interface PostgresOptions {
  /** Schema to create (if missing) and use through search_path; default: the server's search_path. */
  schema?: string;
  /** Most connections this process opens (default 4). */
  maxConnections?: number;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

// Statement texts prepared by name on each connection (combined writes vary with a document's rows).
const MAX_NAMED_STATEMENTS = 1000;

// Combined writes stay well under the protocol's 65,535 parameters per statement.
const MAX_COMBINED_PARAMS = 20_000;

/** Writes split into groups that each fit one statement. */
function writeGroups(queries: Query[]): Query[][] {
  const groups: Query[][] = [];
  let size = Infinity;
  for (const q of queries) {
    if (size + q.params.length > MAX_COMBINED_PARAMS) groups.push([]), (size = 0);
    groups[groups.length - 1].push(q);
    size += q.params.length;
  }
  return groups;
}

/**
 * Statements as one: every one but the last a data-modifying WITH clause. All run on one snapshot, which is why
 * a Writes effect's statements must touch different rows; foreign keys are checked at the end of the statement.
 */
const combined = (group: Query[]): string =>
  `WITH ${group.slice(0, -1).map((q, i) => `w${i} AS (${q.sql})`).join(', ')} ${group[group.length - 1].sql}`;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PostgresBackend implements Backend {
  readonly dialect = 'postgres' as const;
  readonly location: string;
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  private readonly texts = new Map<string, { text: string; name: string }>();

  constructor(url: string, options: PostgresOptions = {}) {
    this.location = redactUrl(url);
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new SitrepError('BAD_ARGUMENT', 'must be lowercase letters, digits and _', `schema "${options.schema}"`);
    }
    this.schema = options.schema;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 4,
      options: options.schema ? `-c search_path=${options.schema}` : undefined,
      connectionTimeoutMillis: 15_000,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (e) {
      throw new SitrepError('STORE_FAILED', `cannot connect to PostgreSQL (${(e as Error).message})`, this.location);
    }
  }

  /** Applies missing migrations in one transaction, serialised across processes by an advisory lock. */
  async migrate(): Promise<number> {
    const client = await this.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('sitrep:migrate'))`);
      if (this.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(MIGRATIONS_TABLE);
      const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      let n = 0;
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        for (const sql of migrationSql(m, 'postgres')) await client.query(sql);
        if (m.fill) await runAsync(m.fill(), this.executor(client));
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        n++;
      }
      await client.query('COMMIT');
      return n;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw storeFailure(e, this.location);
    } finally {
      client.release();
    }
  }

  /** `?` → `$n`. */
  private numbered(sql: string): string {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  }

  /** `?` → `$n`, and a stable statement name, per SQL text. */
  private prepared(sql: string): { text: string; name?: string } {
    let p = this.texts.get(sql);
    if (!p) {
      // Every connection keeps each named statement it prepared: past a bound, further texts run unnamed.
      if (this.texts.size >= MAX_NAMED_STATEMENTS) return { text: this.numbered(sql) };
      p = { text: this.numbered(sql), name: `sitrep_${this.texts.size}` };
      this.texts.set(sql, p);
    }
    return p;
  }

  /** Runs effects on one client. */
  executor(client: pg.PoolClient) {
    const query = async (q: Query): Promise<unknown> => {
      const { text, name } = this.prepared(q.sql);
      const result = await client.query({ text, name, values: q.params });
      if (q.mode === 'all') return result.rows;
      if (q.mode === 'get') return result.rows[0];
      return result.rowCount ?? 0;
    };
    return async (effect: Effect): Promise<unknown> => {
      switch (effect.kind) {
        case 'query':
          return query(effect);
        case 'writes':
          for (const group of writeGroups(effect.queries)) {
            if (group.length === 1) await query(group[0]);
            else await client.query({ ...this.prepared(combined(group)), values: group.flatMap((q) => q.params) });
          }
          return undefined;
        case 'ids': {
          const { rows } = await client.query<{ id: number }>({
            ...this.prepared(`SELECT CAST(nextval(pg_get_serial_sequence(?, 'id')) AS INTEGER) AS id FROM generate_series(1, ?)`),
            values: [effect.table, effect.count],
          });
          return rows.map((r) => r.id).sort((a, b) => a - b);
        }
        case 'lock':
          // Keys come sorted (program.ts lock), and unnest yields them in order: writers lock in one order, so never deadlock.
          await client.query({ ...this.prepared('SELECT pg_advisory_xact_lock(hashtext(key)) FROM unnest(CAST(? AS TEXT[])) AS key'), values: [effect.keys] });
          return undefined;
      }
    };
  }

  /** Runs `fn` inside BEGIN … COMMIT on one client (ROLLBACK on error). */
  async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.connect();
    try {
      await client.query(begin);
      const value = await fn(client);
      await client.query('COMMIT');
      return value;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw storeFailure(e, this.location);
    } finally {
      client.release();
    }
  }

  async write<T>(program: () => Program<T>, locks: string[] = []): Promise<T> {
    return this.transaction(async (client) => {
      const exec = this.executor(client);
      if (locks.length > 0) await exec({ kind: 'lock', keys: [...new Set(locks)].sort() });
      return runAsync(program(), exec);
    });
  }

  async writeEach<T>(programs: (() => Program<T>)[], locks: string[] = []): Promise<({ ok: true; value: T } | { ok: false; error: unknown })[]> {
    return this.transaction(async (client) => {
      const exec = this.executor(client);
      if (locks.length > 0) await exec({ kind: 'lock', keys: [...new Set(locks)].sort() });
      const out: ({ ok: true; value: T } | { ok: false; error: unknown })[] = [];
      for (const p of programs) {
        await client.query('SAVEPOINT item');
        try {
          const value = await runAsync(p(), exec);
          await client.query('RELEASE SAVEPOINT item');
          out.push({ ok: true, value });
        } catch (error) {
          await client.query('ROLLBACK TO SAVEPOINT item');
          out.push({ ok: false, error });
        }
      }
      return out;
    });
  }

  async read<T>(program: () => Program<T>): Promise<T> {
    return this.transaction((client) => runAsync(program(), this.executor(client)), 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
