// The store suite on SQLite (a fresh database file per test), plus what only SQLite can show: query plans.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.js';
import type { SqliteBackend } from '../../src/store/sqlite.js';
import { storeSuite, tickingClock } from './store-suite.js';
import { marketStrike } from './texts.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => openStore(join(dir, `t${n++}.db`), { now: tickingClock() });

storeSuite('sqlite', fresh);

describe('store (sqlite only)', () => {
  it('finds merge candidates through the cell and country indexes, never a table scan', async () => {
    const store = await fresh();
    try {
      const backend = store.backend as SqliteBackend;
      const base = 'SELECT id FROM incidents WHERE merged_into IS NULL AND date_start >= ? AND date_start <= ? AND date_end >= ?';
      const window = ['2024-01-01', '2024-01-03', '2024-01-01'];
      const plans = [
        backend.explain(`${base} AND cell IN (?, ?, ?)`, [...window, 1, 2, 3]),
        backend.explain(`${base} AND country_code = ? AND loc_level = 4`, [...window, 'SY']),
        backend.explain(`${base} AND country_code = ? AND admin1 = ? AND loc_level = 3`, [...window, 'SY', 'Aleppo']),
        backend.explain(`${base} AND country_code = ? AND admin1 = ? AND loc_level IN (0, 1, 2, 3, 4)`, [...window, 'SY', 'Aleppo']),
      ];
      for (const plan of plans) {
        assert.ok(plan.some((d) => /USING INDEX incidents_(cell|level|admin1)/.test(d)), plan.join(' | '));
        assert.ok(!plan.some((d) => /^SCAN incidents\b/.test(d)), plan.join(' | '));
      }
    } finally {
      await store.close();
    }
  });

  it('answers a text search from the FTS5 index', async () => {
    const store = await fresh();
    try {
      const plan = (store.backend as SqliteBackend).explain('SELECT id FROM incidents WHERE id IN (SELECT rowid FROM incident_words WHERE incident_words MATCH ?)', ['"aleppo"*']);
      assert.ok(plan.some((d) => /VIRTUAL TABLE INDEX/.test(d)), plan.join(' | '));
    } finally {
      await store.close();
    }
  });

  it('fills the search text of incidents stored before the search migration', async () => {
    const path = join(dir, 'before-search.db');
    const old = await openStore(path);
    await old.ingest([marketStrike.levant]);
    // Back to a ledger at migration 2: no search table, no record of migration 3.
    (old.backend as SqliteBackend).rawExec('DROP TABLE incident_words; DROP TABLE incident_text; DELETE FROM schema_migrations WHERE version = 3');
    await old.close();
    const store = await openStore(path);
    try {
      assert.equal((await store.listIncidents({ q: 'observatory' })).incidents.length, 1);
      assert.equal((await store.listIncidents({ actor: 'russia' })).incidents.length, 1);
    } finally {
      await store.close();
    }
  });

  it('fills the document addresses of a ledger stored before migration 8', async () => {
    const path = join(dir, 'before-addresses.db');
    const old = await openStore(path);
    const [stored] = await old.ingest([marketStrike.levant]);
    (old.backend as SqliteBackend).rawExec('DROP TABLE document_urls; DELETE FROM schema_migrations WHERE version = 8');
    await old.close();
    const store = await openStore(path);
    try {
      const touchedUp = { ...marketStrike.levant.doc, text: 'Touched up.' };
      assert.deepEqual(await store.findDuplicate(touchedUp), { documentId: stored.status === 'added' ? stored.documentId : -1, by: 'url' });
    } finally {
      await store.close();
    }
  });

  it('applies migrations once: reopening a database adds nothing', async () => {
    const path = join(dir, 'reopen.db');
    const first = await openStore(path);
    const migrated = (first.backend as SqliteBackend).migrate();
    await first.close();
    const second = await openStore(path);
    assert.equal(migrated, 0);
    assert.equal((second.backend as SqliteBackend).migrate(), 0);
    await second.close();
  });
});
