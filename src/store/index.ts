// Opening the ledger: `openStore()` picks the adapter from a URL (postgres:// or postgresql:// → PostgreSQL,
// anything else a SQLite file path, "sqlite:" prefix optional), falling back to $SITREP_DB, then ./sitrep.db,
// and applies any missing migrations.
import { PostgresBackend, type PostgresOptions } from './postgres.js';
import { SqliteBackend, type SqliteOptions } from './sqlite.js';
import { type Clock, LedgerStore, systemClock } from './store.js';
import type { Store } from './types.js';

export type * from './types.js';
export { LedgerStore } from './store.js';
export { documentKeys } from './documents.js';
export { ledgerCasualties } from './rows.js';

export const DEFAULT_DB = './sitrep.db';

export interface OpenOptions extends PostgresOptions, SqliteOptions {
  /** Where timestamps come from (tests pin it). */
  now?: Clock;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(?:ql)?:\/\//i.test(url);

/** The database a command uses: the flag, else $SITREP_DB, else ./sitrep.db. */
export const resolveDb = (flag?: string): string => flag ?? (process.env.SITREP_DB || DEFAULT_DB);

export async function openStore(url?: string, options: OpenOptions = {}): Promise<LedgerStore & Store> {
  const target = resolveDb(url);
  if (isPostgresUrl(target)) {
    const backend = new PostgresBackend(target, options);
    try {
      await backend.migrate();
    } catch (e) {
      await backend.close().catch(() => undefined);
      throw e;
    }
    return new LedgerStore(backend, options.now ?? systemClock);
  }
  const backend = new SqliteBackend(target.replace(/^sqlite:(?:\/\/)?/i, ''), options);
  backend.migrate();
  return new LedgerStore(backend, options.now ?? systemClock);
}
