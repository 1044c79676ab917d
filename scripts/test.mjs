#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's built-in test runner (TypeScript through tsx)
// and ends with one "N passed, N failed" line. Extra arguments filter test files by substring.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);

function testFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(path));
    else if (entry.name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const files = ['src', 'test'].flatMap((d) => testFiles(join(root, d))).sort()
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(2);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const counts = { pass: null, fail: null };
// The runner's summary ("ℹ pass 708") comes before the details of failed tests, so every line is read,
// not only the last screenful. A partial line waits for the rest of it.
let partial = '';
function readLines(text) {
  const lines = (partial + text).split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) {
    const m = /^ℹ (pass|fail) (\d+)\s*$/.exec(line);
    if (m) counts[m[1]] = Number(m[2]);
  }
}
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  readLines(chunk);
});
child.on('close', (code) => {
  readLines('\n');
  if (counts.pass === null || counts.fail === null) {
    console.error('\ntest runner printed no summary (it crashed or was killed)');
    process.exit(code || 1);
  }
  console.log(`\n${counts.pass} passed, ${counts.fail} failed`);
  process.exit(code ?? 1);
});
