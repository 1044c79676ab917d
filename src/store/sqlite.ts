// SQLite adapter (better-sqlite3): synchronous, statements prepared once and cached by their SQL, every write a
// `db.transaction(fn)` begun IMMEDIATE (take the write lock up front, so two processes never deadlock on an
// upgrade), WAL so readers never wait for the writer.
import Database from 'better-sqlite3';
import { SitrepError } from '../core/errors.js';
import { type Backend, type Effect, type Program, type Query, runSync, storeFailure } from './program.js';
import { MIGRATIONS, MIGRATIONS_TABLE, migrationSql } from './schema.js';

// Statements with variable IN lists or row counts are cached too; this bounds the cache.
const MAX_CACHED_STATEMENTS = 2000;

export interface SqliteOptions {
  /**
   * Bytes of the database file to read through a memory map (PRAGMA mmap_size; SQLite caps it at 2 GiB), so a
   * page the OS has cached is read without a system call and a copy. For long-lived readers such as the server:
   * mapped pages count in the process's resident memory, so a batch ingest keeps the default (none).
   */
  mmapSize?: number;
}

type Row = Record<string, unknown>;

/** A prepared statement and, for one that returns rows, what makes a row object of its values (rows are read as arrays). */
interface Prepared {
  stmt: Database.Statement;
  rowOf: ((values: unknown[]) => Row) | null;
}

/**
 * Row objects for a statement's columns: one object literal with the column names as keys (quoted by
 * JSON.stringify), compiled once per statement. better-sqlite3 builds the same objects by setting each property
 * through the V8 API, which cost two to three times as much as reading the row as an array; and objects given more
 * than a dozen properties one key at a time become dictionaries, slow to build and to read. A literal has one fixed
 * shape. Wide reads are where this counts: a listed page is 300 rows of incidents, claims, actors and reports.
 */
function rowBuilder(columns: string[]): (values: unknown[]) => Row {
  return new Function('v', `return { ${columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(', ')} };`) as (values: unknown[]) => Row;
}

export class SqliteBackend implements Backend {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Prepared>();

  constructor(path: string, options: SqliteOptions = {}) {
    this.location = path;
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      // NORMAL with WAL: a crash never corrupts or half-applies a transaction; only the last commits before a power loss may be lost.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 15000');
      this.db.pragma('foreign_keys = ON');
      // A larger page cache keeps the random-order unique indexes (content hash, canonical URL) in memory at scale.
      this.db.pragma('cache_size = -131072');
      this.db.pragma('temp_store = MEMORY');
      // Checkpoint less often: pages written by many batches in a row reach the database file once.
      this.db.pragma('wal_autocheckpoint = 10000');
      if (options.mmapSize) this.db.pragma(`mmap_size = ${Math.max(0, Math.floor(options.mmapSize))}`);
    } catch (e) {
      throw new SitrepError('STORE_FAILED', `cannot open the SQLite database (${(e as Error).message})`, path);
    }
  }

  /** Applies the migrations this database lacks, in one IMMEDIATE transaction; returns how many. */
  migrate(): number {
    try {
      return this.applyMigrations();
    } catch (e) {
      throw storeFailure(e, this.location);
    }
  }

  private applyMigrations(): number {
    this.db.exec(MIGRATIONS_TABLE);
    return this.db
      .transaction(() => {
        const applied = new Set((this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]));
        let n = 0;
        for (const m of MIGRATIONS) {
          if (applied.has(m.version)) continue;
          for (const sql of migrationSql(m, 'sqlite')) this.db.exec(sql);
          if (m.fill) runSync(m.fill(), this.effects);
          this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
          n++;
        }
        return n;
      })
      .immediate();
  }

  private statement(sql: string): Prepared {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      const stmt = this.db.prepare(sql);
      prepared = stmt.reader ? { stmt: stmt.raw(true), rowOf: rowBuilder(stmt.columns().map((c) => c.name)) } : { stmt, rowOf: null };
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private readonly exec = (q: Query): unknown => {
    const { stmt, rowOf } = this.statement(q.sql);
    if (q.mode === 'run') return stmt.run(...q.params).changes;
    if (rowOf === null) throw new SitrepError('STORE_FAILED', 'the statement returns no rows', q.sql);
    if (q.mode === 'get') {
      const values = stmt.get(...q.params) as unknown[] | undefined;
      return values === undefined ? undefined : rowOf(values);
    }
    return (stmt.all(...q.params) as unknown[][]).map(rowOf);
  };

  // Locks are no-ops (one writer); writes run one by one; new ids count on from the largest, which is safe
  // because the transaction holds the only write lock and a program has used its ids before the next one takes any.
  private readonly effects = (effect: Effect): unknown => {
    switch (effect.kind) {
      case 'query':
        return this.exec(effect);
      case 'writes':
        for (const q of effect.queries) this.exec(q);
        return undefined;
      case 'ids': {
        const top = (this.db.prepare(`SELECT COALESCE(MAX(id), 0) AS top FROM ${effect.table}`).get() as { top: number }).top;
        return Array.from({ length: effect.count }, (_, i) => top + 1 + i);
      }
      case 'lock':
        return undefined;
    }
  };

  async write<T>(program: () => Program<T>): Promise<T> {
    try {
      return this.db.transaction(() => runSync(program(), this.effects)).immediate();
    } catch (e) {
      throw storeFailure(e, this.location);
    }
  }

  async writeEach<T>(programs: (() => Program<T>)[]): Promise<({ ok: true; value: T } | { ok: false; error: unknown })[]> {
    // A transaction function called inside another runs as a SAVEPOINT: its failure undoes only its own writes.
    const one = this.db.transaction((p: () => Program<T>) => runSync(p(), this.effects));
    try {
      return this.db
        .transaction(() =>
          programs.map((p) => {
            try {
              return { ok: true as const, value: one(p) };
            } catch (error) {
              return { ok: false as const, error };
            }
          }),
        )
        .immediate();
    } catch (e) {
      throw storeFailure(e, this.location);
    }
  }

  async read<T>(program: () => Program<T>): Promise<T> {
    try {
      return this.db.transaction(() => runSync(program(), this.effects)).deferred();
    } catch (e) {
      throw storeFailure(e, this.location);
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** The query plan of a statement (tests check the merge lookup uses its indexes). */
  explain(sql: string, params: unknown[]): string[] {
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  }

  /** Runs a statement outside the ledger logic (tests, maintenance). */
  rawExec(sql: string): void {
    this.db.exec(sql);
  }
}
