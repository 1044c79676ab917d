// Bad input for every command: each is refused with a message naming what was wrong and a non-zero exit, and
// the ledger is left exactly as it was (counts, incidents, audit log, tokens), or not created at all.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../cli/run-cli.js';
import { type LedgerSnapshot, seedLedger, snapshot, spawnCli, tempDir } from './ledger.js';

const tmp = tempDir('cli');
after(tmp.remove);
const db = join(tmp.dir, 'ledger.db');
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
};
let baseline: LedgerSnapshot;

before(async () => {
  await seedLedger(db);
  baseline = await snapshot(db);
});

/** Runs the command and checks the exit code, that stderr matches, and that the ledger did not change. */
async function refused(argv: string[], code: number, message: RegExp, stdin = '') {
  const r = await runCli(argv, stdin);
  assert.equal(r.code, code, `exit code of sitrep ${argv.join(' ')}; stderr: ${r.stderr}`);
  assert.match(r.stderr, message);
  assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace: ${r.stderr}`);
  assert.deepEqual(await snapshot(db), baseline, `sitrep ${argv.join(' ')} changed the ledger`);
  return r;
}

describe('unknown flags and stray arguments', () => {
  for (const command of ['extract', 'ingest', 'export', 'serve', 'token', 'worker', 'demo']) {
    test(`${command}: an unknown flag exits 2 naming it`, async () => {
      await refused([command, '--no-such-flag', '--db', db], 2, /--no-such-flag/);
    });
  }
  for (const command of ['export', 'serve', 'worker', 'demo']) {
    test(`${command}: a stray argument exits 2 naming it`, async () => {
      await refused([command, 'stray', '--db', db], 2, /'stray'/);
    });
  }
  test('no command exits 2 with the usage; an unknown command exits 2 naming it', async () => {
    await refused([], 2, /^$/);
    await refused(['ingets'], 2, /unknown command "ingets"/);
  });
});

describe('sitrep ingest', () => {
  const lines = [
    ['{"id": "a", "text": ', /stdin:1: not valid JSON/],
    ['{"id": "a", "text": 12}', /stdin:1: "text" must be a string, got number/],
    ['{"id": ["a"], "text": "Gunmen killed 3 people."}', /stdin:1: "id" must be a string or an integer, got array/],
    ['{"text": "Gunmen killed 3 people."}', /stdin:1: missing "id"/],
    ['{"id": "a"}', /stdin:1: missing "text"/],
    ['{"id": "a", "text": "   "}', /stdin:1: "text" is empty/],
    ['{"id": "a", "text": "Gunmen killed 3 people.", "publishedAt": "2024-02-30"}', /stdin:1: "publishedAt" is not a date: "2024-02-30"/],
    ['{"id": "a", "text": "Gunmen killed 3 people.", "publishedAt": "yesterday"}', /stdin:1: "publishedAt" is not a date/],
    ['{"id": "a", "text": "Gunmen killed 3 people.", "title": 7}', /stdin:1: "title" must be a string, got number/],
    ['{"id": "a", "text": "Gunmen killed 3 people.\\u0000"}', /stdin:1: .*NUL/],
    ['[{"id": "a", "text": "Gunmen killed 3 people."}]', /stdin:1: expected a JSON object, got array/],
    ['"just a string"', /stdin:1: expected a JSON object, got string/],
  ] as const;
  for (const [line, message] of lines) {
    test(`a bad line (${line.slice(0, 48)}) exits 1 naming the line and what is wrong; nothing stored`, async () => {
      const r = await refused(['ingest', '-', '--db', db, '--json'], 1, message, line + '\n');
      assert.deepEqual(JSON.parse(r.stdout), { documentsAdded: 0, duplicatesSkipped: 0, errors: 1, incidentsCreated: 0, reportsMerged: 0 });
    });
  }

  test('a line over the size limit is skipped unread, naming its id and the limit', async () => {
    const big = JSON.stringify({ id: 'huge', text: 'word '.repeat(30) });
    await refused(['ingest', '-', '--db', db, '--format', 'jsonl'], 1, /line .*huge|huge.*limit|over the limit/, big.replace('word', 'x'.repeat(9_000_000)) + '\n');
  });

  test('a .json file of bad items names each item', async () => {
    const path = file('bad.json', JSON.stringify([{ id: 'x' }, { id: 'y', text: 5 }, 'z']));
    const r = await refused(['ingest', path, '--db', db], 1, /bad\.json item 1: missing "text"/);
    assert.match(r.stderr, /bad\.json item 2: "text" must be a string/);
    assert.match(r.stderr, /bad\.json item 3: expected a JSON object, got string/);
    assert.ok(!/item 1: .*item 1:/.test(r.stderr), 'the item is named once');
  });

  test('binary data, an empty file and invalid UTF-8 are refused by name', async () => {
    await refused(['ingest', file('blob.jsonl', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0])), '--db', db], 1, /blob\.jsonl: .*(NUL|not JSON Lines)/);
    await refused(['ingest', file('latin1.jsonl', Buffer.concat([Buffer.from('{"id":"l","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')])), '--db', db], 1, /latin1\.jsonl:1: .*UTF-8/);
  });

  test('a missing file, a URL scheme other than http(s) and an unreachable database exit 2 naming them', async () => {
    await refused(['ingest', join(tmp.dir, 'nowhere.jsonl'), '--db', db], 2, /nowhere\.jsonl: cannot be read \(ENOENT\)/);
    await refused(['ingest', 'ftp://example.org/feed.xml', '--db', db], 2, /ftp:\/\/example\.org\/feed\.xml: refused: scheme "ftp"/);
    await refused(['ingest', 'file:///etc/hostname', '--db', db], 2, /scheme "file"/);
    await refused(['ingest', '-', '--db', 'postgres://nobody:secret@127.0.0.1:1/none'], 2, /127\.0\.0\.1:1\/none: cannot connect to PostgreSQL/);
  });

  test('bad flag values exit 2 before any ledger is opened or created', async () => {
    const fresh = join(tmp.dir, 'never-made.db');
    for (const [flags, message] of [
      [['--rule', 'median'], /--rule must be one of lowest, ucdp, minmax, got "median"/],
      [['--format', 'xml'], /--format must be one of/],
      [['--batch', '0'], /--batch must be an integer from 1 to 10000, got "0"/],
      [['--batch', '2.5'], /--batch must be an integer/],
      [['--jobs', 'many'], /--jobs must be an integer from 1 to 64, got "many"/],
      [['--queue'], /--queue needs a PostgreSQL ledger/],
    ] as [string[], RegExp][]) {
      await refused(['ingest', '-', '--db', fresh, ...flags], 2, message);
      assert.equal(existsSync(fresh), false, `${flags.join(' ')} created the ledger`);
    }
    await refused(['ingest', '--db', db], 2, /ingest takes one input, got 0/);
  });
});

describe('sitrep export', () => {
  for (const [flags, message] of [
    [['--format', 'xlsx'], /--format must be one of acled-csv, ucdp-csv, geojson, jsonl, got "xlsx"/],
    [['--from', '2024-13-45'], /--from: "2024-13-45" is not a date written YYYY-MM-DD/],
    [['--to', '2024-02-30'], /--to: "2024-02-30" is not a date/],
    [['--from', '2024-05-01', '--to', '2024-04-01'], /--from: 2024-05-01 is after --to 2024-04-01/],
    [['--country', 'Atlantis'], /--country: "Atlantis" is not an ISO 3166-1 alpha-2 code or a country name/],
    [['--event-type', 'Picnic'], /--event-type: "Picnic" is not an ACLED event type/],
    [['--bbox', '1,2,3'], /--bbox: "1,2,3" must be four numbers/],
    [['--bbox', '0,95,10,96'], /--bbox: latitudes must lie in -90..90/],
    [['--status', 'deleted'], /--status: must be one of unreviewed, confirmed/],
    [['--out', ''], /--out needs a file name/],
  ] as [string[], RegExp][]) {
    test(`${flags.join(' ') || 'empty --out'} exits 2 naming the flag`, async () => {
      const r = await refused(['export', '--db', db, ...flags], 2, message);
      assert.equal(r.stdout, '', 'nothing exported');
    });
  }

  test('a missing ledger is not created; a file that is not a database is named', async () => {
    const missing = join(tmp.dir, 'missing.db');
    await refused(['export', '--db', missing], 2, /missing\.db: no ledger here/);
    assert.equal(existsSync(missing), false);
    await refused(['export', '--db', file('text.db', 'not a database '.repeat(100))], 2, /text\.db: cannot open the SQLite database \(file is not a database\)/);
  });

  test('an --out that cannot be written leaves no partial file', async () => {
    await refused(['export', '--db', db, '--out', join(tmp.dir, 'no-such-dir', 'x.csv')], 2, /x\.csv: cannot be written \(ENOENT\)/);
    assert.equal(existsSync(join(tmp.dir, 'no-such-dir')), false);
    assert.deepEqual(readdirSync(tmp.dir).filter((f) => f.includes('.partial-')), []);
  });
});

describe('sitrep serve and demo', () => {
  for (const command of ['serve', 'demo']) {
    test(`${command}: a bad port exits 2 naming it, before any ledger is made`, async () => {
      const fresh = join(tmp.dir, `${command}-never.db`);
      for (const port of ['abc', '-1', '65536', '8080.5', '']) await refused([command, '--port', port, '--db', fresh], 2, /--port/);
      assert.equal(existsSync(fresh), false);
    });

    test(`${command}: a port in use or a host that does not resolve exits 2 naming it, with no stack trace`, async () => {
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const port = String((busy.address() as { port: number }).port);
      try {
        await refused([command, '--port', port, '--db', db], 2, new RegExp(`--host 127\\.0\\.0\\.1: cannot listen on port ${port}: the port is already in use \\(EADDRINUSE\\)`));
        await refused([command, '--port', '0', '--host', 'no-such-host.invalid', '--db', db], 2, /--host no-such-host\.invalid: cannot listen on port 0: the host name does not resolve/);
      } finally {
        busy.close();
      }
    });
  }

  test('serve: --open-read with --private-read exits 2', async () => {
    await refused(['serve', '--open-read', '--private-read', '--db', db], 2, /give --open-read or --private-read, not both/);
  });

  test('serve and demo: a file that is not a database is named', async () => {
    const bad = file('garbage.db', 'not a database '.repeat(100));
    await refused(['serve', '--port', '0', '--db', bad], 2, /garbage\.db: cannot open the SQLite database/);
    await refused(['demo', '--port', '0', '--db', bad], 2, /garbage\.db: cannot open the SQLite database/);
  });
});

describe('sitrep token', () => {
  for (const [argv, code, message] of [
    [['token'], 2, /give an action: create, list or revoke/],
    [['token', 'delete'], 2, /give an action: create, list or revoke \(got "delete"\)/],
    [['token', 'create'], 2, /token create needs --name/],
    [['token', 'create', '--name', '<script>alert(1)</script>'], 2, /--name must be 1 to 64 letters/],
    [['token', 'create', '--name', 'a'.repeat(65)], 2, /--name must be 1 to 64 letters/],
    [['token', 'create', '--name', ' lead-space'], 2, /--name must be/],
    [['token', 'create', '--name', 'analyst'], 2, /token analyst: a token with this name or secret exists/],
    [['token', 'list', 'extra'], 2, /unexpected arguments: extra/],
    [['token', 'revoke', '--name', 'nobody'], 1, /no active token named "nobody"/],
  ] as [string[], number, RegExp][]) {
    test(`${argv.slice(1).join(' ') || 'no action'} exits ${code} naming what is wrong; tokens unchanged`, async () => {
      await refused([...argv, '--db', db], code, message);
    });
  }
});

describe('sitrep worker', () => {
  test('a SQLite ledger, bad numbers and an unreachable server exit 2 naming them (password hidden)', async () => {
    await refused(['worker', '--db', db], 2, /the worker needs a PostgreSQL ledger/);
    for (const [flag, value, max] of [['batch', '0', 1000], ['poll', 'soon', 3_600_000], ['lease', '0.5', 86_400]] as const) {
      await refused(['worker', `--${flag}`, value, '--db', 'postgres://x@127.0.0.1:1/y'], 2, new RegExp(`--${flag} must be an integer from 1 to ${max}, got "${value}"`));
    }
    const r = await refused(['worker', '--db', 'postgres://someone:hunter2@127.0.0.1:1/none', '--exit-when-empty'], 2, /postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none: cannot connect to PostgreSQL/);
    assert.ok(!r.stderr.includes('hunter2'), 'the password is not printed');
  });
});

describe('a closed stdout', () => {
  // A reader that stops early (`| head`) closes the pipe: the command ends quietly instead of crashing on EPIPE.
  test('sitrep export | head: exit 0, no error on stderr, for every format', { timeout: 120_000 }, async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('./ledger.js');
    await Promise.all(['jsonl', 'acled-csv', 'ucdp-csv', 'geojson'].map(async (format) => {
      // The reader closes its end at once, before the first line: the very first write meets a closed pipe.
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'export', '--db', db, '--format', format], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
      assert.equal(code, 0, `export --format ${format}: exit ${code} (${signal}); stderr: ${err}`);
      assert.ok(!/EPIPE|Error/.test(err), `export --format ${format} printed: ${err}`);
    }));
  });

  test('sitrep extract | head: exit 0 and no EPIPE when the reader goes away after the first line', { timeout: 120_000 }, async () => {
    const docs = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Gunmen killed ${i + 2} villagers in Kaduna on Monday, police said.` })).join('\n');
    const r = await spawnCli(['extract', '-'], { stdin: docs, closeStdoutAfter: 1 });
    assert.equal(r.code, 0, r.err);
    assert.ok(!/EPIPE|Error/.test(r.err), r.err);
  });
});
