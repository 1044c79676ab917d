// First-level regions: names the GeoNames admin1 codes found in cities500 (e.g. `SY.14`) from the
// iso3166-2-db package (MIT), whose regions carry the GeoNames admin1 code in their `admin` field (and
// FIPS 10-4, which GeoNames used as admin1 code for most countries, in `fips`). The join is by code; a
// code the package lacks (regions created after its data, or renumbered by GeoNames) falls back to an
// unclaimed region named like the code's capital, then to ADMIN1_NAME_OVERRIDES, then to the capital's name.
// A region's point is its capital's, as ACLED and GTD geocode an event known only by its region
// (ACLED codebook, geo-precision 3: "the provincial capital").
import { createRequire } from 'node:module';
import { SitrepError } from '../../core/errors.js';
import { ADMIN1_BARE_WORDS, ADMIN1_NAME_OVERRIDES, ADMIN1_PREFIXES, ADMIN1_RENAMES, ADMIN1_SUFFIXES, TRANSLITERATION_MARKS } from '../../data/place-names.js';
import { normalisePlaceName, soundKey } from './normalise.js';

/** One subdivision as iso3166-2-db gives it (only the fields the build reads). */
export interface DatasetRegion {
  /** Wikipedia-style title, sometimes with ", Country" appended to tell namesakes apart. */
  name: string;
  names: Readonly<Record<string, string | undefined>>;
  /** ISO 3166-2 suffix ("TA" for SY-TA); may be empty. */
  iso: string;
  fips: string;
  /** GeoNames admin1 code. */
  admin: string;
  reference?: { wikipedia?: string | null };
}

export interface DatasetCountry {
  iso: string;
  names: Readonly<Record<string, string | undefined>>;
  regions: readonly DatasetRegion[];
}

/** Country code → country with its regions. */
export type RegionDataset = Readonly<Record<string, DatasetCountry>>;

/** Loads iso3166-2-db's default data set (UN view of disputed borders, Wikipedia names). */
export function loadRegionDataset(): RegionDataset {
  const require = createRequire(import.meta.url);
  let lib: { getDataSet?: () => unknown };
  try {
    lib = require('iso3166-2-db') as { getDataSet?: () => unknown };
  } catch {
    throw new SitrepError('NOT_FOUND', 'package iso3166-2-db is not installed (run npm install)', 'gazetteer');
  }
  const data = typeof lib.getDataSet === 'function' ? lib.getDataSet() : null;
  if (!data || typeof data !== 'object' || !Array.isArray((data as Record<string, DatasetCountry>).SY?.regions)) {
    throw new SitrepError('BAD_DOCUMENT', 'iso3166-2-db getDataSet() did not return countries with regions', 'gazetteer');
  }
  return data as RegionDataset;
}

/** The fields of a cities500 town that naming and placing a region needs. */
export interface SeatTown {
  name: string;
  cc: string;
  /** "CC.code", or '' when GeoNames gives none. */
  admin1Code: string;
  fcode: string;
  lat: number;
  lon: number;
  population: number;
}

/** How a GeoNames code found its name. */
export type Admin1Join = 'admin' | 'fips' | 'capital' | 'override' | 'seat';

export interface Admin1 {
  /** GeoNames admin1 code, "SY.14". */
  code: string;
  cc: string;
  /** Display name: "Tartus", "Odesa". */
  name: string;
  /** Every other name the region is found by (full names, GeoNames' spelling, renames), unique to it within its country. */
  aliases: string[];
  /** ISO 3166-2 code ("SY-TA") when the region was joined to the package. */
  iso: string | null;
  join: Admin1Join;
  lat: number;
  lon: number;
  population: number;
}

const renameKey = (cc: string, name: string): string => `${cc}:${normalisePlaceName(name)}`;
/** ADMIN1_RENAMES by country and name key, so a rename matches the name however it is accented. */
const RENAMES = new Map(Object.entries(ADMIN1_RENAMES).filter(([k]) => k[2] === ':').map(([k, v]) => [renameKey(k.slice(0, 2), k.slice(3)), v]));

const SUFFIX_WORDS = [...ADMIN1_SUFFIXES].sort((a, b) => b.length - a.length);

const BARE = new Set(ADMIN1_BARE_WORDS);

/**
 * "Idlib Governorate" → "Idlib"; "Kunduz Province" → "Kunduz"; "Sha`biyat Ghat" → "Ghat". Leaves a name
 * that is only a suffix word, or that would be left a bare word ("Federal Capital Territory").
 */
export function stripAdminSuffix(name: string): string {
  const lower = name.toLowerCase();
  for (const prefix of ADMIN1_PREFIXES) {
    if (lower.startsWith(`${prefix} `) && lower.length > prefix.length + 1) return stripAdminSuffix(name.slice(prefix.length + 1).trim());
  }
  for (const suffix of SUFFIX_WORDS) {
    if (!lower.endsWith(` ${suffix}`) || lower.length <= suffix.length + 1) continue;
    const rest = name.slice(0, name.length - suffix.length - 1).trim();
    return BARE.has(rest.toLowerCase()) ? name : rest;
  }
  return name;
}

// Latin script only (Basic Latin through Latin Extended-B, modifier letters, Latin Extended Additional).
const LATIN = /^[\u0020-\u024f\u02b0-\u02ff\u1e00-\u1eff\u2018\u2019]+$/;
const MARKS = new Set(TRANSLITERATION_MARKS);

/** Whether a name is written in a scholarly transliteration ("Gharb Kurdufān") rather than as news spells it. */
export function isScholarly(name: string): boolean {
  for (const ch of name) if (MARKS.has(ch)) return true;
  return false;
}

/** "Nugal, Somalia" → "Nugal": drops a Wikipedia disambiguator naming the country. */
function dropCountryTag(title: string, countryNames: readonly string[]): string {
  const comma = title.lastIndexOf(', ');
  if (comma < 0) return title;
  const tail = normalisePlaceName(title.slice(comma + 2));
  return countryNames.some((n) => normalisePlaceName(n) === tail) ? title.slice(0, comma) : title;
}

function usable(name: string | undefined): string | null {
  const t = name?.trim();
  return t && t.length >= 3 && LATIN.test(t) ? t : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

const editSimilarity = (a: string, b: string): number => 1 - editDistance(a, b) / Math.max(a.length, b.length);

/** Whether every word of the shorter name is a word of the longer one. */
function wordsWithin(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const [small, large] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return small.every((w) => large.has(w));
}

/**
 * How alike two names of a region are, 0..1, once suffixes and prefixes go: 1 for one name or spelling
 * ("Tozeur" / "Tawzar"), 0.9 when one holds the other's words ("Ghat" / "Sha`biyat Ghat"), 0.85 when one
 * sound key starts the other ("Krasnodar" / "Krasnodarskiy"), else the edit similarity of the names or of
 * their sound keys, whichever is higher ("Riyadh" / "Riyad").
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normalisePlaceName(stripAdminSuffix(a));
  const y = normalisePlaceName(stripAdminSuffix(b));
  if (!x || !y) return 0;
  const sx = soundKey(x);
  const sy = soundKey(y);
  if (x === y || sx === sy) return 1;
  if (wordsWithin(x, y) || wordsWithin(sx, sy)) return 0.9;
  const [short, long] = sx.length <= sy.length ? [sx, sy] : [sy, sx];
  if (short.length >= 4 && long.startsWith(short)) return 0.85;
  return Math.max(editSimilarity(x, y), editSimilarity(sx, sy));
}

/** "NCT", "SNNPR": GeoNames sometimes names a region by its initials, which say nothing against an English name. */
const INITIALS = /^[A-Z]{2,6}$/;

/** Below this an English name and GeoNames' name are taken to name different regions. */
const SAME_REGION = 0.7;

interface Spellings {
  /** The full name to display (suffix not yet dropped), or null when the region has no usable name. */
  display: string | null;
  /** Every usable name that belongs to the region. */
  names: string[];
}

/**
 * A region's names. GeoNames' name belongs to the code by construction; the English (Wikipedia) name is
 * the usual news spelling but is sometimes attached to a neighbour or to a region since merged, so it
 * counts only when it is like GeoNames' name (or that is mere initials) and is not exactly another
 * region's GeoNames name. The display is the English name when it counts and is not a scholarly
 * transliteration, else GeoNames'.
 */
function spellings(region: DatasetRegion, countryNames: readonly string[], others: readonly string[]): Spellings {
  const geonames = usable(region.names.geonames);
  const english: string[] = [];
  for (const n of [region.names.en, dropCountryTag(region.name, countryNames)]) {
    const t = usable(n);
    if (t && !english.includes(t)) english.push(t);
  }
  if (!geonames) return { display: english[0] ?? null, names: english };
  const agreeing = english.filter((e) => {
    const own = INITIALS.test(geonames) ? 1 : nameSimilarity(e, geonames);
    return own >= SAME_REGION && (own === 1 || others.every((o) => nameSimilarity(e, o) < 1));
  });
  const display = agreeing.find((e) => !isScholarly(e)) ?? (isScholarly(geonames) && agreeing.length ? agreeing[0] : geonames);
  return { display, names: [...new Set([display, geonames, ...agreeing])] };
}

/** A code's capital (PPLA, else the national capital PPLC) and largest town, and its population. */
interface CodeTowns {
  cc: string;
  capital: SeatTown | null;
  largest: SeatTown | null;
  population: number;
}

function groupTowns(towns: readonly SeatTown[]): Map<string, CodeTowns> {
  const out = new Map<string, CodeTowns>();
  for (const t of towns) {
    if (!t.admin1Code) continue;
    let g = out.get(t.admin1Code);
    if (!g) out.set(t.admin1Code, (g = { cc: t.cc, capital: null, largest: null, population: 0 }));
    g.population += t.population;
    if (t.fcode === 'PPLA' || (t.fcode === 'PPLC' && !g.capital)) g.capital = t;
    if (t.fcode !== 'PPLX' && (g.largest?.population ?? -1) < t.population) g.largest = t;
  }
  return out;
}

/** The dataset regions a code joins, by one field; duplicates of one code (one region listed twice) stay together. */
function byField(regions: readonly DatasetRegion[], field: 'admin' | 'fips'): Map<string, DatasetRegion[]> {
  const out = new Map<string, DatasetRegion[]>();
  for (const r of regions) {
    const v = r[field];
    if (!v) continue;
    const list = out.get(v);
    if (list) list.push(r);
    else out.set(v, [r]);
  }
  return out;
}

interface Joined {
  regions: DatasetRegion[];
  join: Admin1Join;
}

/**
 * Pairs one country's GeoNames codes with its dataset regions: by admin code, then by FIPS code, then a
 * code left over takes an unclaimed region that GeoNames names like its capital ("Pointe-Noire"). Each region goes to one code.
 */
function joinCountry(codes: ReadonlyMap<string, CodeTowns>, country: DatasetCountry | undefined): Map<string, Joined> {
  const out = new Map<string, Joined>();
  if (!country) return out;
  const claimed = new Set<DatasetRegion>();
  const take = (code: string, regions: DatasetRegion[], join: Admin1Join): void => {
    const free = regions.filter((r) => !claimed.has(r));
    if (out.has(code) || free.length === 0) return;
    for (const r of free) claimed.add(r);
    // The entry with a Wikipedia article first: a bare duplicate ("Oruzgan") only adds its names.
    free.sort((a, b) => Number(!a.reference?.wikipedia) - Number(!b.reference?.wikipedia));
    out.set(code, { regions: free, join });
  };
  const local = (code: string): string => code.slice(code.indexOf('.') + 1);
  for (const field of ['admin', 'fips'] as const) {
    const index = byField(country.regions, field);
    for (const code of codes.keys()) take(code, index.get(local(code)) ?? [], field);
  }
  for (const [code, towns] of codes) {
    if (out.has(code) || !towns.capital) continue;
    const seat = soundKey(normalisePlaceName(towns.capital.name));
    const match = country.regions.find((r) => !claimed.has(r)
      && usable(r.names.geonames) !== null && soundKey(normalisePlaceName(stripAdminSuffix(r.names.geonames!))) === seat);
    if (match) take(code, [match], 'capital');
  }
  return out;
}

/** What did not line up between cities500's codes and the package's regions: for the build report. */
export interface Admin1Report {
  /** Codes named without the package, and how. */
  unjoined: { code: string; name: string; join: Admin1Join; towns: number }[];
  /** Package regions left without any cities500 town. */
  townless: { cc: string; iso: string; admin: string; name: string }[];
  /** Keys of ADMIN1_NAME_OVERRIDES and ADMIN1_RENAMES that named no region: stale entries. */
  unused: string[];
}

/**
 * Names and places every admin1 code that has towns in cities500. Returns the regions sorted by code,
 * and (when `report` is given) fills it with what did not line up.
 */
export function nameAdmin1(towns: readonly SeatTown[], dataset: RegionDataset, report?: Admin1Report): Admin1[] {
  const groups = groupTowns(towns);
  const byCountry = new Map<string, Map<string, CodeTowns>>();
  for (const [code, g] of groups) (byCountry.get(g.cc) ?? byCountry.set(g.cc, new Map()).get(g.cc)!).set(code, g);
  const townCount = new Map<string, number>();
  if (report) for (const t of towns) if (t.admin1Code) townCount.set(t.admin1Code, (townCount.get(t.admin1Code) ?? 0) + 1);

  const out: Admin1[] = [];
  const used = new Set<string>();
  for (const [cc, codes] of byCountry) {
    const country = dataset[cc];
    const countryNames = country ? [country.names.en ?? '', country.names.geonames ?? ''] : [];
    const joined = joinCountry(codes, country);
    const regionGeonames = new Map((country?.regions ?? []).map((r) => [r, usable(r.names.geonames)]));
    const regions: Admin1[] = [];
    const explicit = new Map<Admin1, Set<string>>();
    for (const [code, g] of codes) {
      // The region's point and, failing any name, its name: the capital, else the largest town.
      const seat = g.capital ?? g.largest;
      const j = joined.get(code);
      const override = ADMIN1_NAME_OVERRIDES[code];
      if (!j && !seat && !override) continue;
      // An override names the code whatever the package says (its region may be one since split or merged).
      const found = j && !override ? j.regions.map((r) => {
        const others = [...regionGeonames].filter(([o, n]) => n && !j.regions.includes(o)).map(([, n]) => n!);
        return spellings(r, countryNames, others);
      }) : [];
      const names = [...new Set(found.flatMap((f) => f.names))];
      const full = override ?? found.find((f) => f.display)?.display ?? seat!.name;
      const derived = stripAdminSuffix(full);
      const byName = renameKey(cc, derived);
      const renamed = ADMIN1_RENAMES[code] ?? RENAMES.get(byName) ?? [];
      used.add(code).add(byName);
      const name = renamed[0] ?? derived;
      const aliases = new Set<string>([...renamed, derived, full, ...names, ...names.map(stripAdminSuffix)]);
      aliases.delete(name);
      const join: Admin1Join = override ? 'override' : j ? j.join : 'seat';
      const iso = found.length && j!.regions[0].iso ? `${cc}-${j!.regions[0].iso}` : null;
      const a: Admin1 = {
        code, cc, name, aliases: [...aliases], iso, join, lat: seat ? seat.lat : 0, lon: seat ? seat.lon : 0, population: g.population,
      };
      regions.push(a);
      explicit.set(a, new Set([name, ...renamed].map(normalisePlaceName)));
      if (report && join !== 'admin' && join !== 'fips') report.unjoined.push({ code, name, join, towns: townCount.get(code) ?? 0 });
    }
    dropSharedAliases(regions, explicit);
    out.push(...regions);
    if (report && country) {
      const taken = new Set([...joined.values()].flatMap((j) => j.regions));
      for (const r of country.regions) if (!taken.has(r)) report.townless.push({ cc, iso: r.iso, admin: r.admin, name: r.name });
    }
  }
  if (report) {
    for (const k of Object.keys(ADMIN1_NAME_OVERRIDES)) if (!used.has(k)) report.unused.push(k);
    for (const k of Object.keys(ADMIN1_RENAMES)) if (!used.has(k[2] === ':' ? renameKey(k.slice(0, 2), k.slice(3)) : k)) report.unused.push(k);
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * A name two regions of one country share ("Sana'a": the capital's region and the governorate around
 * it) stays only with the region whose display name or rename it is; a name neither claims goes from both.
 */
function dropSharedAliases(regions: Admin1[], explicit: ReadonlyMap<Admin1, ReadonlySet<string>>): void {
  const owners = new Map<string, Admin1[]>();
  for (const a of regions) {
    for (const k of new Set([a.name, ...a.aliases].map(normalisePlaceName))) (owners.get(k) ?? owners.set(k, []).get(k)!).push(a);
  }
  for (const a of regions) {
    a.aliases = a.aliases.filter((n) => {
      const k = normalisePlaceName(n);
      return owners.get(k)!.length === 1 || explicit.get(a)!.has(k);
    });
  }
}
