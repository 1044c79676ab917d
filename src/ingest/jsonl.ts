// JSON Lines input (CONTRACT.md "Command"): one document per line. A bad line becomes a result that says
// which line and what is wrong, and reading goes on. The reader splits raw bytes itself so that a huge
// line (a 20 MB text, or a binary file with no newline) is counted and skipped, never held in memory whole.

import type { Doc } from '../core/types.js';
import { type ErrorCode, SitrepError, isSitrepError } from '../core/errors.js';
import { DEFAULT_MAX_TEXT_CHARS, type DocLimits, idOf, validateDoc } from './validate.js';

export interface JsonlOptions extends DocLimits {
  /**
   * Longest line read at all, in bytes; longer lines are skipped unread. Defaults to 4 bytes per allowed
   * text character plus 64 KiB, so a text under the character limit is never refused for its byte size
   * in any script (UTF-8 needs at most 3 bytes per UTF-16 code unit) unless it is written as \u escapes.
   */
  maxLineBytes?: number;
}

export interface DocLine {
  doc: Doc;
  line: number;
}

/** A line that gave no document: the shape `sitrep extract` prints for it, plus the error code. */
export interface DocLineError {
  id: string | null;
  line: number;
  /** What is wrong, starting with "line N: ". */
  error: string;
  code: ErrorCode;
}

export const isDocLineError = (r: DocLine | DocLineError): r is DocLineError => 'error' in r;

const lineError = (lineNo: number, id: string | null, code: ErrorCode, message: string): DocLineError => ({
  id,
  line: lineNo,
  error: new SitrepError(code, message, `line ${lineNo}`).message,
  code,
});

// V8's JSON.parse messages quote the input; a long line would make the message long.
const shortMessage = (message: string): string => (message.length > 160 ? `${message.slice(0, 160)}…` : message);

/** Parses and validates one line of JSON Lines (`lineNo` counts from 1). */
export function parseDocLine(line: string, lineNo: number, limits: DocLimits = {}): DocLine | DocLineError {
  if (line.includes('\u0000')) {
    return lineError(lineNo, null, 'NOT_TEXT', 'contains NUL bytes; this is binary data, not JSON');
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return lineError(lineNo, null, 'BAD_JSON', `not valid JSON (${shortMessage((e as Error).message)})`);
  }
  try {
    return { doc: validateDoc(value, `line ${lineNo}`, limits), line: lineNo };
  } catch (e) {
    if (!isSitrepError(e)) throw e;
    return { id: idOf(value), line: lineNo, error: e.message, code: e.code };
  }
}

const HEAD_BYTES = 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

// Best effort: the id of a line too long to parse, read from its first bytes, so the error can name it.
function sniffId(head: Buffer): string | null {
  const text = head.toString('utf8');
  if (!text.trimStart().startsWith('{')) return null;
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){1,200}"|-?\d{1,16})\s*[,}]/.exec(text);
  if (!m) return null;
  try {
    return idOf({ id: JSON.parse(m[1]) });
  } catch {
    return null;
  }
}

/**
 * Reads JSON Lines from a byte or string stream (a file stream, process.stdin) one line at a time and
 * yields one result per non-blank line, in order. Handles a UTF-8 BOM, CRLF line ends and a last line
 * without a newline; blank lines are skipped but still counted.
 */
export async function* readJsonlLines(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  opts: JsonlOptions = {},
): AsyncGenerator<DocLine | DocLineError> {
  const maxText = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const maxLineBytes = opts.maxLineBytes ?? maxText * 4 + 65_536;
  let parts: Buffer[] = [];
  let size = 0;
  let head: Buffer | null = null; // set once the line is over the limit: its first bytes, the rest is dropped
  let lineNo = 1;

  const append = (piece: Buffer): void => {
    if (piece.length === 0) return;
    if (head === null && size + piece.length > maxLineBytes) {
      head = Buffer.concat([...parts, piece.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES);
      parts = [];
    } else if (head === null) {
      parts.push(piece);
    }
    size += piece.length;
  };

  const finish = (): DocLine | DocLineError | null => {
    const n = lineNo;
    const bytes = head === null ? Buffer.concat(parts, size) : null;
    const overHead = head;
    const total = size;
    parts = [];
    size = 0;
    head = null;
    lineNo++;
    if (overHead !== null) {
      if (overHead.includes(0)) {
        return lineError(n, null, 'NOT_TEXT', `contains NUL bytes; this is binary data, not JSON (${total} bytes skipped)`);
      }
      return lineError(n, sniffId(overHead), 'TOO_LARGE',
        `line is ${total} bytes, over the limit of ${maxLineBytes} bytes for one line (texts may have up to ${maxText} characters); skipped unread`);
    }
    let line: string;
    try {
      line = utf8.decode(bytes as Buffer); // also drops a leading BOM
    } catch {
      return (bytes as Buffer).includes(0)
        ? lineError(n, null, 'NOT_TEXT', 'contains NUL bytes; this is binary data, not JSON')
        : lineError(n, null, 'NOT_TEXT', 'is not valid UTF-8 text');
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') return null;
    return parseDocLine(line, n, { maxTextChars: maxText });
  };

  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) {
        append(buf.subarray(start));
        break;
      }
      append(buf.subarray(start, nl));
      const result = finish();
      if (result) yield result;
      start = nl + 1;
    }
  }
  if (size > 0) {
    const result = finish();
    if (result) yield result;
  }
}
