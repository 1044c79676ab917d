// `sitrep token create|list|revoke`: API tokens for analysts. A token is printed once, when made; the ledger
// keeps only its sha256, so a lost token is revoked and replaced, never recovered.
import { parseArgs } from 'node:util';
import { hashToken, newTokenSecret } from '../server/tokens.js';
import { openStore, resolveDb } from '../store/index.js';
import { type Io, usageError, writeLine } from './io.js';

export const TOKEN_USAGE = `usage: sitrep token create --name NAME [--db URL]
       sitrep token list [--db URL] [--json]
       sitrep token revoke --name NAME [--db URL]
  create  makes a token for an analyst or a program and prints it once (only its hash is stored);
          the name is written to the audit log with every review action made with the token
  list    names, creation and revocation times (never the tokens)
  revoke  stops the named token from working
  --db    SQLite file or postgres:// URL (default: $SITREP_DB, else ./sitrep.db)`;

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

export async function tokenCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await writeLine(io.stdout, TOKEN_USAGE);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (!action || !['create', 'list', 'revoke'].includes(action)) throw usageError(`give an action: create, list or revoke${action ? ` (got "${action}")` : ''}`, TOKEN_USAGE);
  if (extra.length > 0) throw usageError(`unexpected arguments: ${extra.join(' ')}`, TOKEN_USAGE);
  if (action !== 'list') {
    if (values.name === undefined) throw usageError(`token ${action} needs --name`, TOKEN_USAGE);
    if (!NAME.test(values.name)) throw usageError(`--name must be 1 to 64 letters, digits, spaces or . _ @ -, starting with a letter or digit; got "${values.name}"`, TOKEN_USAGE);
  }

  const store = await openStore(resolveDb(values.db));
  try {
    if (action === 'create') {
      const secret = newTokenSecret();
      await store.createToken(values.name as string, hashToken(secret));
      await writeLine(io.stdout, secret);
      await writeLine(io.stderr, `sitrep token: made token "${values.name}" for ${store.location}; it is shown only this once.`);
      return 0;
    }
    if (action === 'revoke') {
      const revoked = await store.revokeToken(values.name as string);
      if (!revoked) {
        await writeLine(io.stderr, `sitrep token: no active token named "${values.name}"`);
        return 1;
      }
      await writeLine(io.stdout, `revoked "${values.name}"`);
      return 0;
    }
    const tokens = await store.listTokens();
    if (values.json) {
      for (const t of tokens) await writeLine(io.stdout, JSON.stringify({ name: t.name, createdAt: t.createdAt, revokedAt: t.revokedAt }));
    } else if (tokens.length === 0) {
      await writeLine(io.stdout, 'no tokens');
    } else {
      for (const t of tokens) await writeLine(io.stdout, `${t.name}\tcreated ${t.createdAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : '\tactive'}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
