// Runs one synchronous function on a big input in a worker thread with a time budget, so a test of a
// super-linear recogniser costs at most its budget: the thread is terminated when the budget runs out
// (a timer in the test itself could not interrupt synchronous code). The thread warms up first (module
// load, gazetteer) on a short input, and only the real call is timed.
import { Worker } from 'node:worker_threads';

export type Bounded = { done: true; ms: number; size: number } | { done: false; ms: number; error?: string };

const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx).then((api) => { api.register(); return import(workerData.module); }).then((m) => {
  const fn = m[workerData.name];
  fn(...workerData.warmup);
  parentPort.postMessage({ ready: true });
  parentPort.once('message', (args) => {
    const t = performance.now();
    const value = fn(...args);
    const ms = performance.now() - t;
    parentPort.postMessage({ ms, size: Array.isArray(value) ? value.length : Array.isArray(value && value.incidents) ? value.incidents.length : 0 });
  });
}).catch((e) => parentPort.postMessage({ error: String(e && e.stack || e) }));
`;

/** Calls `name` of `module` (a file URL) with `args` in a thread; gives up after `budgetMs` of the call itself. */
export function callWithin(module: string, name: string, args: unknown[], warmup: unknown[], budgetMs: number): Promise<Bounded> {
  const worker = new Worker(THREAD, { eval: true, workerData: { tsx: import.meta.resolve('tsx/esm/api'), module, name, warmup } });
  return new Promise((resolve) => {
    let started = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: Bounded) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    worker.on('message', (m: { ready?: boolean; ms?: number; size?: number; error?: string }) => {
      if (m.error) return finish({ done: false, ms: 0, error: m.error });
      if (m.ready) {
        started = performance.now();
        timer = setTimeout(() => finish({ done: false, ms: performance.now() - started }), budgetMs);
        worker.postMessage(args);
        return;
      }
      finish({ done: true, ms: m.ms ?? 0, size: m.size ?? 0 });
    });
    worker.on('error', (e) => finish({ done: false, ms: started ? performance.now() - started : 0, error: String(e.stack ?? e) }));
  });
}
