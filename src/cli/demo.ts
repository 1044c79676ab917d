// `sitrep demo [--port 8080] [--db PATH]` (`npm start`): builds a ledger from the sample articles in examples/
// and serves the web app over it. Without --db the ledger is a fresh file in a temporary folder, removed on
// exit, with an analyst token made for the session and printed, so review actions can be tried at once.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputs } from '../ingest/index.js';
import { build } from '../server/app.js';
import { type InputEntry, ingestDocuments } from '../server/ingest-documents.js';
import { closeOnSignal, listen } from '../server/server.js';
import { hashToken, newTokenSecret } from '../server/tokens.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { type Io, writeLine } from './io.js';
import { portOf } from './serve.js';

export const DEMO_USAGE = `usage: sitrep demo [--port 8080] [--host 127.0.0.1] [--db PATH]
  Builds a ledger from the sample articles in examples/ and serves the analyst web app over it.
  --db    keep the ledger in this file (the samples are added; ones already there are skipped);
          without it a fresh ledger is made in a temporary folder and removed on exit`;

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Adds the sample articles (every file of the folder but its README) to a ledger; returns what was added. */
export async function loadExamples(store: Store, dir = EXAMPLES_DIR) {
  const entries: InputEntry[] = [];
  const files = (await readdir(dir, { withFileTypes: true })).filter((f) => f.isFile() && !/^readme\b/i.test(f.name) && !f.name.startsWith('.'));
  for (const file of files.map((f) => f.name).sort()) {
    for await (const item of readInputs(join(dir, file))) {
      if ('doc' in item) entries.push({ doc: item.doc, origin: item.origin });
      else entries.push({ error: item.error, origin: item.origin, id: item.id });
    }
  }
  return ingestDocuments(store, entries);
}

export async function demoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, DEMO_USAGE);
    return 0;
  }
  const port = portOf(values.port, DEMO_USAGE);
  const folder = values.db === undefined ? await mkdtemp(join(tmpdir(), 'sitrep-demo-')) : null;
  const store = await openStore(values.db ?? join(folder as string, 'demo.db'));
  const cleanup = async () => {
    await store.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  };
  // Listen first, so a port in use or a bad host fails before the samples are added to a --db ledger.
  const app = await build({ store, readAccess: 'open', logger: false });
  let url: string;
  try {
    url = await listen(app, { port, host: values.host });
  } catch (e) {
    await app.close();
    await cleanup();
    throw e;
  }
  const stopped = closeOnSignal(app, cleanup);
  let token: string | null = null;
  try {
    const { summary } = await loadExamples(store);
    await writeLine(io.stderr, `sitrep demo: ${summary.documentsAdded} sample articles added (${summary.duplicatesSkipped} already there), ${summary.incidentsCreated} incidents, ${summary.reportsMerged} reports merged`);
    if (folder) {
      token = newTokenSecret();
      await store.createToken('demo analyst', hashToken(token));
    }
  } catch (e) {
    await app.close();
    await cleanup();
    throw e;
  }
  await writeLine(io.stdout, `sitrep demo: open ${url}`);
  if (token) await writeLine(io.stdout, `sitrep demo: to try the review actions, sign in with this token (valid for this demo only): ${token}`);
  else await writeLine(io.stdout, 'sitrep demo: make a token for review actions with: sitrep token create --name NAME --db ' + values.db);
  await writeLine(io.stdout, 'sitrep demo: press Ctrl-C to stop');
  await stopped;
  return 0;
}
