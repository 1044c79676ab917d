// Listing by map box and by country on the indexes of migration 5 (a 1° grid walked cell by cell, and country
// with id): the pages are exactly what filtering every incident would give, in id order, on both engines.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Incident, IncidentLocation } from '../core/types.js';
import { PG_SKIP, PG_URL, freshSchema } from '../../test/ledger/pg.js';
import { openStore } from './index.js';
import { gridCellsOf, gridOf } from './rows.js';
import type { SqliteBackend } from './sqlite.js';
import type { IncidentFilter, Store } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-list-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Place = Omit<IncidentLocation, 'mention'>;
const place = (name: string, countryCode: string, lat: number, lon: number, precision: IncidentLocation['precision'] = 'exact'): Place =>
  ({ name, admin1: null, country: countryCode, countryCode, lat, lon, precision });

// Places on both sides of the antimeridian, on cell edges, and a region placed at its centre.
const PLACES: Place[] = [
  place('Aleppo', 'SY', 36.2021, 37.1343),
  place('Azaz', 'SY', 36.5862, 37.0463),
  place('Idlib', 'SY', 35.9306, 36.6339),
  place('Aleppo province', 'SY', 36.25, 37.5, 'admin1'),
  place('Kabul', 'AF', 34.5553, 69.2075),
  place('Taveuni', 'FJ', -16.85, 179.95),
  place('Apia', 'WS', -13.8333, -171.75),
  place('Edge', 'SY', 36.0, 37.0),
];

/** An incident at `p` on `day`, told by a one-sentence document of its own. */
function item(n: number, p: Place, day: string): { doc: { id: string; text: string }; incidents: Incident[] } {
  const text = `Report ${n}: an attack in ${p.name} on ${day}.`;
  return {
    doc: { id: `d${n}`, text },
    incidents: [{
      id: `i${n}`, eventType: 'Violence against civilians', subEventType: 'Attack',
      // Each day-precise incident its own month apart, so none of them merge.
      date: { start: day, end: day, precision: 'day' },
      location: { ...p, mention: null }, actors: [], casualties: { killed: null, injured: null, rule: 'ucdp' }, claims: [], background: false,
    }],
  };
}

const DAYS = ['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10', '2024-05-10'];

async function fill(store: Store): Promise<void> {
  let n = 0;
  const items = DAYS.flatMap((day) => PLACES.map((p) => item(n++, p, day)));
  const outcomes = await store.ingest(items);
  assert.ok(outcomes.every((o) => o.status === 'added' && o.created.length === 1), 'every report opens its own incident');
}

/** Every page of a filter, by the store's own paging. */
async function listAll(store: Store, filter: IncidentFilter, limit: number): Promise<number[]> {
  const ids: number[] = [];
  for (let after = 0; ;) {
    const page = await store.listIncidents(filter, { after, limit });
    ids.push(...page.incidents.map((i) => i.id));
    if (page.next === null) return ids;
    after = page.next;
  }
}

/** What a filter should give: every incident tested one by one. */
async function expected(store: Store, test: (i: { lat: number; lon: number; country: string; date: string }) => boolean): Promise<number[]> {
  const all = await listAll(store, {}, 500);
  const out: number[] = [];
  for (const id of all) {
    const i = await store.getIncident(id);
    if (i?.location && i.date && test({ lat: i.location.lat, lon: i.location.lon, country: i.location.countryCode, date: i.date.start })) out.push(id);
  }
  return out;
}

function suite(open: () => Promise<Awaited<ReturnType<typeof openStore>>>) {
  it('a map box lists exactly the incidents placed inside it, in id order, page by page', async () => {
    const store = await open();
    try {
      await fill(store);
      const box: [number, number, number, number] = [36.5, 35.5, 37.3, 36.6];
      const want = await expected(store, (i) => i.lon >= 36.5 && i.lon <= 37.3 && i.lat >= 35.5 && i.lat <= 36.6);
      assert.equal(want.length, 5 * 4, 'Aleppo, Azaz, Idlib and the edge point, not the region centre east of the box');
      assert.deepEqual(await listAll(store, { bbox: box }, 3), want);
      assert.deepEqual(await listAll(store, { bbox: box }, 100), want);
    } finally {
      await store.close();
    }
  });

  it('a box across the antimeridian lists the places on both sides of it', async () => {
    const store = await open();
    try {
      await fill(store);
      const want = await expected(store, (i) => (i.lon >= 179 || i.lon <= -171) && i.lat >= -17 && i.lat <= -13);
      assert.equal(want.length, 5 * 2);
      assert.deepEqual(await listAll(store, { bbox: [179, -17, -171, -13] }, 4), want);
    } finally {
      await store.close();
    }
  });

  it('a box too large for the grid walk gives the same list by id order', async () => {
    const store = await open();
    try {
      await fill(store);
      const want = await expected(store, (i) => i.lon >= 30 && i.lon <= 70 && i.lat >= 30 && i.lat <= 40);
      assert.equal(want.length, 5 * 6);
      assert.deepEqual(await listAll(store, { bbox: [30, 30, 70, 40] }, 7), want);
    } finally {
      await store.close();
    }
  });

  it('a country list with a date range pages in id order and keeps only the dates that touch the range', async () => {
    const store = await open();
    try {
      await fill(store);
      const want = await expected(store, (i) => i.country === 'SY' && i.date >= '2024-02-01' && i.date <= '2024-03-31');
      assert.equal(want.length, 2 * 5);
      assert.deepEqual(await listAll(store, { countryCode: 'SY', from: '2024-02-01', to: '2024-03-31' }, 3), want);
    } finally {
      await store.close();
    }
  });
}

describe('listing by box and country (SQLite)', () => {
  let n = 0;
  suite(() => openStore(join(dir, `ledger-${n++}.db`)));

  it('migration 5 gives the grid cell to incidents stored before it', async () => {
    const path = join(dir, 'old.db');
    const old = await openStore(path);
    await fill(old);
    // Back to a ledger at migration 4: no grid column, its indexes and its record gone.
    (old.backend as SqliteBackend).rawExec('DROP INDEX incidents_grid; DROP INDEX incidents_country_id; ALTER TABLE incidents DROP COLUMN grid; DELETE FROM schema_migrations WHERE version = 5');
    await old.close();
    const store = await openStore(path);
    try {
      const want = await expected(store, (i) => i.lon >= 69 && i.lon <= 70 && i.lat >= 34 && i.lat <= 35);
      assert.equal(want.length, 5);
      assert.deepEqual(await listAll(store, { bbox: [69, 34, 70, 35] }, 2), want);
    } finally {
      await store.close();
    }
  });
});

describe('listing by box and country (PostgreSQL)', { skip: PG_SKIP }, () => {
  suite(() => openStore(PG_URL, { schema: freshSchema('list') }));
});

describe('the listing grid', () => {
  it('a point falls in one of the cells of any box around it, on both sides of the antimeridian', () => {
    for (const [lat, lon] of [[36.2, 37.1], [-16.85, 179.95], [-13.8, -171.75], [0, 0], [-90, -180], [90, 179.999]]) {
      const box: [number, number, number, number] = [lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5];
      if (box[2] > 180) box[2] -= 360;
      assert.ok(gridCellsOf(box).includes(gridOf(lat, lon)), `${lat},${lon}`);
    }
  });

  it('a box across the antimeridian covers the cells west of it and east of it', () => {
    const cells = gridCellsOf([179.5, 0.2, -179.5, 0.8]);
    assert.deepEqual(cells.sort((a, b) => a - b), [gridOf(0.5, -179.9), gridOf(0.5, 179.9)].sort((a, b) => a - b));
  });
});
