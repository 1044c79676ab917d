// An open-loop load at an even rate, as wrk2 makes it: request i is due at start + i / rate and is sent then,
// whether or not earlier requests have been answered, over a pool of keep-alive connections (a request that finds
// every connection busy waits for one, as a client's pool makes it wait). Its latency runs from the time it was
// due, not the time it left, so a server that falls behind is charged for the whole wait (no coordinated omission).
//
// autocannon's `overallRate` is not an even rate: each connection sends its share of a second back to back as the
// second starts, then waits for the next (lib/httpClient.js resets `reqsMadeThisSecond` once a second), so
// "200 requests/s over 20 connections" arrives as a burst of 200 requests each second. The benchmark keeps that
// load too, as the burst figures beside these.
import http from 'node:http';

export interface LoadOptions {
  url: string;
  rate: number;
  durationSeconds: number;
  connections: number;
  /** A request that has no full answer this long after it was due counts as a timeout. */
  timeoutMs?: number;
  /** The path (with query) of the next request. */
  next: () => string;
}

/** A run's outcome: latencies in ms, from the time each request was due. */
export interface Latencies {
  requests: number;
  /** Requests answered (any status) per second of the run. */
  ratePerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface LoadResult extends Latencies {
  bytes: number;
  /** The most any request was sent behind its schedule, in ms: a large figure means the load generator itself fell behind. */
  lagMs: number;
}

/** The q-th quantile (0–1) of ascending numbers, by the nearest-rank rule; 0 for none. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

export function pacedLoad(options: LoadOptions): Promise<LoadResult> {
  if (!(options.rate > 0) || !(options.durationSeconds > 0) || !(options.connections >= 1)) {
    return Promise.reject(new Error(`a load needs a positive rate, duration and connection count (got ${options.rate}/s for ${options.durationSeconds} s over ${options.connections})`));
  }
  const base = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.durationSeconds);
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let non2xx = 0;
  let bytes = 0;
  let sent = 0;
  let settled = 0;
  let lagMs = 0;
  const start = performance.now();

  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      const sorted = latencies.sort((a, b) => a - b);
      const seconds = (performance.now() - start) / 1000;
      resolve({
        requests: settled, ratePerSecond: latencies.length / seconds,
        p50: round1(quantile(sorted, 0.5)), p90: round1(quantile(sorted, 0.9)), p99: round1(quantile(sorted, 0.99)), max: round1(sorted[sorted.length - 1] ?? 0),
        errors, timeouts, non2xx, bytes, lagMs: round1(lagMs),
      });
    };
    const settle = () => {
      settled++;
      if (settled === total) finish();
    };
    const send = (due: number) => {
      let done = false;
      const end = (outcome: 'ok' | 'error' | 'timeout', status = 0) => {
        if (done) return;
        done = true;
        if (outcome === 'error') errors++;
        else if (outcome === 'timeout') timeouts++;
        else {
          latencies.push(performance.now() - due);
          if (status < 200 || status > 299) non2xx++;
        }
        settle();
      };
      const req = http.get({ agent, host: base.hostname, port: base.port, path: options.next() }, (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => end('ok', res.statusCode ?? 0));
        res.on('error', () => end('error'));
      });
      req.on('error', () => end('error'));
      // The clock runs from the time the request was due, the queue for a connection included.
      const timer = setTimeout(() => {
        end('timeout');
        req.destroy();
      }, Math.max(1, due + timeoutMs - performance.now()));
      req.on('close', () => clearTimeout(timer));
    };
    const tick = () => {
      const now = performance.now();
      // Every request due by now goes out now: a late timer sends its backlog at once, each charged from its own due time.
      while (sent < total && start + sent * interval <= now) {
        const due = start + sent * interval;
        lagMs = Math.max(lagMs, now - due);
        sent++;
        send(due);
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
}
