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
const counts = { pass: 0, fail: 0 };
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
child.on('close', (code) => {
  for (const key of Object.keys(counts)) {
    const m = new RegExp(`ℹ ${key} (\\d+)`).exec(tail);
    if (m) counts[key] = Number(m[1]);
  }
  console.log(`\n${counts.pass} passed, ${counts.fail} failed`);
  process.exit(code ?? 1);
});
