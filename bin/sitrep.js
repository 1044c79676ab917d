#!/usr/bin/env node
// The installed command runs the compiled CLI; `npm run build` (run by `npm install`) produces it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('sitrep: the compiled CLI is missing; run `npm run build` (or `npm install`) first\n');
  process.exit(2);
}
await import(main.href);
