// The gazetteer cache file: a small JSON header followed by columnar sections (typed arrays and
// '\n'-joined strings), so loading is one read and a few zero-copy views instead of parsing
// hundreds of thousands of objects (wink-nlp's reason for compact arrays).
//
// Layout: "SGZ" + format byte, u32 header length, header JSON (utf8), then each section at an
// 8-byte-aligned offset relative to the data start.
import { SitrepError } from '../../core/errors.js';

export const PLACE_LEVELS = ['country', 'admin1', 'admin2', 'city'] as const;
export const LEVEL_COUNTRY = 0;
export const LEVEL_ADMIN1 = 1;
export const LEVEL_CITY = 3;

/** A sorted key list with, per key, a run of place indices (best first). */
export interface KeyIndex {
  /** Sorted keys joined by '\n'. */
  keys: string;
  /** Start of key i in `keys` (UTF-16 units); length count + 1. */
  keyOffsets: Int32Array;
  /** Start of key i's run in `postings`; length count + 1. */
  postingOffsets: Int32Array;
  postings: Int32Array;
}

export interface GazetteerTables {
  fingerprint: string;
  countries: { code: string; name: string }[];
  /** Display names joined by '\n', one per place. */
  names: string;
  nameOffsets: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Uint32Array;
  /** Static prominence of a place (log population plus a bonus for capitals and countries). */
  prior: Float32Array;
  /** GeoNames id, 0 when the place is not a GeoNames feature. */
  geonameId: Int32Array;
  country: Uint16Array;
  /** Index of the place's first-level region, -1 when unknown. */
  admin1: Int32Array;
  /** Index into PLACE_LEVELS. */
  level: Uint8Array;
  featureRank: Uint8Array;
  nameIndex: KeyIndex;
  soundIndex: KeyIndex;
}

type Column = Int32Array | Float32Array | Uint32Array | Uint16Array | Uint8Array;
const ARRAY_TYPES = { i32: Int32Array, f32: Float32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
type ArrayKind = keyof typeof ARRAY_TYPES;

interface SectionInfo {
  name: string;
  kind: ArrayKind | 'str';
  offset: number;
  bytes: number;
}

const MAGIC = 'SGZ';
const FORMAT = 1;

function kindOf(a: Column): ArrayKind {
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Uint16Array) return 'u16';
  return 'u8';
}

function flatten(t: GazetteerTables): Record<string, string | Column> {
  const out: Record<string, string | Column> = {};
  for (const [k, v] of Object.entries(t)) {
    if (k === 'fingerprint' || k === 'countries') continue;
    if (typeof v === 'string' || ArrayBuffer.isView(v)) out[k] = v as string | Column;
    else for (const [k2, v2] of Object.entries(v as KeyIndex)) out[`${k}.${k2}`] = v2;
  }
  return out;
}

export function encodeTables(t: GazetteerTables): Buffer {
  const sections: SectionInfo[] = [];
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [name, value] of Object.entries(flatten(t))) {
    const data = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    sections.push({ name, kind: typeof value === 'string' ? 'str' : kindOf(value), offset, bytes: data.length });
    chunks.push(data);
    const pad = (8 - (data.length % 8)) % 8;
    if (pad) chunks.push(Buffer.alloc(pad));
    offset += data.length + pad;
  }
  const header = Buffer.from(JSON.stringify({ fingerprint: t.fingerprint, countries: t.countries, sections }), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix[3] = FORMAT;
  prefix.writeUInt32LE(header.length, 4);
  const headerPad = Buffer.alloc((8 - (header.length % 8)) % 8);
  return Buffer.concat([prefix, header, headerPad, ...chunks]);
}

/** The fingerprint stored in a cache file, or null when the file is not a cache of this format. */
export function readFingerprint(buf: Buffer): string | null {
  if (buf.length < 8 || buf.toString('latin1', 0, 3) !== MAGIC || buf[3] !== FORMAT) return null;
  const len = buf.readUInt32LE(4);
  if (8 + len > buf.length) return null;
  try {
    return (JSON.parse(buf.toString('utf8', 8, 8 + len)) as { fingerprint: string }).fingerprint;
  } catch {
    return null;
  }
}

export function decodeTables(input: Buffer, subject: string): GazetteerTables {
  // Typed-array views need aligned offsets; a pooled Buffer may start anywhere.
  const buf = input.byteOffset % 8 === 0 ? input : Buffer.from(input);
  if (readFingerprint(buf) === null) throw new SitrepError('BAD_DOCUMENT', 'not a gazetteer cache of this format', subject);
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as { fingerprint: string; countries: GazetteerTables['countries']; sections: SectionInfo[] };
  const dataStart = 8 + len + ((8 - (len % 8)) % 8);
  const flat: Record<string, string | Column> = {};
  for (const s of header.sections) {
    const at = dataStart + s.offset;
    if (at + s.bytes > buf.length) throw new SitrepError('BAD_DOCUMENT', `section ${s.name} runs past the end of the file`, subject);
    if (s.kind === 'str') flat[s.name] = buf.toString('utf8', at, at + s.bytes);
    else {
      const Ctor = ARRAY_TYPES[s.kind];
      flat[s.name] = new Ctor(buf.buffer as ArrayBuffer, buf.byteOffset + at, s.bytes / Ctor.BYTES_PER_ELEMENT);
    }
  }
  const index = (p: string): KeyIndex => ({
    keys: flat[`${p}.keys`] as string,
    keyOffsets: flat[`${p}.keyOffsets`] as Int32Array,
    postingOffsets: flat[`${p}.postingOffsets`] as Int32Array,
    postings: flat[`${p}.postings`] as Int32Array,
  });
  return {
    fingerprint: header.fingerprint,
    countries: header.countries,
    names: flat.names as string,
    nameOffsets: flat.nameOffsets as Int32Array,
    lat: flat.lat as Float32Array,
    lon: flat.lon as Float32Array,
    population: flat.population as Uint32Array,
    prior: flat.prior as Float32Array,
    geonameId: flat.geonameId as Int32Array,
    country: flat.country as Uint16Array,
    admin1: flat.admin1 as Int32Array,
    level: flat.level as Uint8Array,
    featureRank: flat.featureRank as Uint8Array,
    nameIndex: index('nameIndex'),
    soundIndex: index('soundIndex'),
  };
}
