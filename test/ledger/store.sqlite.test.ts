// The store suite on SQLite (a fresh database file per test), plus what only SQLite can show: query plans.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.js';
import type { SqliteBackend } from '../../src/store/sqlite.js';
import { storeSuite, tickingClock } from './store-suite.js';

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
