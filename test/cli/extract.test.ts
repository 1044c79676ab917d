import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));
const doc = (id: string, text: string, extra: object = {}) => JSON.stringify({ id, text, publishedAt: '2024-06-07', ...extra });

describe('sitrep extract', () => {
  it('writes one line per input document, in input order, and the same bytes every run', async () => {
    const input = file('two.jsonl', [doc('b', 'Shelling killed three civilians in Aleppo on Thursday.'), doc('a', 'Nothing happened today.')].join('\n'));
    const first = await runCli(['extract', input]);
    const second = await runCli(['extract', input]);
    assert.equal(first.code, 0);
    assert.deepEqual(lines(first.stdout).map((r) => r.id), ['b', 'a']);
    assert.equal(first.stdout, second.stdout);
    const [b, a] = lines(first.stdout);
    assert.equal(b.incidents[0].casualties.killed.best, 3);
    assert.deepEqual(a.incidents, []);
  });

  it('a malformed line becomes an error line naming it, the rest goes on, and the exit code is 1', async () => {
    const input = file('bad.jsonl', [doc('ok1', 'Two soldiers were killed.'), '{"id": "broken", "text": ', JSON.stringify({ id: 'notext' }), doc('ok2', 'A protest was held.')].join('\n'));
    const r = await runCli(['extract', input]);
    assert.equal(r.code, 1);
    const out = lines(r.stdout);
    assert.deepEqual(out.map((x) => x.id ?? null), ['ok1', null, 'notext', 'ok2']);
    assert.equal(out[1].line, 2);
    assert.match(out[1].error, /line 2: not valid JSON/);
    assert.match(out[2].error, /line 3: .*"text"/);
    assert.match(r.stderr, /line 2: not valid JSON/);
  });

  it('reads JSON Lines from stdin when no file is given', async () => {
    const r = await runCli(['extract'], doc('s1', 'A car bomb killed 4 people in Kabul on Monday.') + '\n');
    assert.equal(r.code, 0);
    assert.equal(lines(r.stdout)[0].incidents[0].subEventType, 'Remote explosive/landmine/IED');
  });

  it('a plain text file is one document named after the file', async () => {
    const input = file('report.txt', 'Gunmen abducted 12 farmers near Zamfara on Friday.');
    const r = await runCli(['extract', input, '--format', 'text']);
    assert.equal(r.code, 0);
    const [out] = lines(r.stdout);
    assert.equal(out.id, 'report.txt');
    assert.equal(out.incidents[0].subEventType, 'Abduction/forced disappearance');
  });

  it('--rule switches how conflicting tolls reconcile', async () => {
    const text = 'The ministry said 10 people were killed. Activists said 14 people were killed.';
    const input = file('rule.jsonl', doc('r', text));
    const tolls = async (rule: string) => lines((await runCli(['extract', input, '--rule', rule])).stdout)[0].incidents[0].casualties.killed;
    assert.deepEqual(await tolls('lowest'), { low: 10, best: 10, high: 10 });
    assert.deepEqual(await tolls('minmax'), { low: 10, best: 10, high: 14 });
  });

  it('an empty file is an error naming it, not a silent empty result', async () => {
    const r = await runCli(['extract', file('empty.txt', '')]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /empty\.txt.*empty/);
  });

  it('an empty JSON Lines file or empty stdin is an error, not a silent empty result', async () => {
    const r = await runCli(['extract', file('empty.jsonl', '')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /empty\.jsonl: holds no documents/);
    const s = await runCli(['extract'], '');
    assert.equal(s.code, 2);
    assert.match(s.stderr, /stdin: holds no documents/);
  });

  it('binary garbage is refused with a clear error', async () => {
    const r = await runCli(['extract', file('garbage.bin', Buffer.from([0, 159, 146, 150, 0, 1, 2, 255, 254, 0]))]);
    assert.notEqual(r.code, 0);
    assert.match(r.stdout + r.stderr, /garbage\.bin: is not text/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('a 20 MB document is refused with its id and the limit, and the next line is still read', async () => {
    const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(20 * 1024 * 1024) });
    const input = file('huge.jsonl', huge + '\n' + doc('small', 'One policeman was wounded.'));
    const r = await runCli(['extract', input]);
    assert.equal(r.code, 1);
    const out = lines(r.stdout);
    assert.equal(out[0].id, 'huge');
    assert.match(out[0].error, /limit/);
    assert.equal(out[1].id, 'small');
  });

  it('unusable arguments exit 2 with a message: unknown flag, bad rule, missing file, two inputs', async () => {
    for (const argv of [['extract', '--bogus'], ['extract', '--rule', 'median'], ['extract', join(dir, 'nope.jsonl')], ['extract', 'a', 'b']]) {
      const r = await runCli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.ok(r.stderr.length > 0, argv.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('an unknown command exits 2 and lists the commands', async () => {
    const r = await runCli(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
    assert.match(r.stderr, /extract/);
  });
});
