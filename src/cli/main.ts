// `sitrep <command>`: a thin dispatcher. Each command lives in its own file; this one only maps names to
// commands and turns errors into exit codes: 2 for unusable arguments or an unreadable input, 1 for bad
// input the command reported and went past, and never a stack trace for a SitrepError. A reader that closes
// stdout early (`sitrep export | head`) ends the command quietly with 0: it took what it wanted.
import { isSitrepError } from '../core/errors.js';
import { EXTRACT_USAGE, extractCommand } from './extract.js';
import { type Io, UsageError, isClosedPipe } from './io.js';

type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; summary: string }> = {
  extract: { run: async () => extractCommand, summary: 'extract incidents, claims and tolls from documents (JSON Lines out)' },
  ingest: { run: async () => (await import('./ingest.js')).ingestCommand, summary: 'add documents to the incident ledger (merging reports of the same incident)' },
  export: { run: async () => (await import('./export.js')).exportCommand, summary: 'write the ledger as ACLED CSV, UCDP CSV, GeoJSON or JSON Lines' },
  worker: { run: async () => (await import('./worker.js')).workerCommand, summary: 'process queued ingest jobs (PostgreSQL ledger)' },
  serve: { run: async () => (await import('./serve.js')).serveCommand, summary: 'serve the HTTP API and the analyst web app' },
  token: { run: async () => (await import('./token.js')).tokenCommand, summary: 'create, list or revoke API tokens for analysts' },
  demo: { run: async () => (await import('./demo.js')).demoCommand, summary: 'build a ledger from the sample articles and serve the web app (npm start)' },
};

const USAGE = `usage: sitrep <command> [options]

commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Run "sitrep <command> --help" for a command's options.`;

// Streams that already have the listener: one each, however often main() runs on them.
const guarded = new WeakSet<NodeJS.WritableStream>();

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`sitrep: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  // A closed pipe also arrives as an 'error' event, which would crash the process if nobody listened; the
  // failed write itself rejects and ends the command below.
  for (const stream of [io.stdout, io.stderr]) {
    if (guarded.has(stream)) continue;
    guarded.add(stream);
    stream.on('error', () => undefined);
  }
  try {
    return await (await command.run())(rest, io);
  } catch (e) {
    if (isClosedPipe(e)) return 0;
    if (e instanceof UsageError) {
      io.stderr.write(`sitrep ${name}: ${e.message}\n${e.usage}\n`);
      return 2;
    }
    if (isSitrepError(e)) {
      io.stderr.write(`sitrep ${name}: ${e.message}\n`);
      return 2;
    }
    // node:util parseArgs reports unknown or malformed flags with these codes.
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.stderr.write(`sitrep ${name}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

export { EXTRACT_USAGE };
