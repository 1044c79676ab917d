// Turning fetched or stored page bytes into a string: the charset a server or the page declares, else
// UTF-8. Pages in legacy encodings (windows-1252, Shift_JIS, KOI8-R) are still common in news archives.

/** Charset from a Content-Type header, else a byte order mark, else the page's <meta> or XML declaration, else UTF-8. */
export function charsetOf(body: Uint8Array, contentTypeHeader = ''): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentTypeHeader)?.[1];
  if (fromHeader) return fromHeader;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 1024)).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    'utf-8'
  );
}

/** The bytes as text in their declared charset; an unknown charset label falls back to UTF-8. */
export function decodeDeclared(body: Uint8Array, contentTypeHeader = ''): string {
  const charset = charsetOf(body, contentTypeHeader);
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
