// PostgreSQL for tests: runs only when SITREP_TEST_PG holds a connection URL; each test gets its own schema,
// dropped when the file's tests end.
import { after } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { tickingClock } from './store-suite.js';

export const PG_URL = process.env.SITREP_TEST_PG;
export const PG_SKIP = PG_URL ? false : 'PostgreSQL tests skipped: set SITREP_TEST_PG=postgres://user:pass@host:5432/db to run them';

const schemas: string[] = [];
let n = 0;

/** A fresh schema name, dropped after the file's tests. */
export function freshSchema(tag: string): string {
  const name = `sitrep_test_${tag}_${process.pid}_${n++}`;
  schemas.push(name);
  return name;
}

export const openFreshPg = (schema = freshSchema('store')) => openStore(PG_URL, { schema, now: tickingClock() });

if (PG_URL) {
  after(async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await client.end();
  });
}
