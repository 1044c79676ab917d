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

// Bytes 0x80-0x9F of windows-1252 (WHATWG Encoding Standard, index-windows-1252). The standard maps the
// labels latin1, iso-8859-1 and ascii to windows-1252 too, but Node 20's TextDecoder decodes them as
// ISO-8859-1, turning curly quotes and dashes into C1 control characters; this table puts them back.
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The bytes as text in their declared charset; an unknown charset label falls back to UTF-8. */
export function decodeDeclared(body: Uint8Array, contentTypeHeader = ''): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charsetOf(body, contentTypeHeader));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(body);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]));
}
