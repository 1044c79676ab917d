// One `sitrep ingest` run for the benchmark, in a process of its own so that its peak memory (all threads) and
// CPU time can be read at the end: runs the CLI's ingest command on the arguments given and prints one JSON
// line {summary, wallMs, cpuMs, maxRssKiB, exitCode} on stdout.
import { PassThrough } from 'node:stream';
import { ingestCommand } from '../../src/cli/ingest.js';

const out = new PassThrough();
let summary = '';
out.on('data', (chunk: Buffer) => (summary += chunk.toString()));
const started = performance.now();
const exitCode = await ingestCommand([...process.argv.slice(2), '--json'], { stdin: process.stdin, stdout: out, stderr: process.stderr });
const wallMs = performance.now() - started;
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({
  summary: JSON.parse(summary.trim().split('\n').pop() ?? 'null'),
  wallMs,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  maxRssKiB: usage.maxRSS,
  exitCode,
})}\n`);
