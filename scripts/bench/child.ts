// A benchmark step in a node process of its own (TypeScript through tsx), which answers with one JSON line on
// stdout: the ingest runs (ingest-child.ts) and the API loads (load-child.ts) are measured apart from the
// benchmark's own heap and event loop.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Runs `scripts/bench/<script>` with `args`, `input` on its stdin, and resolves with its last stdout line parsed as
 * JSON and the end of its stderr. Rejects, naming `what` and the end of its stderr, when it exits otherwise than 0
 * or prints no JSON line.
 */
export function runJsonChild(script: string, args: string[], what: string, input?: string): Promise<{ value: unknown; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench', script), ...args], { cwd: root, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve({ value: JSON.parse(line), stderr: err.trim() });
      else reject(new Error(`${what} exited with ${code}: ${err.trim()}`));
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}
