// A plain text file is one document whose id is the file name (CONTRACT.md "Command"). The text is kept
// exactly as written (only a byte order mark is dropped), because claim quotes are offsets into it.

import type { Doc } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import { DEFAULT_MAX_TEXT_CHARS, type DocLimits } from './validate.js';

// More than this share of control characters (other than tab, newline, carriage return, form feed)
// in the first bytes means a binary file that happens to decode, e.g. a PDF stream or an image.
const MAX_CONTROL_SHARE = 0.05;
const SNIFF_CHARS = 8192;

/** Why `bytes` are not text (e.g. "contains NUL bytes"), or null when they read as text. */
export function binaryReason(bytes: Uint8Array, sniffOnly = false): string | null {
  const view = sniffOnly ? bytes.subarray(0, SNIFF_CHARS) : bytes;
  if (startsWithUtf16Bom(view)) return null;
  if (view.includes(0)) return 'contains NUL bytes';
  let text: string;
  try {
    // A sniffed prefix may end inside a multi-byte character; `stream` lets that pass.
    text = new TextDecoder('utf-8', { fatal: true }).decode(view, { stream: sniffOnly });
  } catch {
    return 'is not valid UTF-8';
  }
  return controlReason(text);
}

function controlReason(text: string): string | null {
  const sample = text.slice(0, SNIFF_CHARS);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE ? 'is mostly control characters' : null;
}

const startsWithUtf16Bom = (b: Uint8Array): boolean => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/**
 * Decodes a text file: UTF-8 (with or without a BOM), or UTF-16 when it starts with a UTF-16 BOM.
 * Throws SitrepError NOT_TEXT naming `name` when the bytes are binary.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  if (startsWithUtf16Bom(bytes)) {
    try {
      text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } catch {
      throw new SitrepError('NOT_TEXT', 'is not text: not valid UTF-16 after its byte order mark', name);
    }
    if (text.includes('\u0000')) throw new SitrepError('NOT_TEXT', 'is not text: contains NUL characters', name);
    const reason = controlReason(text);
    if (reason) throw new SitrepError('NOT_TEXT', `is not text: ${reason}`, name);
    return text;
  }
  const reason = binaryReason(bytes);
  if (reason) throw new SitrepError('NOT_TEXT', `is not text: ${reason}`, name);
  return new TextDecoder('utf-8').decode(bytes); // drops a BOM
}

/**
 * One document from a text. `id` is the file name (or URL); a Markdown file's first "# heading" becomes the
 * title. Throws SitrepError BAD_DOCUMENT ("is empty") or TOO_LARGE naming `id`.
 */
export function textToDoc(text: string, id: string, limits: DocLimits = {}): Doc {
  const maxText = limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (text.length > maxText) throw new SitrepError('TOO_LARGE', `text is ${text.length} characters; the limit is ${maxText}`, id);
  if (text.trim() === '') throw new SitrepError('BAD_DOCUMENT', 'is empty', id);
  const doc: Doc = { id, text };
  if (/\.(md|markdown)$/i.test(id)) {
    const heading = /^[ \t]*#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(text.slice(0, 2000));
    if (heading && text.slice(0, heading.index).trim() === '') doc.title = heading[1];
  }
  return doc;
}

/** One document from the bytes of a plain text (or Markdown) file; also throws NOT_TEXT for binary bytes. */
export const textFileToDoc = (bytes: Uint8Array, id: string, limits: DocLimits = {}): Doc => textToDoc(decodeText(bytes, id), id, limits);
