// A strict RFC 4180 reader for tests: records end in CRLF, a field is either bare (no quote, comma, CR or LF)
// or quoted with inner quotes doubled; every record has as many fields as the header. Anything else throws.
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      throw new Error(`record ${records.length + 1} does not end in CRLF at ${i}`);
    }
    records.push(record);
  }
  const [header, ...rows] = records;
  if (!header) throw new Error('no header');
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`record ${n + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]]));
  });
}

export function csvHeaderOf(text: string): string[] {
  return text.slice(0, text.indexOf('\r\n')).split(',');
}
