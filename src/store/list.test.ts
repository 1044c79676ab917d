// Listing by map box and by country on the indexes of migrations 5 and 7 (a 1° grid walked cell by cell, country
// with id, and a country's dates by span class): the pages are exactly what filtering every incident would give, in
// id order, on both engines.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Incident, IncidentDate, IncidentLocation } from '../core/types.js';
import { PG_SKIP, PG_URL, freshSchema } from '../../test/ledger/pg.js';
import { openStore } from './index.js';
import { datedPageIds } from './ledger.js';
import { DATE_SPANS, LONGER_SPAN, dateSpanOf, daysBefore, gridCellsOf, gridOf } from './rows.js';
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

/** An incident at `p` on `day` (or over `date`), told by a one-sentence document of its own. */
function item(n: number, p: Place, day: string, date: IncidentDate = { start: day, end: day, precision: 'day' }): { doc: { id: string; text: string }; incidents: Incident[] } {
  const text = `Report ${n}: an attack in ${p.name} on ${day}.`;
  return {
    doc: { id: `d${n}`, text },
    incidents: [{
      id: `i${n}`, eventType: 'Violence against civilians', subEventType: 'Attack',
      // Each day-precise incident its own month apart, so none of them merge.
      date,
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

// Iraqi places far apart, each with incidents lasting a week, a month, a year and longer, so that a date window
// is touched by incidents that started well before it.
const LONG: { place: Place; date: IncidentDate }[] = [
  { place: place('Basra', 'IQ', 30.5085, 47.7804), date: { start: '2024-02-26', end: '2024-03-03', precision: 'week' } },
  { place: place('Mosul', 'IQ', 36.335, 43.1189), date: { start: '2024-02-01', end: '2024-02-29', precision: 'month' } },
  { place: place('Erbil', 'IQ', 36.1901, 44.0091), date: { start: '2023-01-01', end: '2023-12-31', precision: 'year' } },
  { place: place('Najaf', 'IQ', 32.0259, 44.3462), date: { start: '2022-06-01', end: '2024-03-10', precision: 'year' } },
  { place: place('Rutba', 'IQ', 33.0381, 40.2848), date: { start: '2024-03-15', end: '2024-03-15', precision: 'day' } },
];

async function fillLong(store: Store): Promise<void> {
  const outcomes = await store.ingest(LONG.map((l, i) => item(1000 + i, l.place, l.date.start, l.date)));
  assert.ok(outcomes.every((o) => o.status === 'added' && o.created.length === 1), 'every report opens its own incident');
}

/** What a date window (of one country, or of all when `countryCode` is undefined) should list: every incident tested one by one. */
async function expectedDated(store: Store, countryCode: string | undefined, from?: string, to?: string): Promise<number[]> {
  const out: number[] = [];
  for (const id of await listAll(store, {}, 500)) {
    const i = await store.getIncident(id);
    if ((countryCode === undefined || i?.location?.countryCode === countryCode) && i?.date && (to === undefined || i.date.start <= to) && (from === undefined || i.date.end >= from)) out.push(id);
  }
  return out;
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

  it('a country list by date finds the incidents that began long before the window, whatever their span', async () => {
    const store = await open();
    try {
      await fill(store);
      await fillLong(store);
      // A reviewer's dates span two years on a day-precise incident: the span counts, not the precision.
      const rutba = (await listAll(store, { countryCode: 'IQ', from: '2024-03-15', to: '2024-03-15' }, 10))[0];
      await store.edit(rutba, { date: { start: '2021-01-01', end: '2024-03-20', precision: 'day' } }, 'ana');
      const windows: [string | undefined, string | undefined][] = [
        ['2024-03-01', '2024-03-31'], ['2024-03-03', '2024-03-03'], ['2023-06-01', '2023-06-30'], ['2024-02-15', undefined],
        [undefined, '2022-12-31'], ['2024-03-11', '2024-04-30'], ['2021-01-01', '2021-01-01'], ['2025-01-01', '2025-12-31'],
      ];
      for (const [from, to] of windows) {
        const want = await expectedDated(store, 'IQ', from, to);
        assert.deepEqual(await listAll(store, { countryCode: 'IQ', from, to }, 2), want, `IQ ${from ?? '…'} to ${to ?? '…'}`);
      }
      assert.equal((await expectedDated(store, 'IQ', '2024-03-01', '2024-03-31')).length, 3, 'Basra, Najaf and the edited Rutba touch March 2024');
      assert.deepEqual(await listAll(store, { countryCode: 'SY', from: '2024-02-01', to: '2024-03-31' }, 3), await expectedDated(store, 'SY', '2024-02-01', '2024-03-31'));
    } finally {
      await store.close();
    }
  });

  it('a date window without a country lists every country\'s incidents that touch it, from the date index', async () => {
    const store = await open();
    try {
      await fill(store);
      await fillLong(store);
      const windows: [string | undefined, string | undefined][] = [
        ['2024-03-01', '2024-03-31'], ['2024-03-03', '2024-03-03'], ['2023-06-01', '2023-06-30'], ['2024-02-15', undefined], [undefined, '2024-01-31'],
      ];
      for (const [from, to] of windows) {
        const want = await expectedDated(store, undefined, from, to);
        assert.deepEqual(await store.backend.read(() => datedPageIds({ from, to }, 0, 500)), want, `index ${from ?? '…'} to ${to ?? '…'}`);
        assert.deepEqual(await listAll(store, { from, to }, 3), want, `list ${from ?? '…'} to ${to ?? '…'}`);
      }
      assert.equal((await expectedDated(store, undefined, '2024-03-01', '2024-03-31')).length, PLACES.length + 3, 'the March incidents of every place, and Basra, Najaf and Rutba');
    } finally {
      await store.close();
    }
  });

  it('a date window holding more incidents than the date index sorts is left to the id walk, with the same list', async () => {
    const store = await open();
    try {
      await fill(store);
      const filter = { countryCode: 'SY', from: '2024-01-01', to: '2024-05-31' };
      const want = await expectedDated(store, 'SY', filter.from, filter.to);
      assert.equal(want.length, 5 * 5);
      assert.equal(await store.backend.read(() => datedPageIds(filter, 0, 10, want.length - 1)), null);
      assert.deepEqual(await store.backend.read(() => datedPageIds(filter, 0, 10, want.length)), want.slice(0, 10));
      assert.deepEqual(await listAll(store, filter, 4), want);
    } finally {
      await store.close();
    }
  });

  it('a full last page says that no page follows it', async () => {
    const store = await open();
    try {
      await fill(store);
      const want = await expectedDated(store, 'AF');
      assert.equal(want.length, 5);
      const page = await store.listIncidents({ countryCode: 'AF', from: '2024-01-01' }, { limit: 5 });
      assert.deepEqual(page.incidents.map((i) => i.id), want);
      assert.equal(page.next, null);
      assert.equal((await store.listIncidents({ countryCode: 'AF' }, { limit: 4 })).next, want[3]);
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

describe('listing by country and date (SQLite only)', () => {
  it('reads a country and month from the country date index alone, and a month anywhere from the date index, never the rows', async () => {
    const store = await openStore(join(dir, 'plan.db'));
    try {
      const backend = store.backend as SqliteBackend;
      const sql = 'SELECT id FROM incidents WHERE country_code = ? AND date_span = ? AND merged_into IS NULL AND id > ? AND date_start >= ? AND date_end >= ? AND date_start <= ?';
      const plan = backend.explain(sql, ['SY', 0, 0, '2024-03-01', '2024-03-01', '2024-03-31']).join(' | ');
      assert.match(plan, /USING COVERING INDEX incidents_country_dates \(country_code=\? AND date_span=\? AND date_start>\? AND date_start<\?\)/);
      const anywhere = 'SELECT id FROM incidents WHERE date_span = ? AND merged_into IS NULL AND id > ? AND date_start >= ? AND date_end >= ? AND date_start <= ?';
      assert.match(backend.explain(anywhere, [0, 0, '2024-03-01', '2024-03-01', '2024-03-31']).join(' | '), /USING COVERING INDEX incidents_dates \(date_span=\? AND date_start>\? AND date_start<\?\)/);
    } finally {
      await store.close();
    }
  });

  it('reads a map box cell from the grid index alone, never the rows', async () => {
    const store = await openStore(join(dir, 'grid-plan.db'));
    try {
      const backend = store.backend as SqliteBackend;
      const sql = 'SELECT id FROM incidents WHERE grid = ? AND merged_into IS NULL AND id > ? AND latitude >= ? AND latitude <= ? AND longitude >= ? AND longitude <= ? ORDER BY id LIMIT 51';
      const plan = backend.explain(sql, [gridOf(36.2, 37.1), 0, 35.5, 36.6, 36.5, 37.3]).join(' | ');
      assert.match(plan, /USING COVERING INDEX incidents_grid \(grid=\? AND id>\?\)/);
    } finally {
      await store.close();
    }
  });

  it('migration 7 gives the span class to incidents stored before it', async () => {
    const path = join(dir, 'before-7.db');
    const old = await openStore(path);
    await fill(old);
    await fillLong(old);
    // Back to a ledger without migrations 7 and 10: no span column, no date indexes, no records of them.
    (old.backend as SqliteBackend).rawExec('DROP INDEX incidents_dates; DROP INDEX incidents_country_dates; ALTER TABLE incidents DROP COLUMN date_span; DELETE FROM schema_migrations WHERE version IN (7, 10)');
    await old.close();
    const store = await openStore(path);
    try {
      for (const [from, to] of [['2024-03-01', '2024-03-31'], ['2023-06-01', '2023-06-30']]) {
        assert.deepEqual(await listAll(store, { countryCode: 'IQ', from, to }, 2), await expectedDated(store, 'IQ', from, to));
        assert.deepEqual(await listAll(store, { from, to }, 2), await expectedDated(store, undefined, from, to));
      }
    } finally {
      await store.close();
    }
  });
});

describe('listing by box and country (PostgreSQL)', { skip: PG_SKIP }, () => {
  suite(() => openStore(PG_URL, { schema: freshSchema('list') }));
});

describe('date span classes', () => {
  it('a span falls in the first class that holds it, and a date that does not parse in the longest', () => {
    const span = (start: string, end: string) => dateSpanOf({ start, end });
    assert.deepEqual(DATE_SPANS, [0, 7, 31, 366]);
    assert.equal(span('2024-03-05', '2024-03-05'), 0);
    assert.equal(span('2024-03-04', '2024-03-10'), 7);
    assert.equal(span('2024-02-01', '2024-02-29'), 31);
    assert.equal(span('2024-01-01', '2024-12-31'), 366);
    assert.equal(span('2023-01-01', '2024-12-31'), LONGER_SPAN);
    assert.equal(span('2024-03-05', 'soon'), LONGER_SPAN);
  });

  it('the day a span reaches back to crosses months, years and leap days', () => {
    assert.equal(daysBefore('2024-03-01', 0), '2024-03-01');
    assert.equal(daysBefore('2024-03-01', 1), '2024-02-29');
    assert.equal(daysBefore('2024-01-05', 7), '2023-12-29');
    assert.equal(daysBefore('2025-03-01', 366), '2024-02-29');
    assert.equal(daysBefore('1 March', 7), null);
  });
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
