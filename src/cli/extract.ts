// `sitrep extract [FILE|-] [--format jsonl|json|text|html|feed] [--rule lowest|ucdp|minmax]` (CONTRACT.md):
// one output line per input document, in input order; a bad line becomes an error line and the run goes on.
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { RULES, type Rule } from '../core/types.js';
import { extract } from '../extract/index.js';
import { readInputs, type InputFormat } from '../ingest/index.js';
import { type Io, usageError, writeLine } from './io.js';
import { pretty } from './pretty.js';

const FORMATS: InputFormat[] = ['jsonl', 'json', 'text', 'html', 'feed'];

export const EXTRACT_USAGE = `usage: sitrep extract [FILE|-] [--format jsonl|json|text|html|feed] [--rule lowest|ucdp|minmax] [--max-chars N]
  Reads documents (JSON Lines by default for .jsonl files and stdin; a plain text file is one document)
  and writes one JSON object per document to stdout: {"id": ..., "incidents": [...]}.
  --rule      how conflicting tolls become low/best/high (default ucdp)
  --max-chars longest text accepted, in characters (default 2000000)
  --pretty    print a readable summary instead of JSON (not for programs)`;

export async function extractCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      rule: { type: 'string', default: 'ucdp' },
      'max-chars': { type: 'string' },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, EXTRACT_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw usageError(`extract takes one input, got ${positionals.length}: ${positionals.join(' ')}`, EXTRACT_USAGE);
  const rule = values.rule as Rule;
  if (!RULES.includes(rule)) throw usageError(`--rule must be one of ${RULES.join(', ')}, got "${values.rule}"`, EXTRACT_USAGE);
  const format = values.format as InputFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`, EXTRACT_USAGE);
  let maxTextChars: number | undefined;
  if (values['max-chars'] !== undefined) {
    maxTextChars = Number(values['max-chars']);
    if (!Number.isInteger(maxTextChars) || maxTextChars < 1) throw usageError(`--max-chars must be a positive integer, got "${values['max-chars']}"`, EXTRACT_USAGE);
  }
  const target = positionals[0] ?? '-';
  let failed = 0;
  let seen = 0;
  for await (const item of readInputs(target, { format, maxTextChars, stdin: io.stdin })) {
    seen++;
    if ('doc' in item) {
      const result = extract(item.doc, { rule });
      await writeLine(io.stdout, values.pretty ? pretty(result) : JSON.stringify(result));
    } else {
      failed++;
      const line = item.line ?? null;
      await writeLine(io.stdout, JSON.stringify({ id: item.id ?? null, line, error: item.error.message }));
      const where = item.error.message.startsWith(item.origin) ? '' : `${item.origin}: `;
      await writeLine(io.stderr, `sitrep extract: ${where}${item.error.message}`);
    }
  }
  if (seen === 0) throw new SitrepError('BAD_DOCUMENT', 'holds no documents (the input is empty)', target === '-' ? 'stdin' : target);
  return failed > 0 ? 1 : 0;
}

