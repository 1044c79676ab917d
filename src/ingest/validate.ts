// One validator for a document given as JSON (a JSONL line, an element of a .json array), following
// CONTRACT.md "Command": {"id", "text", "title"?, "publishedAt"?, "url"?, "source"?}. Extra fields are ignored.
// Decisions the contract leaves open, made here once:
// - an integer `id` (17) is accepted and becomes the string "17", since many datasets number their rows;
//   any other non-string id is an error;
// - an optional field that is null is treated as absent (exporters often write null for "missing");
// - optional strings are trimmed, and dropped when empty; `text` is kept exactly as given, because claim
//   quotes are offsets into it;
// - `publishedAt` is rewritten in one canonical ISO spelling ("2016-05-03 10:00" → "2016-05-03T10:00:00");
// - a text holding U+0000 is refused: it is binary data, and PostgreSQL cannot store it.

import type { Doc } from '../core/types.js';
import { type ErrorCode, SitrepError } from '../core/errors.js';
import { canonicalIsoDate } from './dates.js';

export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;

export interface DocLimits {
  /** Longest accepted `text`, in UTF-16 code units (JavaScript string length). */
  maxTextChars?: number;
}

/** "null", "array" or the typeof name, for messages like `"text" must be a string, got number`. */
export const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A short, quoted rendering of a bad value for a message. */
export const shown = (v: string, max = 60): string => JSON.stringify(v.length > max ? `${v.slice(0, max)}…` : v);

/** The document's id if it has a usable one (a non-empty string or an integer), else null. */
export function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const id = (value as Record<string, unknown>).id;
  if (typeof id === 'string' && id.trim() !== '') return id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  return null;
}

const fail = (code: ErrorCode, message: string, subject: string): never => {
  throw new SitrepError(code, message, subject);
};

/**
 * Checks one parsed JSON value against the document contract and returns the Doc it describes.
 * Throws SitrepError (BAD_DOCUMENT, TOO_LARGE or NOT_TEXT) whose subject is `subject` (e.g. "line 3").
 */
export function validateDoc(value: unknown, subject: string, limits: DocLimits = {}): Doc {
  const maxText = limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('BAD_DOCUMENT', `expected a JSON object, got ${typeName(value)}`, subject);
  }
  const record = value as Record<string, unknown>;

  if (!('id' in record) || record.id === null) fail('BAD_DOCUMENT', 'missing "id"', subject);
  const id = idOf(record);
  if (id === null) {
    if (typeof record.id === 'string') fail('BAD_DOCUMENT', '"id" is empty', subject);
    fail('BAD_DOCUMENT', `"id" must be a string or an integer, got ${typeName(record.id)}${typeof record.id === 'number' ? ` ${record.id}` : ''}`, subject);
  }

  const text = record.text;
  if (text === undefined || text === null) fail('BAD_DOCUMENT', 'missing "text"', subject);
  if (typeof text !== 'string') return fail('BAD_DOCUMENT', `"text" must be a string, got ${typeName(text)}`, subject);
  if (text.length > maxText) fail('TOO_LARGE', `text is ${text.length} characters; the limit is ${maxText}`, subject);
  if (text.trim() === '') fail('BAD_DOCUMENT', '"text" is empty', subject);
  if (text.includes('\u0000')) fail('NOT_TEXT', '"text" contains NUL characters (U+0000); this is binary data, not text', subject);

  const doc: Doc = { id: id as string, text };
  const title = optionalString(record, 'title', subject);
  if (title !== undefined) doc.title = title;
  const published = optionalString(record, 'publishedAt', subject);
  if (published !== undefined) {
    const iso = canonicalIsoDate(published);
    if (iso === null) fail('BAD_DOCUMENT', `"publishedAt" is not a date: ${shown(published)} (expected YYYY-MM-DD or an ISO date-time)`, subject);
    doc.publishedAt = iso as string;
  }
  const url = optionalString(record, 'url', subject);
  if (url !== undefined) doc.url = url;
  const source = optionalString(record, 'source', subject);
  if (source !== undefined) doc.source = source;
  return doc;
}

function optionalString(record: Record<string, unknown>, key: string, subject: string): string | undefined {
  const v = record[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return fail('BAD_DOCUMENT', `"${key}" must be a string, got ${typeName(v)}`, subject);
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}
