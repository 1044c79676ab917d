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
  private readonly texts = new Map<string, { text: string; name?: string }>();

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
      // A statement is sent without waiting for the answers to those before it (Session sends writes so).
      pipeline: true,
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
        if (m.fill) {
          const session = this.session(client);
          await runAsync(m.fill(), session.run);
          await session.settle();
        }
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

  /** Runs effects on one client; see Session. */
  session(client: pg.PoolClient): Session {
    return new Session(client, (sql) => this.prepared(sql));
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
      const session = this.session(client);
      if (locks.length > 0) await session.run({ kind: 'lock', keys: [...new Set(locks)].sort() });
      const value = await runAsync(program(), session.run);
      await session.settle();
      return value;
    });
  }

  async writeEach<T>(programs: (() => Program<T>)[], locks: string[] = []): Promise<({ ok: true; value: T } | { ok: false; error: unknown })[]> {
    return this.transaction(async (client) => {
      const session = this.session(client);
      if (locks.length > 0) await session.run({ kind: 'lock', keys: [...new Set(locks)].sort() });
      const out: ({ ok: true; value: T } | { ok: false; error: unknown })[] = [];
      for (const p of programs) {
        await client.query('SAVEPOINT item');
        try {
          const value = await runAsync(p(), session.run);
          await session.settle();
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
    return this.transaction((client) => runAsync(program(), this.session(client).run), 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Effects run on one client in a transaction. Writes (a Writes effect) are held back and sent with the next
 * statement, in one packet, without waiting for their answers in between (pg's pipeline mode): a document's
 * writes and the next document's first read share a round trip and a system call. Their answers are checked,
 * in order, before that statement's; a failed write fails it, or `settle`, which a transaction calls last.
 */
class Session {
  private held: pg.QueryConfig[] = [];
  private unanswered: Promise<unknown>[] = [];

  constructor(
    private readonly client: pg.PoolClient,
    private readonly prepared: (sql: string) => { text: string; name?: string },
  ) {}

  readonly run = async (effect: Effect): Promise<unknown> => {
    switch (effect.kind) {
      case 'query': {
        const result = await this.send({ ...this.prepared(effect.sql), values: effect.params });
        if (effect.mode === 'all') return result.rows;
        if (effect.mode === 'get') return result.rows[0];
        return result.rowCount ?? 0;
      }
      case 'writes':
        for (const group of writeGroups(effect.queries)) {
          const sql = group.length === 1 ? group[0].sql : combined(group);
          this.held.push({ ...this.prepared(sql), values: group.flatMap((q) => q.params) });
        }
        return undefined;
      case 'ids': {
        const { rows } = await this.send<{ id: number }>({
          ...this.prepared(`SELECT CAST(nextval(pg_get_serial_sequence(?, 'id')) AS INTEGER) AS id FROM generate_series(1, ?)`),
          values: [effect.table, effect.count],
        });
        return rows.map((r) => r.id).sort((a, b) => a - b);
      }
      case 'lock':
        // Keys come sorted (program.ts lock), and unnest yields them in order: writers lock in one order, so never deadlock.
        await this.send({ ...this.prepared('SELECT pg_advisory_xact_lock(hashtext(key)) FROM unnest(CAST(? AS TEXT[])) AS key'), values: [effect.keys] });
        return undefined;
    }
  };

  /** Sends the held writes and then `query`; its answer once theirs have come (the first failure is thrown). */
  private async send<R extends pg.QueryResultRow>(query: pg.QueryConfig): Promise<pg.QueryResult<R>> {
    const answer = this.sendHeld(query) as Promise<pg.QueryResult<R>>;
    await this.settle();
    return answer;
  }

  /** Waits for the answers to every write so far; throws the first failure. */
  async settle(): Promise<void> {
    if (this.held.length > 0) this.sendHeld();
    const writes = this.unanswered;
    this.unanswered = [];
    for (const w of writes) await w;
  }

  /** Writes the held statements, and `then` when given (its answer is returned), to the socket at once. */
  private sendHeld(then?: pg.QueryConfig): Promise<pg.QueryResult> | undefined {
    // pg corks the socket around each statement's messages; corked around them all, they leave in one write.
    const socket = (this.client as unknown as { connection?: { stream?: { cork?(): void; uncork?(): void } } }).connection?.stream;
    socket?.cork?.();
    try {
      for (const query of this.held) {
        const answer = this.client.query(query);
        answer.catch(() => undefined); // read in settle
        this.unanswered.push(answer);
      }
      this.held = [];
      if (!then) return undefined;
      const answer = this.client.query(then);
      answer.catch(() => undefined); // read in send, after the writes before it
      return answer;
    } finally {
      socket?.uncork?.();
    }
  }
}
