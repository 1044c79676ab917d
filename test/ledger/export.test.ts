// `sitrep export`: each format parsed back with a standard parser (a strict RFC 4180 reader, JSON.parse) and
// checked column by column, filters, and bad flags that must write nothing.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { csvField } from '../../src/export/csv.js';
import { openStore } from '../../src/store/index.js';
import { combinedTolls, report } from './build.js';
import { fakeIo } from './cli-io.js';
import { csvHeaderOf, parseCsv } from './rfc4180.js';
import { tickingClock } from './store-suite.js';
import { aleppoNearMisses, kabulWithBackground, marketStrike, mogadishuFollowUps } from './texts.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
const db = join(dir, 'ledger.db');

/** An outlet name and title with a comma, quotes and a line break, which CSV must quote. */
const awkward = report(
  { id: 'awkward', source: 'Wire, "Evening" edition', title: 'Blast\nin Kharkiv', publishedAt: '2024-03-20', url: 'https://wire.example/k?a=1,2',
    text: 'A missile hit Kharkiv on March 20, killing dozens, officials said.' },
  { type: 'shelling', date: '2024-03-20', place: 'kharkiv', actors: [['Military Forces of Russia', 'perpetrator']],
    claims: [{ n: 24, max: null, qualifier: 'vague', quote: 'killing dozens', source: 'officials', sourceKind: 'government' }] },
);
// "dozens": ACLED's convention counts it as 12, which the lowest rule uses.
awkward.incidents[0].claims[0].vagueCodes = { acled: 12, airwars: { min: 12, max: 24 } };

const run = async (...argv: string[]) => {
  const f = fakeIo();
  const code = await main(argv, f.io);
  return { code, out: f.stdout(), err: f.stderr() };
};

before(async () => {
  const store = await openStore(db, { now: tickingClock() });
  for (const item of [marketStrike.levant, marketStrike.crescent, aleppoNearMisses.carBomb, ...mogadishuFollowUps, kabulWithBackground, awkward]) await store.ingest([item]);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('csv fields', () => {
  it('quotes commas, quotes and line breaks, doubles inner quotes, and leaves numbers bare', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(-16.85), '-16.85');
    assert.equal(csvField(null), '');
  });
});

describe('sitrep export', () => {
  it('writes ACLED columns with the lowest-rule fatalities and properly quoted fields', async () => {
    const { code, out } = await run('export', '--format', 'acled-csv', '--db', db);
    assert.equal(code, 0);
    assert.deepEqual(csvHeaderOf(out).slice(0, 2), ['event_id_cnty', 'event_date']);
    for (const col of ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities']) {
      assert.ok(csvHeaderOf(out).includes(col), col);
    }
    const rows = parseCsv(out);
    assert.equal(rows.length, 5);
    const market = rows[0];
    assert.deepEqual(
      [market.event_date, market.event_type, market.sub_event_type, market.actor1, market.location, market.admin1, market.latitude, market.longitude, market.geo_precision, market.source, market.fatalities],
      ['2024-03-05', 'Explosions/Remote violence', 'Air/drone strike', 'Military Forces of Russia', 'Aleppo', 'Aleppo', '36.2021', '37.1343', '1', 'Levant Wire; Daily Crescent', '12'],
    );
    assert.match(market.notes, /^On 2024-03-05, air\/drone strike in Aleppo, Syria by Military Forces of Russia: 12-15 \(best 1[25]\) killed, 30 injured\. 2 report\(s\)/);
    const kharkiv = rows.find((r) => r.location === 'Kharkiv');
    assert.equal(kharkiv?.source, 'Wire, "Evening" edition');
    assert.equal(kharkiv?.fatalities, '12');
    assert.equal(rows.find((r) => r.location === 'Mogadishu')?.fatalities, '14');
  });

  it('writes UCDP GED columns with best, low and high and the codebook precision codes', async () => {
    const { code, out } = await run('export', '--format', 'ucdp-csv', '--db', db, '--country', 'somalia');
    assert.equal(code, 0);
    const [row] = parseCsv(out);
    assert.deepEqual(
      [row.date_start, row.date_end, row.date_prec, row.where_prec, row.best, row.low, row.high, row.country, row.adm_1, row.latitude, row.longitude, row.geom_wkt, row.number_of_sources],
      ['2024-03-10', '2024-03-10', '1', '1', String(combinedTolls(mogadishuFollowUps).killed?.best), '14', '21', 'Somalia', 'Banaadir', '2.0469', '45.3182', 'POINT (45.3182 2.0469)', '2'],
    );
    const all = parseCsv((await run('export', '--format', 'ucdp-csv', '--db', db)).out);
    const kharkiv = all.find((r) => r.where_coordinates === 'Kharkiv');
    assert.equal(kharkiv?.type_of_violence, '1');
    assert.equal(kharkiv?.side_a, 'Military Forces of Russia');
    // An open toll ("dozens": at least 24 under the ucdp rule) has its best estimate as high.
    assert.deepEqual([kharkiv?.low, kharkiv?.best, kharkiv?.high], ['24', '24', '24']);
    assert.match(kharkiv?.source_article ?? '', /^Wire, "Evening" edition 2024-03-20 "Blast\nin Kharkiv" https:\/\/wire\.example\/k\?a=1,2$/);
    assert.equal(all.find((r) => r.where_coordinates === 'Kabul')?.type_of_violence, '3');
  });

  it('writes an RFC 7946 FeatureCollection with [lon, lat] points and no crs', async () => {
    const { code, out } = await run('export', '--format', 'geojson', '--db', db, '--event-type', 'explosions/remote violence');
    assert.equal(code, 0);
    const fc = JSON.parse(out);
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal('crs' in fc, false);
    assert.equal(fc.features.length, 4);
    for (const f of fc.features) {
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      assert.equal(f.geometry.coordinates.length, 2);
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
    }
    const mogadishu = fc.features.find((f: { properties: { location: string } }) => f.properties.location === 'Mogadishu');
    assert.deepEqual(mogadishu.geometry.coordinates, [45.3182, 2.0469]);
    assert.deepEqual(mogadishu.properties.killed, combinedTolls(mogadishuFollowUps).killed);
  });

  it('writes an empty FeatureCollection that still parses when nothing matches', async () => {
    const { out } = await run('export', '--format', 'geojson', '--db', db, '--from', '2030-01-01');
    assert.deepEqual(JSON.parse(out), { type: 'FeatureCollection', features: [] });
  });

  it('writes one incident per JSON line with its claims, and filters by date and bbox', async () => {
    const { code, out } = await run('export', '--format', 'jsonl', '--db', db, '--from', '2024-03-05', '--to', '2024-03-09', '--bbox', '30,30,75,40');
    assert.equal(code, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((i) => i.location.name), ['Aleppo', 'Aleppo', 'Kabul']);
    assert.equal(lines[0].claims.length, 3);
    assert.equal(lines[0].claims[0].quote.text, 'killing 12 civilians');
    assert.equal(lines[0].reports.length, 2);
  });

  it('writes --out only when the export completed', async () => {
    const out = join(dir, 'out.csv');
    const { code } = await run('export', '--format', 'acled-csv', '--db', db, '--out', out);
    assert.equal(code, 0);
    assert.equal(parseCsv(readFileSync(out, 'utf8')).length, 5);
  });

  for (const [flags, message] of [
    [['--format', 'xml'], /--format must be one of/],
    [['--from', '2024-13-01'], /--from: "2024-13-01" is not a date/],
    [['--from', '2024-03-10', '--to', '2024-03-01'], /is after --to/],
    [['--bbox', '30,30,40'], /four numbers/],
    [['--bbox', '30,60,40,50'], /north of maxLat/],
    [['--country', 'Atlantis'], /not an ISO 3166-1 alpha-2 code/],
    [['--event-type', 'Picnic'], /not an ACLED event type/],
    [['--nope'], /Unknown option/],
  ] as [string[], RegExp][]) {
    it(`refuses ${flags.join(' ')} with exit 2 and writes nothing`, async () => {
      const out = join(dir, `never-${flags.join('')}.csv`);
      const r = await run('export', '--db', db, '--out', out, ...flags);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.equal(r.out, '');
      assert.equal(existsSync(out), false);
    });
  }

  it('refuses to export from a ledger that does not exist, without creating one', async () => {
    const missing = join(dir, 'missing.db');
    const r = await run('export', '--db', missing);
    assert.equal(r.code, 2);
    assert.match(r.err, /no ledger here/);
    assert.equal(existsSync(missing), false);
  });
});
