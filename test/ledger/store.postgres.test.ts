// The store suite on PostgreSQL (a fresh schema per test), plus concurrent writers, which only PostgreSQL has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../../src/store/index.js';
import type { Doc } from '../../src/core/types.js';
import type { PostgresBackend } from '../../src/store/postgres.js';
import type { Effect } from '../../src/store/program.js';
import type { IngestItem, IngestOutcome } from '../../src/store/types.js';
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

    // Two writers racing on one text or address: `meanwhile` is stored (and committed) after writer a has looked
    // its documents up and before it inserts any, the window in which both could take a copy for a new document.
    async function race(first: IngestItem | null, item: IngestItem, meanwhile: Doc, later?: Doc) {
      const schema = freshSchema('copies');
      const a = await openStore(PG_URL, { schema });
      const b = await openStore(PG_URL, { schema });
      try {
        const stored = first ? await a.ingest([first]) : [];
        const backend = a.backend as PostgresBackend;
        const session = backend.session.bind(backend);
        let raced: IngestOutcome[] = [];
        backend.session = (client) => {
          const s = session(client);
          const run = s.run;
          return Object.assign(s, {
            run: async (effect: Effect) => {
              // Before a's first insert; b stores no incident, so it takes no country lock a holds.
              if (effect.kind === 'query' && effect.sql.startsWith('INSERT') && raced.length === 0) raced = await b.ingest([{ doc: meanwhile, incidents: [] }]);
              return run(effect);
            },
          });
        };
        const [outcome] = await a.ingest([item]);
        return { stored, raced, outcome, stats: await a.stats(), later: later ? await a.findDuplicate(later) : null };
      } finally {
        await a.close();
        await b.close();
      }
    }

    it('a writer that loses the race for an address takes the document stored there as its original', async () => {
      const other: Doc = { ...marketStrike.levant.doc, id: 'other', text: 'A different story at the same address.' };
      const { raced, outcome, stats } = await race(null, marketStrike.levant, other);
      assert.equal(raced[0].status, 'added');
      assert.deepEqual(outcome, { status: 'duplicate', documentId: raced[0].status === 'added' ? raced[0].documentId : -1, by: 'url' });
      assert.equal(stats.documents, 1);
    });

    it('a writer that loses the race for a text takes the stored copy as its original, and its address stands for it', async () => {
      const elsewhere: Doc = { ...marketStrike.levant.doc, id: 'elsewhere', url: 'https://crescent.example/wire/market' };
      const { raced, outcome, stats, later } = await race(null, marketStrike.levant, elsewhere, { ...marketStrike.levant.doc, text: 'Touched up.' });
      const documentId = raced[0].status === 'added' ? raced[0].documentId : -1;
      assert.deepEqual(outcome, { status: 'duplicate', documentId, by: 'hash' });
      assert.equal(stats.documents, 1);
      assert.deepEqual(later, { documentId, by: 'url' });
    });

    it('a page touched up while its syndicated copy is skipped by another writer is a copy too', async () => {
      // The race the bench's 1,000,000 reports met: a copy by text and its page fetched again, stored at once.
      const { doc } = marketStrike.levant;
      const copy: Doc = { ...doc, id: 'copy', url: 'https://crescent.example/wire/market-strike' };
      const again: Doc = { ...copy, id: 'again', url: `${copy.url}?utm_source=rss`, text: `${doc.text} (Updated.)` };
      const { stored, raced, outcome, stats } = await race(marketStrike.levant, { ...marketStrike.levant, doc: again }, copy);
      const documentId = stored[0].status === 'added' ? stored[0].documentId : -1;
      assert.deepEqual(raced, [{ status: 'duplicate', documentId, by: 'hash' }]);
      assert.deepEqual(outcome, { status: 'duplicate', documentId, by: 'url' });
      assert.equal(stats.documents, 1);
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

    it('fills the document addresses of a ledger stored before migration 8', async () => {
      const schema = freshSchema('addresses');
      const old = await openStore(PG_URL, { schema });
      const [stored] = await old.ingest([marketStrike.levant]);
      await (old.backend as PostgresBackend).pool.query('DROP TABLE document_urls; DELETE FROM schema_migrations WHERE version = 8');
      await old.close();
      const store = await openStore(PG_URL, { schema });
      try {
        const touchedUp = { ...marketStrike.levant.doc, text: 'Touched up.' };
        assert.deepEqual(await store.findDuplicate(touchedUp), { documentId: stored.status === 'added' ? stored.documentId : -1, by: 'url' });
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
