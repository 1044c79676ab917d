// The store suite on PostgreSQL (a fresh schema per test), plus concurrent writers, which only PostgreSQL has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../../src/store/index.js';
import type { PostgresBackend } from '../../src/store/postgres.js';
import { PG_SKIP, PG_URL, freshSchema, openFreshPg } from './pg.js';
import { storeSuite } from './store-suite.js';
import { kharkiv, marketStrike, mogadishuFollowUps } from './texts.js';

if (PG_SKIP) {
  describe('store (postgres)', { skip: PG_SKIP }, () => {
    it('runs the store suite against PostgreSQL', () => undefined);
  });
  console.log(`# ${PG_SKIP}`);
} else {
  storeSuite('postgres', () => openFreshPg());

  describe('store (postgres only)', () => {
    it('lets two writers report the same events at once and still opens each incident once', async () => {
      const schema = freshSchema('race');
      const a = await openStore(PG_URL, { schema });
      const b = await openStore(PG_URL, { schema });
      try {
        await Promise.all([
          a.ingest([marketStrike.levant]), b.ingest([marketStrike.crescent]),
          a.ingest([mogadishuFollowUps[0]]), b.ingest([mogadishuFollowUps[1]]),
          b.ingest([kharkiv.day]), a.ingest([kharkiv.month]),
        ]);
        const { incidents } = await a.listIncidents();
        assert.deepEqual(incidents.map((i) => i.reports.length).sort(), [2, 2, 2]);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('fills the search text of incidents stored before the search migration', async () => {
      const schema = freshSchema('fill');
      const old = await openStore(PG_URL, { schema });
      await old.ingest([marketStrike.levant]);
      // Back to a ledger at migration 2: no search table, no record of migration 3.
      await (old.backend as PostgresBackend).pool.query('DROP TABLE incident_text; DELETE FROM schema_migrations WHERE version = 3');
      await old.close();
      const store = await openStore(PG_URL, { schema });
      try {
        assert.equal((await store.listIncidents({ q: 'observatory' })).incidents.length, 1);
        assert.equal((await store.listIncidents({ actor: 'russia' })).incidents.length, 1);
      } finally {
        await store.close();
      }
    });

    it('migrates a schema once even when two processes open it together', async () => {
      const schema = freshSchema('migrate');
      const [a, b] = await Promise.all([openStore(PG_URL, { schema }), openStore(PG_URL, { schema })]);
      await a.close();
      await b.close();
    });
  });
}
