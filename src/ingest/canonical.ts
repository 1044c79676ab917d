// Two keys for noticing that a story was ingested before: the canonical form of its URL (the same page
// reached through different links) and a hash of its text (the same text under different URLs).

import { createHash } from 'node:crypto';
import { SitrepError } from '../core/errors.js';
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from '../data/tracking-params.js';

const TRACKING = new Set(TRACKING_PARAMS);

const isTrackingParam = (name: string): boolean => {
  const lower = name.toLowerCase();
  return TRACKING.has(lower) || TRACKING_PARAM_PREFIXES.some((p) => lower.startsWith(p));
};

/**
 * The URL with scheme and host lowercased (WHATWG URL parsing also turns odd IPv4 spellings and IDN
 * hosts into one form), the default port, fragment, tracking parameters (src/data/tracking-params.ts)
 * and an empty query dropped, and the remaining query parameters sorted by name (stable for repeats).
 * Throws SitrepError BAD_URL naming the input when it is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new SitrepError('BAD_URL', 'is not an absolute URL', JSON.stringify(url));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new SitrepError('BAD_URL', `has scheme ${u.protocol.slice(0, -1)}; only http and https are used`, JSON.stringify(url));
  }
  u.hash = '';
  u.username = '';
  u.password = '';
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.slice(0, -1); // "example.com." is "example.com"
  const kept = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  return u.toString();
}

/** Text with Unicode normalised to NFC and every run of whitespace made one space, trimmed. */
export const normaliseWhitespace = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** sha256 (hex) of the whitespace-normalised text: equal for texts that differ only in spacing or line ends. */
export const contentHash = (text: string): string => createHash('sha256').update(normaliseWhitespace(text), 'utf8').digest('hex');
