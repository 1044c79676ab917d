// `sitrep token` and `sitrep serve`: a token is printed once and stored as a hash, listed by name only,
// revoked by name; the server started by `serve` answers the API and the page, and stops on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../store/index.js';
import type { Io } from './io.js';
import { main } from './main.js';

let dir: string;
let db: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-serve-test-'));
  db = join(dir, 'ledger.db');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(chunk.toString()); done(); } });
  const io: Io = { stdin: Readable.from(['']), stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('sitrep token', () => {
  test('create prints a new token once and stores only its sha256', async () => {
    const r = await run('token', 'create', '--name', 'analyst one', '--db', db);
    assert.equal(r.code, 0, r.err);
    const token = r.out.trim();
    assert.match(token, /^sitrep_[A-Za-z0-9_-]{43}$/);
    const store = await openStore(db);
    try {
      const [stored] = await store.listTokens();
      assert.equal(stored.name, 'analyst one');
      assert.equal(stored.hash, createHash('sha256').update(token).digest('hex'));
    } finally {
      await store.close();
    }
    const again = await run('token', 'create', '--name', 'analyst one', '--db', db);
    assert.equal(again.code, 2);
    assert.match(again.err, /exists/);
  });

  test('list shows names and times, never tokens; revoke stops a token', async () => {
    const made = (await run('token', 'create', '--name', 'script', '--db', db)).out.trim();
    const listed = await run('token', 'list', '--db', db);
    assert.equal(listed.code, 0);
    assert.match(listed.out, /^script\tcreated \S+\tactive$/m);
    assert.ok(!listed.out.includes(made));
    assert.equal((await run('token', 'revoke', '--name', 'script', '--db', db)).code, 0);
    assert.match((await run('token', 'list', '--db', db)).out, /^script\tcreated \S+\trevoked \S+$/m);
    const missing = await run('token', 'revoke', '--name', 'nobody', '--db', db);
    assert.equal(missing.code, 1);
  });

  test('bad arguments are usage errors', async () => {
    assert.equal((await run('token', '--db', db)).code, 2);
    assert.equal((await run('token', 'create', '--db', db)).code, 2);
    assert.equal((await run('token', 'create', '--name', '<b>x</b>', '--db', db)).code, 2);
    assert.equal((await run('token', 'mint', '--name', 'x', '--db', db)).code, 2);
  });
});

describe('sitrep serve', () => {
  test('bad flags are usage errors', async () => {
    assert.equal((await run('serve', '--port', 'eighty', '--db', db)).code, 2);
    assert.equal((await run('serve', '--open-read', '--private-read', '--db', db)).code, 2);
  });

  test('serves the API and the page on the port it prints, and stops on SIGTERM', { timeout: 30_000 }, async () => {
    const cli = new URL('./run.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--port', '0', '--db', db, '--private-read', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c) => {
        out += c;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    try {
      assert.match(out, /reading needs a token/);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.equal((await fetch(`${url}api/stats`)).status, 401);
      const token = (await run('token', 'create', '--name', 'served', '--db', db)).out.trim();
      const stats = await fetch(`${url}api/stats`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(stats.status, 200);
      assert.deepEqual(await stats.json(), { documents: 0, incidents: 0, reports: 0, claims: 0 });
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    }
  });
});
