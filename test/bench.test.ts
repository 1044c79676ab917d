// Smoke test of `npm run bench` at tiny sizes: it runs its three parts and writes a report with their figures.
// Nothing here checks a speed (the machine is shared); the real benchmark is not part of `npm test`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
after(() => rmSync(work, { recursive: true, force: true }));

// Two tiny "evaluation sets" written for this test, in the eval files' shape.
const note = (id: string, text: string) => JSON.stringify({ id, text, publishedAt: '2023-04-05' });
writeFileSync(join(work, 'acled.dev.jsonl'), [
  note('n1', 'On 4 April 2023, unidentified gunmen killed 3 civilians in Kandahar city, local officials said.'),
  note('n2', 'On 5 April 2023, hundreds of teachers protested in Lahore demanding unpaid salaries.'),
].join('\n'));
writeFileSync(join(work, 'fakes.dev.jsonl'), [
  note('a1', 'An air strike hit a market in Aleppo on Tuesday, killing 12 people and wounding 20, a monitor said. Rescue workers searched the rubble for survivors late into the night.'),
].join('\n'));

test('npm run bench at tiny sizes runs extraction, ingest and API parts and writes their figures', { timeout: 240_000 }, () => {
  const out = join(work, 'performance.md');
  const record = join(work, 'results.json');
  const r = spawnSync(process.execPath, [
    '--import', 'tsx', join(root, 'scripts/bench.ts'),
    '--scale', '120', '--chunks', '1', '--places', '2', '--jobs', '1', '--rounds', '1', '--no-profile',
    '--api-seconds', '1', '--rate', '10', '--api-incidents', '300', '--eval-dir', work, '--work', work, '--out', out, '--record', record,
  ], { cwd: root, encoding: 'utf8', env: { ...process.env, SITREP_BENCH_PG: '' } });
  assert.equal(r.status, 0, r.stderr);
  const md = readFileSync(out, 'utf8');
  for (const heading of ['## Extraction throughput (one core)', '## Ingest at scale', '## API latency']) assert.ok(md.includes(heading), `missing ${heading}`);
  const rec = JSON.parse(readFileSync(record, 'utf8'));
  assert.equal(rec.extract.sets.length, 2);
  assert.ok(rec.extract.sets.every((s: { docsPerSecond: number; ratio: number }) => s.docsPerSecond > 0 && s.ratio > 0));
  const sqlite = rec.ingest.results[0];
  assert.equal(sqlite.chunks.reduce((a: number, c: { documents: number }) => a + c.documents, 0), 120);
  assert.ok(sqlite.merge.all.f1 >= 0 && sqlite.merge.all.f1 <= 1);
  assert.ok(sqlite.peakRssMiB > 0 && sqlite.databaseBytes > 0);
  assert.deepEqual(rec.api.figures.endpoints.map((e: { name: string; pacing: string }) => `${e.name} ${e.pacing}`),
    ['list even', 'list burst', 'bbox even', 'bbox burst', 'incident even', 'incident burst']);
  // The 120 documents make fewer than 300 incidents: the API part served a grown copy.
  assert.ok(rec.api.figures.incidents >= 300, `served ${rec.api.figures.incidents} incidents`);
  assert.match(rec.api.ledger, /added again/);
  assert.ok(rec.api.figures.endpoints.every((e: { requests: number }) => e.requests > 0));
});
