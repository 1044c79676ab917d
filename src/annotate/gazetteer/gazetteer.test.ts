import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTables, encodeTables } from './format.js';
import { stripAdminSuffix } from './build.js';
import { loadGazetteer, normalisePlaceName, soundKey } from './index.js';

test('name keys drop case, diacritics, apostrophes, hyphens and Arabic articles before another word', () => {
  assert.equal(normalisePlaceName('Deir ez-Zor'), 'deir zor');
  assert.equal(normalisePlaceName('Al-Ḩasakah'), 'hasakah');
  assert.equal(normalisePlaceName("Ma'arrat an-Nu‘man"), 'maarrat numan');
  assert.equal(normalisePlaceName('Łódź'), 'lodz');
  // A lone article-like word is a name, not an article.
  assert.equal(normalisePlaceName('As'), 'as');
});

test('sound keys let common romanisations of one name meet', () => {
  const same = (a: string, b: string): void => assert.equal(soundKey(normalisePlaceName(a)), soundKey(normalisePlaceName(b)), `${a} / ${b}`);
  same('Idleb', 'Idlib');
  same('Areeha', 'Ariha');
  same('Deir ez-Zor', 'Dayr az Zawr');
  same('Deir al-Zour', 'Dayr az Zawr');
  same('Hasaka', 'Al-Hasakah');
  same('Hassakeh', 'Hasaka');
  same('Qamishli', 'Kamishli');
  same('Douma', 'Duma');
  assert.notEqual(soundKey('homs'), soundKey('hama'));
});

test('region display names drop administrative suffixes and prefixes', () => {
  assert.equal(stripAdminSuffix('Idlib Governorate'), 'Idlib');
  assert.equal(stripAdminSuffix('Kunduz Province'), 'Kunduz');
  assert.equal(stripAdminSuffix('Republic of Dagestan'), 'Dagestan');
  assert.equal(stripAdminSuffix('Punjab'), 'Punjab');
});

test('the cache format round-trips columns, strings and key indexes', () => {
  const index = { keys: 'a\nb\n', keyOffsets: new Int32Array([0, 2, 4]), postingOffsets: new Int32Array([0, 1, 2]), postings: new Int32Array([0, 1]) };
  const tables = {
    fingerprint: 'f', countries: [{ code: 'SY', name: 'Syria' }], names: 'Éa\nb\n', nameOffsets: new Int32Array([0, 3, 5]),
    lat: new Float32Array([1.5, 2]), lon: new Float32Array([3, 4]), population: new Uint32Array([5, 6]), prior: new Float32Array([1, 2]),
    geonameId: new Int32Array([7, 0]), country: new Uint16Array([0, 0]), admin1: new Int32Array([-1, 0]), level: new Uint8Array([0, 3]),
    featureRank: new Uint8Array([0, 3]), nameIndex: index, soundIndex: index,
  };
  const back = decodeTables(encodeTables(tables), 'test');
  assert.equal(back.names, 'Éa\nb\n');
  assert.deepEqual([...back.lat], [1.5, 2]);
  assert.deepEqual([...back.admin1], [-1, 0]);
  assert.deepEqual([...back.nameIndex.postings], [0, 1]);
  assert.equal(back.countries[0].name, 'Syria');
});

test('a file that is not a cache is refused with a SitrepError', () => {
  assert.throws(() => decodeTables(Buffer.from('not a cache at all'), 'x.bin'), { name: 'SitrepError', code: 'BAD_DOCUMENT' });
});

test('lookup finds places by spelling variants, best candidate first', () => {
  const g = loadGazetteer();
  assert.equal(g.lookup('Idleb')[0].countryCode, 'SY');
  assert.equal(g.lookup('Dayr az Zawr')[0].name, 'Deir ez-Zor');
  assert.equal(g.lookup('Deir al-Zour')[0].name, 'Deir ez-Zor');
  assert.equal(g.lookup('Kamishli')[0].countryCode, 'SY');
  const kabul = g.lookup('Kabul')[0];
  assert.equal(kabul.level, 'city');
  assert.equal(kabul.admin1, 'Kabul');
  assert.equal(kabul.country, 'Afghanistan');
});

test('first-level regions carry ISO 3166-2 names joined to GeoNames codes', () => {
  const g = loadGazetteer();
  const idlib = g.admin1('SY', 'Idlib Governorate');
  assert.equal(idlib?.name, 'Idlib');
  assert.equal(idlib?.level, 'admin1');
  assert.equal(g.admin1('SY', 'Rif Dimashq')?.name, 'Rif Dimashq');
  assert.equal(g.admin1('AF', 'Kandahar')?.name, 'Kandahar');
  assert.equal(g.admin1('SY', 'Kandahar'), null);
  const douma = g.lookup('Douma').find((p) => p.countryCode === 'SY');
  assert.ok(douma);
  assert.equal(g.admin1Of(douma)?.name, 'Rif Dimashq');
});

test('countries resolve by code, name and alias', () => {
  const g = loadGazetteer();
  assert.equal(g.country('SY')?.name, 'Syria');
  assert.equal(g.country('Syrian Arab Republic')?.countryCode, 'SY');
  assert.equal(g.country('DR Congo')?.countryCode, 'CD');
  assert.equal(g.country('Atlantis'), null);
});

test('a region is placed at its capital, as ACLED geocodes region-level events', () => {
  const g = loadGazetteer();
  const region = g.admin1('SY', 'Idlib');
  const city = g.lookup('Idlib').find((p) => p.level === 'city' && p.countryCode === 'SY');
  assert.ok(region && city);
  assert.ok(Math.abs(region.lat - city.lat) < 0.01 && Math.abs(region.lon - city.lon) < 0.01);
});

test('regions take the names news uses: Ukrainian oblasts by their centre, Wardak, Buenos Aires province', () => {
  const g = loadGazetteer();
  assert.equal(g.admin1('UA', 'Odesa')?.name, 'Odesa');
  assert.equal(g.admin1('UA', 'Odeska oblast')?.name, 'Odesa');
  assert.equal(g.admin1('AF', 'Wardak')?.name, 'Wardak');
  const laPlata = g.lookup('La Plata').find((p) => p.countryCode === 'AR');
  assert.equal(laPlata?.admin1, 'Buenos Aires');
});
