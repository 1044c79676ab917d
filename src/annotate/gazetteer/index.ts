// The offline gazetteer: GeoNames cities500 places, first-level regions and countries, with name
// indexes over exact and sound keys. loadGazetteer() is a lazy process-wide singleton: it reads the
// cache file, or builds it from the installed packages (and tries to save it) when it is missing or stale.
import { readFileSync } from 'node:fs';
import type { Place } from '../types.js';
import { COUNTRIES } from '../../data/countries.js';
import { buildTables, cachePath, sourceFingerprint, writeCache } from './build.js';
import { decodeTables, LEVEL_ADMIN1, LEVEL_COUNTRY, PLACE_LEVELS, readFingerprint, type GazetteerTables, type KeyIndex } from './format.js';
import { normalisePlaceName, soundKey } from './normalise.js';

export { normalisePlaceName, soundKey } from './normalise.js';
export { distanceKm } from './geo.js';

const EMPTY = new Int32Array(0);

/** Binary search of a '\n'-joined sorted key list; returns the key's index or -1. Compares in place, no slicing. */
function findKey(index: KeyIndex, key: string): number {
  const { keys, keyOffsets } = index;
  let lo = 0;
  let hi = keyOffsets.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = keyOffsets[mid];
    const len = keyOffsets[mid + 1] - 1 - start;
    let cmp = 0;
    const n = Math.min(len, key.length);
    for (let i = 0; i < n && cmp === 0; i++) cmp = keys.charCodeAt(start + i) - key.charCodeAt(i);
    if (cmp === 0) cmp = len - key.length;
    if (cmp === 0) return mid;
    if (cmp < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function postingsOf(index: KeyIndex, key: string): Int32Array {
  const i = findKey(index, key);
  return i < 0 ? EMPTY : index.postings.subarray(index.postingOffsets[i], index.postingOffsets[i + 1]);
}

/**
 * Lookups already made, by key: a binary search probes a multi-megabyte key list about twenty times, and the same
 * names (and the same capitalised words that are no place) are looked up again and again. Bounded like a cache.
 */
function lookupOnce(memo: Map<string, Int32Array>, key: string, find: () => Int32Array): Int32Array {
  let hits = memo.get(key);
  if (hits === undefined) {
    if (memo.size >= LOOKUP_MEMO_SIZE) memo.clear();
    memo.set(key, (hits = find()));
  }
  return hits;
}
const LOOKUP_MEMO_SIZE = 50_000;

export class Gazetteer {
  readonly tables: GazetteerTables;
  private readonly placeCache = new Map<number, Place>();
  private readonly exactMemo = new Map<string, Int32Array>();
  private readonly soundMemo = new Map<string, Int32Array>();
  private readonly countryByKey = new Map<string, number>();

  constructor(tables: GazetteerTables) {
    this.tables = tables;
    // Country names, aliases and codes are few; a Map makes country() independent of the name index.
    const t = tables;
    for (let i = 0; i < t.countries.length; i++) this.countryByKey.set(t.countries[i].code.toLowerCase(), i);
    for (const c of COUNTRIES) {
      const place = this.countryPlaceIndex(c.code);
      if (place < 0) continue;
      for (const n of [c.name, ...c.aliases]) this.countryByKey.set(normalisePlaceName(n), t.country[place]);
    }
  }

  get size(): number {
    return this.tables.level.length;
  }

  /** Place indexes whose exact name key is `key` (already normalised), best first by static prominence. Read only. */
  exact(key: string): Int32Array {
    return lookupOnce(this.exactMemo, key, () => postingsOf(this.tables.nameIndex, key));
  }

  /** Place indexes whose sound key equals that of `key` (an exact key). Read only. */
  sounds(key: string): Int32Array {
    return key.length < 4 ? EMPTY : lookupOnce(this.soundMemo, key, () => postingsOf(this.tables.soundIndex, soundKey(key)));
  }

  /** Candidates for a name as written, best first: exact key matches, else sound-key matches. */
  lookup(name: string): Place[] {
    const key = normalisePlaceName(name);
    const hits = this.exact(key);
    return Array.from(hits.length ? hits : this.sounds(key), (i) => this.place(i));
  }

  /** A country by ISO 3166-1 alpha-2 code, English name or alias. */
  country(codeOrName: string): Place | null {
    const trimmed = codeOrName.trim();
    const byCode = trimmed.length === 2 ? this.countryByKey.get(trimmed.toLowerCase()) : undefined;
    const c = byCode ?? this.countryByKey.get(normalisePlaceName(trimmed));
    if (c === undefined) return null;
    const i = this.countryPlaceIndex(this.tables.countries[c].code);
    return i < 0 ? null : this.place(i);
  }

  /** A first-level region of a country by name ("Idlib", "Idlib Governorate", "Idleb"). */
  admin1(countryCode: string, name: string): Place | null {
    const i = this.admin1Index(countryCode, name);
    return i < 0 ? null : this.place(i);
  }

  /** Index form of admin1(); -1 when not found. */
  admin1Index(countryCode: string, name: string): number {
    const key = normalisePlaceName(name);
    const cc = countryCode.toUpperCase();
    for (const hits of [this.exact(key), this.sounds(key)]) {
      for (const i of hits) if (this.tables.level[i] === LEVEL_ADMIN1 && this.countryCode(i) === cc) return i;
    }
    return -1;
  }

  /** The first-level region a place lies in (itself for a region), or null. */
  admin1Of(place: Place): Place | null {
    if (place.level === 'country') return null;
    if (place.geonameId !== null) {
      for (const i of this.exact(normalisePlaceName(place.name))) {
        if (this.tables.geonameId[i] === place.geonameId) return this.tables.admin1[i] < 0 ? null : this.place(this.tables.admin1[i]);
      }
    }
    return place.admin1 ? this.admin1(place.countryCode, place.admin1) : null;
  }

  /** Index of the place standing for a country, or -1. */
  countryPlaceIndex(code: string): number {
    // Countries come first in the place table, in the order of tables.countries.
    const t = this.tables;
    for (let i = 0; i < t.countries.length && i < t.level.length; i++) {
      if (t.level[i] === LEVEL_COUNTRY && t.countries[t.country[i]].code === code) return i;
    }
    return -1;
  }

  countryCode(i: number): string {
    return this.tables.countries[this.tables.country[i]].code;
  }

  nameOf(i: number): string {
    return this.tables.names.slice(this.tables.nameOffsets[i], this.tables.nameOffsets[i + 1] - 1);
  }

  /** The Place record of a place index (cached: places are immutable). */
  place(i: number): Place {
    let p = this.placeCache.get(i);
    if (p) return p;
    const t = this.tables;
    const a1 = t.admin1[i];
    p = Object.freeze({
      geonameId: t.geonameId[i] || null,
      name: this.nameOf(i),
      admin1: t.level[i] === LEVEL_COUNTRY || a1 < 0 ? null : this.nameOf(a1),
      country: t.countries[t.country[i]].name,
      countryCode: this.countryCode(i),
      lat: Math.round(t.lat[i] * 1e5) / 1e5,
      lon: Math.round(t.lon[i] * 1e5) / 1e5,
      level: PLACE_LEVELS[t.level[i]],
      population: t.population[i],
    });
    this.placeCache.set(i, p);
    return p;
  }
}

let instance: Gazetteer | null = null;

/** Reads the cache when it is current; else builds the tables and tries to save them for next time. */
function loadTables(): GazetteerTables {
  const path = cachePath();
  const expected = sourceFingerprint();
  let buf: Buffer | null = null;
  try {
    buf = readFileSync(path);
  } catch {
    buf = null;
  }
  if (buf && readFingerprint(buf) === expected) return decodeTables(buf, path);
  const tables = buildTables();
  try {
    writeCache(tables, path);
  } catch {
    // A read-only checkout still works, only slower to start.
  }
  return tables;
}

/** The process-wide gazetteer, loaded on first use. Never call per document in a loop expecting a fresh copy: it is shared. */
export function loadGazetteer(): Gazetteer {
  instance ??= new Gazetteer(loadTables());
  return instance;
}
