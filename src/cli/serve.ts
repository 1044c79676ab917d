// `sitrep serve [--db …] [--port 8080] [--host 127.0.0.1] [--open-read|--private-read]`: the HTTP API and the
// analyst web app over one ledger, until interrupted.
import { parseArgs } from 'node:util';
import { build } from '../server/app.js';
import { SERVER_STORE_OPTIONS, closeOnSignal, listen } from '../server/server.js';
import { openStore, resolveDb } from '../store/index.js';
import { type Io, usageError, writeLine } from './io.js';

export const SERVE_USAGE = `usage: sitrep serve [--db URL] [--port 8080] [--host 127.0.0.1] [--open-read | --private-read] [--allow-private] [--allow-host NAME] [--quiet]
  Serves the ledger's HTTP API (/api/…, described at /api/openapi.json) and the analyst web app (/).
  Reading is open unless --private-read; writes (ingest, review) need a token from "sitrep token create".
  --db            SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)
  --host          address to listen on (default 127.0.0.1: this machine only)
  --allow-private let POST /api/ingest {"url"} fetch loopback and private addresses
  --allow-host    trust this host name even when it resolves to a private address (repeatable)
  --quiet         no request log`;

/** A port number from a flag: an integer from 0 (any free port) to 65535. */
export function portOf(value: string, usage: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw usageError(`--port must be an integer from 0 to 65535, got "${value}"`, usage);
  return port;
}

export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'open-read': { type: 'boolean', default: false },
      'private-read': { type: 'boolean', default: false },
      'allow-private': { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, SERVE_USAGE);
    return 0;
  }
  if (values['open-read'] && values['private-read']) throw usageError('give --open-read or --private-read, not both', SERVE_USAGE);
  const port = portOf(values.port, SERVE_USAGE);
  const store = await openStore(resolveDb(values.db), SERVER_STORE_OPTIONS);
  const app = await build({
    store,
    readAccess: values['private-read'] ? 'private' : 'open',
    logger: values.quiet ? false : { level: 'info', stream: io.stderr },
    fetch: { allowPrivate: values['allow-private'], allowHosts: values['allow-host'] },
  });
  const stopped = closeOnSignal(app, () => store.close());
  let url: string;
  try {
    url = await listen(app, { port, host: values.host });
  } catch (e) {
    await app.close();
    await store.close();
    throw e;
  }
  await writeLine(io.stdout, `sitrep: serving ${store.location} at ${url} (reading ${values['private-read'] ? 'needs a token' : 'open'}; press Ctrl-C to stop)`);
  await stopped;
  return 0;
}
