// The guard that keeps a fetch of a user-supplied URL from reaching the machine itself or its private
// network (server-side request forgery): loopback, private and link-local ranges (which hold cloud
// metadata services at 169.254.169.254), carrier-grade NAT, and IPv6 forms that smuggle an IPv4 address.
// Addresses are checked after DNS resolution, and the caller connects to the address that was checked,
// so a DNS answer that changes between check and connect (DNS rebinding) cannot swap it.

import { lookup as dnsLookup } from 'node:dns/promises';
import { SitrepError } from '../core/errors.js';

/** Resolves a host name to every address it has (IPv4 and IPv6 text forms). Injected in tests. */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

// Special-purpose ranges no fetch of public news should reach (IANA IPv4/IPv6 Special-Purpose Address
// Registries, RFC 6890 and successors). `embedded` marks IPv6 ranges that carry an IPv4 address at a
// byte offset: that address decides, so ::ffff:127.0.0.1 is refused and ::ffff:8.8.8.8 is not.
interface Range {
  prefix: string;
  bits: number;
  reason: string;
  embedded?: number;
}

const IPV4_RANGES: readonly Range[] = [
  { prefix: '0.0.0.0', bits: 8, reason: '"this network" (0.0.0.0/8)' },
  { prefix: '10.0.0.0', bits: 8, reason: 'private (10.0.0.0/8)' },
  { prefix: '100.64.0.0', bits: 10, reason: 'carrier-grade NAT (100.64.0.0/10)' },
  { prefix: '127.0.0.0', bits: 8, reason: 'loopback (127.0.0.0/8)' },
  { prefix: '169.254.0.0', bits: 16, reason: 'link-local, where cloud metadata services live (169.254.0.0/16)' },
  { prefix: '172.16.0.0', bits: 12, reason: 'private (172.16.0.0/12)' },
  { prefix: '192.0.0.0', bits: 24, reason: 'IETF protocol assignments (192.0.0.0/24)' },
  { prefix: '192.0.2.0', bits: 24, reason: 'documentation (192.0.2.0/24)' },
  { prefix: '192.88.99.0', bits: 24, reason: '6to4 relay anycast (192.88.99.0/24)' },
  { prefix: '192.168.0.0', bits: 16, reason: 'private (192.168.0.0/16)' },
  { prefix: '198.18.0.0', bits: 15, reason: 'benchmarking (198.18.0.0/15)' },
  { prefix: '198.51.100.0', bits: 24, reason: 'documentation (198.51.100.0/24)' },
  { prefix: '203.0.113.0', bits: 24, reason: 'documentation (203.0.113.0/24)' },
  { prefix: '224.0.0.0', bits: 4, reason: 'multicast (224.0.0.0/4)' },
  { prefix: '240.0.0.0', bits: 4, reason: 'reserved or broadcast (240.0.0.0/4)' },
];

// Order matters: the first match decides (:: and ::1 before the IPv4-compatible ::/96).
const IPV6_RANGES: readonly Range[] = [
  { prefix: '::', bits: 128, reason: 'unspecified (::)' },
  { prefix: '::1', bits: 128, reason: 'loopback (::1)' },
  { prefix: '::ffff:0:0', bits: 96, reason: 'IPv4-mapped', embedded: 12 },
  { prefix: '::', bits: 96, reason: 'IPv4-compatible, deprecated (::/96)' },
  { prefix: '64:ff9b::', bits: 96, reason: 'NAT64', embedded: 12 },
  { prefix: '64:ff9b:1::', bits: 48, reason: 'local NAT64 (64:ff9b:1::/48)' },
  { prefix: '100::', bits: 64, reason: 'discard-only (100::/64)' },
  { prefix: '2001::', bits: 32, reason: 'Teredo tunnel, which hides its IPv4 target (2001::/32)' },
  { prefix: '2001:db8::', bits: 32, reason: 'documentation (2001:db8::/32)' },
  { prefix: '2002::', bits: 16, reason: '6to4', embedded: 2 },
  { prefix: 'fc00::', bits: 7, reason: 'unique local, private (fc00::/7)' },
  { prefix: 'fe80::', bits: 10, reason: 'link-local (fe80::/10)' },
  { prefix: 'fec0::', bits: 10, reason: 'site-local, deprecated (fec0::/10)' },
  { prefix: 'ff00::', bits: 8, reason: 'multicast (ff00::/8)' },
];

/**
 * An IPv4 address in any spelling the URL standard and inet_aton accept: dotted decimal, one 32-bit
 * number ("2130706433"), hex ("0x7f000001", "0x7f.1"), octal parts ("0177.0.0.1") and short forms
 * ("127.1" = 127.0.0.1). Returns its four bytes, or null when `s` is not an IPv4 address.
 */
export function parseIPv4(s: string): number[] | null {
  const parts = s.endsWith('.') ? s.slice(0, -1).split('.') : s.split('.');
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    let v: number;
    if (/^0x[0-9a-f]*$/i.test(part)) v = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) v = parseInt(part.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) v = Number(part);
    else return null;
    if (!Number.isFinite(v)) return null;
    values.push(v);
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255) || last >= 256 ** (4 - values.length)) return null;
  const bytes = [...values];
  for (let i = 3 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

/** The 16 bytes of an IPv6 address ("::1", "[fe80::1%eth0]", "::ffff:127.0.0.1"), or null. */
export function parseIPv6(s: string): Uint8Array | null {
  let t = s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s;
  const zone = t.indexOf('%');
  if (zone >= 0) t = t.slice(0, zone);
  if (!t.includes(':')) return null;
  let tail: number[] = [];
  const lastColon = t.lastIndexOf(':');
  const v4 = t.slice(lastColon + 1);
  if (v4.includes('.')) {
    // An embedded dotted quad ("::ffff:127.0.0.1") is the last two groups.
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) return null;
    const b = v4.split('.').map(Number);
    if (b.some((x) => x > 255)) return null;
    tail = [b[0] * 256 + b[1], b[2] * 256 + b[3]];
    t = t.slice(0, lastColon + 1);
    if (!t.endsWith('::')) t = t.slice(0, -1);
  }
  const halves = t.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groupsOf(halves[0]);
  const rest = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (head === null || rest === null) return null;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const groups = [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

const prefixBytes = (r: Range): Uint8Array | number[] => (r.prefix.includes(':') ? (parseIPv6(r.prefix) as Uint8Array) : (parseIPv4(r.prefix) as number[]));

function inRange(bytes: ArrayLike<number>, prefix: ArrayLike<number>, bits: number): boolean {
  for (let i = 0; i < bits; i++) {
    const mask = 0x80 >> (i % 8);
    if ((bytes[i >> 3] & mask) !== (prefix[i >> 3] & mask)) return false;
  }
  return true;
}

const V4 = IPV4_RANGES.map((r) => ({ ...r, bytes: prefixBytes(r) }));
const V6 = IPV6_RANGES.map((r) => ({ ...r, bytes: prefixBytes(r) }));

const dotted = (b: ArrayLike<number>): string => Array.from(b).join('.');

function v4Reason(bytes: ArrayLike<number>): string | null {
  return V4.find((r) => inRange(bytes, r.bytes, r.bits))?.reason ?? null;
}

/** Parsed form of an IP literal in any accepted spelling, or null when `s` is not one (a host name). */
export function parseIp(s: string): { family: 4; bytes: number[] } | { family: 6; bytes: Uint8Array } | null {
  const v6 = s.includes(':') ? parseIPv6(s) : null;
  if (v6) return { family: 6, bytes: v6 };
  const v4 = parseIPv4(s);
  return v4 ? { family: 4, bytes: v4 } : null;
}

/**
 * Why a fetch must not connect to `address` (e.g. "loopback (127.0.0.0/8)"), or null when it is a public
 * address. `address` is an IP literal in any spelling; a string that is no IP address is refused too,
 * since the guard cannot vouch for it.
 */
export function forbiddenReason(address: string): string | null {
  const ip = parseIp(address.trim());
  if (!ip) return `not an IP address: ${JSON.stringify(address)}`;
  if (ip.family === 4) return v4Reason(ip.bytes);
  const range = V6.find((r) => inRange(ip.bytes, r.bytes, r.bits));
  if (!range) return null;
  if (range.embedded === undefined) return range.reason;
  const v4 = ip.bytes.subarray(range.embedded, range.embedded + 4);
  const inner = v4Reason(v4);
  return inner ? `${range.reason} ${dotted(v4)}, ${inner}` : null;
}

// RFC 6761: "localhost" and every name under it are the machine itself, whatever DNS says.
const isLocalhostName = (host: string): boolean => /(^|\.)localhost\.?$/i.test(host);

export interface AddressPolicy {
  /** Skip the guard: for fetching from the local network on purpose. */
  allowPrivate?: boolean;
  /** Host names trusted even when they resolve to private addresses (an operator's own feed server). */
  allowHosts?: readonly string[];
  resolver?: Resolver;
}

/** The address to connect to for a host: one that was checked. */
export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves `hostname` (a URL's hostname: a name, an IPv4 literal or a bracketed IPv6 literal), checks
 * every address it resolves to, and returns the one to connect to. Throws SitrepError FORBIDDEN_ADDRESS
 * naming `subject` (the URL) when any address is forbidden, FETCH_FAILED when the name does not resolve.
 */
export async function resolveChecked(hostname: string, subject: string, policy: AddressPolicy = {}): Promise<CheckedAddress> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const trusted = policy.allowPrivate === true || (policy.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());
  const literal = parseIp(host);
  if (literal) {
    const address = literal.family === 4 ? dotted(literal.bytes) : host;
    const reason = trusted ? null : forbiddenReason(address);
    if (reason) throw new SitrepError('FORBIDDEN_ADDRESS', `refused: ${address} is ${reason}`, subject);
    return { address, family: literal.family };
  }
  if (!trusted && isLocalhostName(host)) {
    throw new SitrepError('FORBIDDEN_ADDRESS', `refused: ${host} names this machine (loopback)`, subject);
  }
  let addresses: string[];
  try {
    addresses = await (policy.resolver ?? systemResolver)(host);
  } catch (e) {
    throw new SitrepError('FETCH_FAILED', `could not resolve ${host} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, subject);
  }
  if (addresses.length === 0) throw new SitrepError('FETCH_FAILED', `could not resolve ${host} (no addresses)`, subject);
  const checked: CheckedAddress[] = [];
  for (const address of addresses) {
    const ip = parseIp(address);
    const reason = ip === null ? `not an IP address` : trusted ? null : forbiddenReason(address);
    if (reason) throw new SitrepError('FORBIDDEN_ADDRESS', `refused: ${host} resolves to ${address}, which is ${reason}`, subject);
    checked.push({ address: ip!.family === 4 ? dotted(ip!.bytes) : address, family: ip!.family });
  }
  return checked[0];
}
